"""The aligner on the sample article: the garbled MT (the seed), its German re-translation and
its English source, segmented by the real sentence splitter."""

from __future__ import annotations

from pathlib import Path

import pytest

from feinschliff.core.align import align
from feinschliff.core.glossary import load_glossary
from feinschliff.core.model import Bead
from feinschliff.core.segment import split_sentences

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"


def sentences(name: str, lang: str = "de") -> list[str]:
    return [s.text for s in split_sentences((SAMPLE / name).read_text(encoding="utf-8"), lang)]


MT = sentences("mt.de.txt")
REFERENCE = sentences("reference.de.txt")
SOURCE = sentences("source.en.txt", "en")


def merged(text: list[str], groups: list[tuple[int, ...]]) -> list[str]:
    """``text`` with each group of consecutive sentences written as one sentence."""
    first = {group[0]: group for group in groups}
    inside = {i for group in groups for i in group[1:]}
    return [" ".join(text[k] for k in first.get(i, (i,))) for i in range(len(text)) if i not in inside]


def test_the_seed_against_itself_with_sentences_merged():
    groups = [(2, 3), (10, 11, 12), (20, 21), (33, 34)]
    other = merged(MT, groups)
    beads = align(MT, other)
    expected, j, i = [], 0, 0
    while i < len(MT):
        group = next((g for g in groups if g[0] == i), (i,))
        expected.append((group, (j,)))
        i, j = i + len(group), j + 1
    assert [(bead.a, bead.b) for bead in beads] == expected
    assert all(bead.score > 0.95 for bead in beads)


def test_the_seed_merged_on_the_other_side_gives_the_mirrored_beads():
    other = merged(MT, [(0, 1), (25, 26, 27)])
    beads = align(other, MT)
    assert beads[0].a == (0,) and beads[0].b == (0, 1)
    assert [bead.b for bead in beads if bead.kind == "1-3"] == [(25, 26, 27)]
    assert sum(bead.kind == "1-1" for bead in beads) == len(other) - 2


def test_mt_against_its_re_translation():
    beads = align(MT, REFERENCE)
    # the re-translation renders one long MT sentence ("Ein primärer Auslöser ...") as two
    assert [(bead.a, bead.b) for bead in beads if bead.kind != "1-1"] == [((8,), (8, 9))]
    assert REFERENCE[9].startswith("Maßgeblich ist dabei seine Charta")
    ones = [bead for bead in beads if bead.kind == "1-1"]
    assert len(ones) == len(MT) - 1
    assert all(bead.b[0] == bead.a[0] + (bead.a[0] > 8) for bead in ones)


@pytest.mark.parametrize("anchors", [(), "ai-tech"])
def test_mt_against_its_english_source(anchors):
    if anchors:
        anchors = [(e.source, e.target) for e in load_glossary(anchors).entries]
    beads = align(MT, SOURCE, bilingual=True, anchors=anchors)
    assert [(bead.a, bead.b) for bead in beads] == [((i,), (i,)) for i in range(len(MT))]


def test_scores_rank_the_garbled_sentences_below_the_faithful_ones():
    scores = {bead.a[0]: bead.score for bead in align(MT, REFERENCE) if bead.kind == "1-1"}
    garbled = next(i for i, s in enumerate(MT) if "Azure Ai Giesel" in s)
    faithful = next(i for i, s in enumerate(MT) if s.startswith("Die vertragliche Sprache"))
    assert scores[garbled] < scores[faithful]
    assert all(0.0 < score <= 1.0 for score in scores.values())


def test_omissions_in_the_mt_show_as_unaligned_reference_sentences():
    shortened = MT[:5] + MT[6:20] + MT[21:]
    beads = align(shortened, REFERENCE)
    unaligned = [bead.b for bead in beads if not bead.a]
    assert unaligned == [(5,), (21,)]  # MT sentence 20 is reference sentence 21
    assert Bead((), (5,), 0.0) in beads


@pytest.mark.parametrize("missing_in", ["mt", "source"])
def test_a_sentence_missing_on_one_side_of_the_bilingual_alignment(missing_in):
    anchors = [(e.source, e.target) for e in load_glossary("ai-tech").entries]
    exact = 0
    for k in range(len(MT)):
        if missing_in == "mt":
            beads = align(MT[:k] + MT[k + 1 :], SOURCE, bilingual=True, anchors=anchors)
            expected = ((), (k,))
        else:
            beads = align(MT, SOURCE[:k] + SOURCE[k + 1 :], bilingual=True, anchors=anchors)
            expected = ((k,), ())
        odd = [(bead.a, bead.b) for bead in beads if bead.kind != "1-1"]
        assert len(odd) == 1, (k, odd)  # one place where the texts differ ...
        assert all(abs(i - k) <= 1 for side in odd[0] for i in side), (k, odd)  # ... at k
        exact += odd == [expected]
    assert exact >= 0.85 * len(MT)
