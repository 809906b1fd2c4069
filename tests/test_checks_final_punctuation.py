"""The sentence mark the source ends with and the translation lost, from real MT: mqm-ted-dev
and the Text+Berg machine translation; translations that end with their own punctuation, and
sources with no mark, stay clean."""

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.source_punctuation import final_punctuation
from feinschliff.core.model import Segment


def flags(text: str, source: str | None = None, reference: str | None = None) -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,), reference=reference, source=source)
    return [(text[f.start:f.end], f.suggestion) for f in final_punctuation(segment, CheckContext())]


@pytest.mark.parametrize("text, source, found", [
    ("Vielen Dank", "Thank you.", [("Dank", "Dank.")]),               # mqm-ted-dev, rater-marked
    ("Urdokas wurde am 5. Juni erreicht", "Urdokas fut atteint le 5 juin .", [("erreicht", "erreicht.")]),
    ("Wer ist noch da draußen", "Who else is out there?", [("draußen", "draußen?")]),
    ("Der Vertrag gilt bis 2030", "The contract runs until 2030.”", [("2030", "2030.")]),
])
def test_a_lost_final_mark_is_flagged_with_the_mark_added(text, source, found):
    assert flags(text, source) == found


def test_without_a_source_the_reference_has_the_mark():
    assert flags("Vielen Dank", reference="Vielen Dank.") == [("Dank", "Dank.")]


@pytest.mark.parametrize("text, source", [
    ("Vielen Dank.", "Thank you."),
    ("Die Zukunft", "The Future"),                                   # a heading in both
    ("Das Ergebnis wird bestimmen", "The outcome will determine"),  # cut off in both
    ("Er sagte: „Danke“", "He said, “Thanks.”"),                     # ends with a quotation mark
    ("Und dann …", "And then..."),                                  # an ellipsis in the source
    ("Vielen Dank", None),                                          # nothing to compare with
    ("Amerikanische Jungferninseln", "Virgin Islands, U.S."),       # the period of an abbreviation
    ("Tabelle, Sicht usw", "table, view, etc."),                    # (Debian's German catalogs)
])
def test_own_punctuation_and_unpunctuated_sources_stay_clean(text, source):
    assert flags(text, source) == []
