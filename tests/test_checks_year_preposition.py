"""``fluency.year-preposition``: "in 1955" is English; German writes "1955" or "im Jahr 1955"."""

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.year_preposition import year_preposition
from feinschliff.core.model import Segment


def flags(text, lang="de"):
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start:f.end], f.suggestion) for f in year_preposition(segment, CheckContext(target_lang=lang))]


@pytest.mark.parametrize("text, expected", [
    # the Text+Berg machine translation (from French "en 1955")
    ("Es ist interessant festzustellen, dass in 1955 die Schneegrenze gering war.", [("in 1955", "im Jahr 1955")]),
    ("Das Ziel der ersten Expedition von Visser-Hooft in 1922.", [("in 1922", "im Jahr 1922")]),
    ("In 2019 kaufte Microsoft die Firma.", [("In 2019", "Im Jahr 2019")]),
    ("Schweizer Expedition AACZ in 1953;", [("in 1953", "im Jahr 1953")]),
    ("Sie kamen in 1955 und 1956.", [("in 1955", None)]),  # a list: "in den Jahren 1955 und 1956"
])
def test_in_before_a_year_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "Das Lager lag in 1000 Metern Höhe.",            # a count before its noun
    "Wir waren in 2000 m Höhe.",                     # before a unit
    "Xft-Auflösung in 1024 * Punkt/Zoll.",           # a formula (Debian's catalogs)
    "Das war in den 1990ern und im Jahr 1955.",
    "Die Expedition erreichte 1955 den Gipfel.",
    "Er fand es in 15.000 Dokumenten.",
    "Sie kam in 2019/20 mehrmals.",
])
def test_counts_decades_and_years_without_in_stay_clean(text):
    assert flags(text) == []


def test_other_target_languages_are_left_alone():
    assert flags("Il est venu en 1955, in 1955.", lang="fr") == []
