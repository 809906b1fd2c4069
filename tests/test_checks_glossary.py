"""The glossary rules on the sample article, scored against its gold annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.glossary import FORBIDDEN, MISSING, NAME
from feinschliff.core.checks.registry import REGISTRY, make_issue
from feinschliff.core.glossary import load_glossary
from feinschliff.core.glossary.io_tsv import HEADER
from feinschliff.core.model import Category, Segment, Severity
from feinschliff.core.segment import split_sentences
from gold import load_gold

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
GOLD = ROOT / "tests" / "data" / "microsoft-openai.gold.json"
RULES = (FORBIDDEN, NAME, MISSING)
MT = (SAMPLE / "mt.de.txt").read_text(encoding="utf-8")


def read(name: str, lang: str):
    text = (SAMPLE / name).read_text(encoding="utf-8")
    return text, split_sentences(text, lang)


def reference_ids(i: int) -> tuple[int, ...]:
    """Hand alignment: the reference splits the ninth source sentence in two."""
    return (i,) if i < 8 else (8, 9) if i == 8 else (i + 1,)


def sample_segments(*, source: bool, reference: bool) -> list[Segment]:
    _, mt = read("mt.de.txt", "de")
    _, src = read("source.en.txt", "en")
    _, ref = read("reference.de.txt", "de")
    assert (len(mt), len(src), len(ref)) == (37, 37, 38)
    return [
        Segment(
            s.index, s.text, s.start, s.end, (s.index,),
            source=src[s.index].text if source else None,
            reference=" ".join(ref[j].text for j in reference_ids(s.index)) if reference else None,
        )
        for s in mt
    ]


def flags(segments: list[Segment], glossary) -> list[tuple[str, int, int, object]]:
    """(rule, start, end, issue) with offsets into the whole document."""
    ctx = CheckContext(glossary=glossary)
    out = []
    for segment in segments:
        for rule_id in RULES:
            rule = REGISTRY[rule_id]
            for finding in rule.fn(segment, ctx):
                issue = make_issue(rule, segment, finding, rule.severity)
                out.append((rule_id, segment.start + issue.start, segment.start + issue.end, issue))
    return out


@pytest.fixture(scope="module")
def glossary():
    return load_glossary("ai-tech")


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def full(glossary):
    return flags(sample_segments(source=True, reference=True), glossary)


def apply(text: str, start: int, end: int, edits: list[tuple[int, int, str]]) -> str:
    out, pos = [], start
    for a, b, replacement in sorted(edits):
        out += [text[pos:a], replacement]
        pos = b
    return "".join(out) + text[pos:end]


def agrees(item: dict, ours: list) -> bool:
    """Our replacements over the region they share with the gold span give the gold fix's
    text, or each of our replacements is part of the gold fix (a fix that rewrites more)."""
    start = min([item["start"]] + [a for _, a, _, _ in ours])
    end = max([item["end"]] + [b for _, _, b, _ in ours])
    mine = apply(MT, start, end, [(a, b, i.suggestion) for _, a, b, i in ours if i.suggestion is not None])
    theirs = apply(MT, start, end, [(item["start"], item["end"], item["fix"])])
    return mine == theirs or all(i.suggestion and i.suggestion in item["fix"] for *_, i in ours)


def test_rules_are_registered_as_terminology():
    for rule_id, severity in ((FORBIDDEN, Severity.MAJOR), (NAME, Severity.MINOR), (MISSING, Severity.MAJOR)):
        assert (REGISTRY[rule_id].category, REGISTRY[rule_id].severity) == (Category.TERMINOLOGY, severity)


def test_every_glossary_gold_error_is_flagged_with_the_gold_fix(full, gold):
    expected = [g for g in gold if g["catchable_by"] == "glossary"]
    assert len(expected) >= 15
    for item in expected:
        ours = [f for f in full if f[1] < item["end"] and item["start"] < f[2]]
        assert ours, f"not flagged: {item['text']!r}"
        if item["fix"] is not None:
            assert agrees(item, ours), f"{item['text']!r}: {[(MT[a:b], i.suggestion) for _, a, b, i in ours]}"


def test_the_running_examples(full):
    by_text = {MT[a:b]: (rule, issue) for rule, a, b, issue in full}
    assert by_text["Azure Ai Giesel"][0] == MISSING and by_text["Azure Ai Giesel"][1].suggestion == "Azure AI Foundry"
    assert by_text["Wiedereinnahme"][0] == FORBIDDEN and by_text["Wiedereinnahme"][1].suggestion == "Wiederannäherung"
    assert by_text["Openai"][1].severity is Severity.MINOR
    assert by_text["Mustafa Sulyman"][1].severity is Severity.MAJOR
    assert by_text["bei der Codierung"][1].suggestion == "beim Coding"  # articles follow the reference
    # names containing AI stay untouched; the AI inside them is not flagged
    for name in ("Microsoft AI-Division", "Azure AI-Plattform", "Azure-AI-Angeboten", "Microsoft AI, erklärte"):
        at = MT.index(name)
        assert not [MT[a:b] for _, a, b, _ in full if a < at + len(name) and at < b], name


def test_at_least_four_in_five_flags_overlap_a_gold_error(full, gold):
    hits = sum(any(g["start"] < b and a < g["end"] for g in gold) for _, a, b, _ in full)
    assert hits / len(full) >= 0.8, f"{hits} of {len(full)}"


@pytest.mark.parametrize(("source", "reference"), [(True, False), (False, True), (False, False)])
def test_with_less_context_still_flags_and_stays_precise(glossary, gold, source, reference):
    found = flags(sample_segments(source=source, reference=reference), glossary)
    hits = sum(any(g["start"] < b and a < g["end"] for g in gold) for _, a, b, _ in found)
    assert hits / len(found) >= 0.8
    texts = {MT[a:b] for _, a, b, _ in found}
    assert {"Fluchtluke", "Wiedereinnahme", "Openai", "DOD", "Xai’s"} <= texts


def test_unlocatable_missing_term_flags_the_whole_segment(glossary):
    segments = sample_segments(source=True, reference=False)
    found = [(rule, issue) for rule, _, _, issue in flags(segments[19:20], glossary)]
    assert (MISSING, segments[19].text) in [(rule, issue.text) for rule, issue in found]
    assert any(issue.message == "term 'MAI-1-preview' missing (source term 'MAI-1-preview')" for _, issue in found)


def test_name_near_miss_without_source_or_reference(glossary):
    found = flags(sample_segments(source=False, reference=False), glossary)
    near = [issue for rule, a, b, issue in found if MT[a:b] == "Mustafa Sulyman"]
    assert [(i.rule, i.suggestion, i.severity) for i in near] == [(NAME, "Mustafa Suleyman", Severity.MAJOR)]


def test_clean_reference_has_no_glossary_findings(glossary):
    reference, sentences = read("reference.de.txt", "de")
    _, source = read("source.en.txt", "en")
    groups = [(i,) for i in range(8)] + [(8, 9)] + [(i,) for i in range(10, len(sentences))]
    for with_source in (True, False):
        segments = [
            Segment(k, reference[sentences[g[0]].start : sentences[g[-1]].end], sentences[g[0]].start,
                    sentences[g[-1]].end, g, source=source[k].text if with_source else None)
            for k, g in enumerate(groups)
        ]
        assert [(i.rule, i.text) for *_, i in flags(segments, glossary)] == []


def test_no_glossary_no_findings_and_the_index_is_built_once(glossary):
    segment = sample_segments(source=True, reference=True)[5]
    assert all(list(REGISTRY[r].fn(segment, CheckContext())) == [] for r in RULES)
    ctx = CheckContext(glossary=glossary)
    list(REGISTRY[NAME].fn(segment, ctx))
    index = ctx.cache["glossary.index"]
    list(REGISTRY[FORBIDDEN].fn(sample_segments(source=True, reference=True)[6], ctx))
    assert ctx.cache["glossary.index"] is index


def test_a_reloaded_glossary_is_used_at_once(glossary, tmp_path):
    segment = sample_segments(source=True, reference=True)[6]
    ctx = CheckContext(glossary=glossary)
    assert [f.suggestion for f in REGISTRY[FORBIDDEN].fn(segment, ctx)] == ["Hintertür"]
    edited = tmp_path / "edited.tsv"
    edited.write_text(HEADER + "\nescape hatch\tNotausgang\tFluchtluke\tno\tno\t\n", encoding="utf-8")
    ctx.glossary = load_glossary(edited)
    assert [f.suggestion for f in REGISTRY[FORBIDDEN].fn(segment, ctx)] == ["Notausgang"]
