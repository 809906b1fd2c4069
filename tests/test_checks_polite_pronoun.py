"""The polite "Sie" for the source's "they": flagged after a clause boundary when the source
addresses nobody; sentence starts, imperatives and sentences with "you" stay clean."""

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.casing import polite_pronoun
from feinschliff.core.model import Segment


def flags(text: str, source: str | None) -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    return [(text[f.start:f.end], f.suggestion) for f in polite_pronoun(segment, CheckContext())]


@pytest.mark.parametrize("text, source, found", [
    # eTranslation in mqm-ted-dev, marked by its rater as a spelling error
    ("Aber sie sind nicht eingefroren; Sie verschmelzen tatsächlich.",
     "But they're not frozen; they're actually merging.", [("Sie", "sie")]),
    ("Die Forscherin sagt, dass Ihre Daten stimmen.", "The researcher says that her data is right.",
     [("Ihre", "ihre")]),
])
def test_the_polite_form_for_a_third_person_is_flagged(text, source, found):
    assert flags(text, source) == found


@pytest.mark.parametrize("text, source", [
    ("Sie verschmelzen tatsächlich.", "They're actually merging."),                 # a sentence start
    ("Stellen Sie sich vor, dass sie verschmelzen.", "Imagine that they merge."),     # an imperative
    ("Ich sagte ihnen, dass Sie kommen sollen.", "I told them that you should come."),  # "you" addressed
    ("Wie sie sagen, haben Sie recht.", "As they say, you're right."),
    # the sample reference: a sentence of its own after the colon
    ("Die beiden zeigten, wie sich ihre Beziehung wandelt: Sie müssen Abhängigkeit und Strategie in Einklang bringen.",
     "The two AI leaders showcased their evolving relationship, balancing codependence with strategies."),
    ("Aber sie sind nicht eingefroren; Sie verschmelzen tatsächlich.", None),        # no source to tell
])
def test_addressing_and_sentence_starts_stay_clean(text, source):
    assert flags(text, source) == []
