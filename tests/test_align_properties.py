"""Properties of the sentence aligner on sentences of the seed article (the garbled MT)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, HealthCheck, settings, strategies as st

from feinschliff.core.align import BEAD_TYPES, align
from feinschliff.core.model import Bead
from feinschliff.core.segment import split_sentences

SEED = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai" / "mt.de.txt"
SENTENCES = [s.text for s in split_sentences(SEED.read_text(encoding="utf-8"), "de")]
WORDS = sorted(set(re.findall(r"[^\W\d_]{3,}", SEED.read_text(encoding="utf-8"))))
ALLOWED = set(BEAD_TYPES) | {(1, 0), (0, 1)}

documents = st.lists(st.sampled_from(range(len(SENTENCES))), unique=True, min_size=1, max_size=25)
fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_shape(beads: list[Bead], n: int, m: int) -> None:
    """Every index of both sides exactly once, in order; bead sizes allowed; scores in [0, 1]."""
    assert [i for bead in beads for i in bead.a] == list(range(n))
    assert [j for bead in beads for j in bead.b] == list(range(m))
    for bead in beads:
        assert (len(bead.a), len(bead.b)) in ALLOWED, bead
        assert 0.0 <= bead.score <= 1.0
        if not bead.a or not bead.b:
            assert bead.score == 0.0


def word_salad(count: int, seed: int) -> list[str]:
    """Distinct sentences of seed words, for texts longer than the seed itself."""
    rng = random.Random(seed)
    return [" ".join(rng.sample(WORDS, rng.randint(6, 18))).capitalize() + "." for _ in range(count)]


@fast
@given(a=st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(max_size=60)), max_size=30),
       b=st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(max_size=60)), max_size=30),
       bilingual=st.booleans())
def test_any_input_is_covered_in_order(a, b, bilingual):
    check_shape(align(a, b, bilingual=bilingual), len(a), len(b))


@fast
@given(order=documents)
def test_identical_texts_align_one_to_one_with_score_one(order):
    text = [SENTENCES[k] for k in order]
    beads = align(text, text)
    assert beads == [Bead((i,), (i,), 1.0) for i in range(len(text))]


@fast
@given(order=documents.filter(lambda o: len(o) >= 2), data=st.data())
def test_a_deleted_sentence_is_the_only_unaligned_one(order, data):
    text = [SENTENCES[k] for k in order]
    gone = data.draw(st.integers(0, len(text) - 1))
    shortened = text[:gone] + text[gone + 1 :]
    beads = align(text, shortened)
    check_shape(beads, len(text), len(shortened))
    assert [bead for bead in beads if bead.kind != "1-1"] == [Bead((gone,), (), 0.0)]
    assert align(shortened, text)[gone] == Bead((), (gone,), 0.0)


def split_in_two(sentence: str) -> list[str]:
    words = sentence.split()
    half = len(words) // 2
    return [" ".join(words[:half]) + ".", " ".join(words[half:])]


@fast
@given(order=documents, data=st.data())
def test_a_sentence_split_in_two_is_a_one_to_two_bead(order, data):
    text = [SENTENCES[k] for k in order]
    long_enough = [i for i, s in enumerate(text) if len(s.split()) >= 8]
    if not long_enough:
        return
    k = data.draw(st.sampled_from(long_enough))
    split = text[:k] + split_in_two(text[k]) + text[k + 1 :]
    beads = align(text, split)
    check_shape(beads, len(text), len(split))
    assert [bead.kind for bead in beads].count("1-1") == len(text) - 1
    assert next(bead for bead in beads if bead.kind != "1-1").a == (k,)
    assert next(bead for bead in beads if bead.kind != "1-1").b == (k, k + 1)


def test_long_texts_take_the_banded_path_and_keep_the_properties():
    text = word_salad(1500, seed=1)
    edited = text[:300] + text[301:900] + split_in_two(text[900]) + text[901:]
    beads = align(text, edited)
    check_shape(beads, len(text), len(edited))
    assert [bead for bead in beads if bead.kind != "1-1"] == [
        Bead((300,), (), 0.0), Bead((900,), (899, 900), beads[899].score),
    ]


def test_a_long_insertion_shifts_the_path_far_from_the_diagonal():
    text = word_salad(1200, seed=2)
    inserted = word_salad(400, seed=3)
    other = text[:100] + inserted + text[100:]
    beads = align(text, other)
    check_shape(beads, len(text), len(other))
    assert [bead.b for bead in beads if not bead.a] == [(j,) for j in range(100, 500)]
    assert all(bead.kind == "1-1" for bead in beads if bead.a)


def test_empty_sides():
    assert align([], []) == []
    assert align(["Ein Satz."], []) == [Bead((0,), (), 0.0)]
    assert align([], ["Ein Satz.", "Noch einer."], bilingual=True) == [
        Bead((), (0,), 0.0), Bead((), (1,), 0.0),
    ]
