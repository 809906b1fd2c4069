"""A bracket without its partner where the source pairs its own (mqm-ted-dev MT); list
markers, sources without brackets and passages in brackets that run over a sentence end stay
clean."""

import pytest

from feinschliff.core.checks.source_punctuation import unpaired, unpaired_bracket
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment


def flags(text: str, source: str | None, document: str = "") -> list[int]:
    start = document.find(text) if document else 0
    segment = Segment(0, text, start, start + len(text), (0,), source=source)
    return [f.start for f in unpaired_bracket(segment, CheckContext(document=document))]


def test_the_bracket_left_by_a_lost_word_is_flagged():
    text = "(Und einfach so zeigt Ihnen der Eisberg eine andere Seite seiner Persönlichkeit."
    source = "(Music) And just like that, the iceberg shows you a different side of its personality."
    assert flags(text, source) == [0]
    assert flags("Der Bericht (Nr. 293) erschien) im November.", "The report (no. 293) appeared in November.") == [30]


@pytest.mark.parametrize("text, source", [
    ("(Musik) Und einfach so zeigt der Eisberg eine andere Seite.", "(Music) And just like that, the iceberg shows."),
    ("a) Die Kosten", "a) The costs"),                       # a list marker, in the source too
    ("Er kam (spät an.", "He arrived late."),                # no brackets in the source to compare with
    ("Er kam (spät an.", None),
])
def test_paired_brackets_and_unpaired_sources_stay_clean(text, source):
    assert flags(text, source) == []


def test_a_passage_in_brackets_may_run_over_a_sentence_end():
    document = "Er schrieb ein Buch (Basel: Benno Schwabe. Neu aufgelegt 1935) über den Berg."
    assert flags("Er schrieb ein Buch (Basel: Benno Schwabe.", "He wrote a book (on the mountain).", document) == []


@pytest.mark.parametrize("text, position", [("(a [b] c)", None), ("(a [b) c]", 5), ("a) b", 1), ("((a)", 0)])
def test_unpaired_finds_the_first_bracket_without_a_partner(text, position):
    assert unpaired(text) == position
