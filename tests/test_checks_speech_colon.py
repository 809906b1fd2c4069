"""Direct speech takes a colon after its introducing clause; resumed quotations and quoted
words stay clean."""

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.commas import speech_colon
from feinschliff.core.model import Segment


def flags(text):
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start:f.end], f.suggestion) for f in speech_colon(segment, CheckContext())]


@pytest.mark.parametrize("text", [
    # the sample MT
    "Die Reibung wurde von einem hochrangigen Mitarbeiter von Microsoft unverblümt zusammengefasst, "
    "„Geld zu geben und zu berechnen und aus dem Weg zu bleiben.“",
    "Als dieser Ausdruck geprägt wurde, war er spöttisch - wie, \"Oh, wer würde an einen Urknall glauben?\"",
])
def test_a_comma_before_a_quoted_sentence(text):
    assert flags(text) == [(",", ":")]


@pytest.mark.parametrize("text", [
    "„Ja“, sagte er, „das stimmt.“",                                  # resumed after "sagte er"
    "Er nannte die Modelle „Alpha“, „Beta“ und „Gamma“.",             # quoted words
    "Mustafa Suleyman, CEO von Microsoft AI, erklärte: „Unser Ziel ist es, die Partnerschaft zu vertiefen.“",
    "Eine Quelle bezeichnete die Lage als „harte Verhandlung … kein offener Krieg“, was auf einen Weg hindeutet.",
])
def test_colons_resumed_quotations_and_quoted_words_stay_clean(text):
    assert flags(text) == []
