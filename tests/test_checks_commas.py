"""The comma before subordinate clauses: flagged where certain, correct usage left alone."""

import pytest
from hypothesis import given, settings, strategies as st

from feinschliff.core.checks.commas import CONJUNCTIONS, subordinate_comma
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment


def flagged(text):
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start:f.end], f.suggestion) for f in subordinate_comma(segment, CheckContext())]


@pytest.mark.parametrize("text, span, fix", [
    ("Er sagte dass der Vertrag gilt.", " dass", ", dass"),
    # the professional translation of the MQM TED data, unmarked by its raters
    ("Wenn man einen Eisberg betrachtet, denkt man leicht dass sie isoliert sind.", " dass", ", dass"),
    ("Microsoft investiert weil OpenAI Rechenleistung braucht.", " weil", ", weil"),
    ("Unklar ist ob der Vorstand zustimmt.", " ob", ", ob"),
    ("Der Streit begann nachdem der Vertrag geändert wurde.", " nachdem", ", nachdem"),
    ("Das ist das Modell welches Microsoft trainiert hat.", " welches", ", welches"),
    ("Es ist ein Partner dessen Einfluss wächst.", " dessen", ", dessen"),
])
def test_missing_commas_are_flagged_with_the_comma_as_fix(text, span, fix):
    assert flagged(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "Er sagte, dass der Vertrag gilt.",
    "Der Preis sank, so dass alle kauften, sodass es reichte.",
    "Es sah aus, als ob es regnen würde, ohne dass jemand fragte.",
    "Er kam, auch wenn es spät war, und dass er blieb, freute alle.",
    "Ob er kommt oder ob er bleibt, ist offen.",
    "Dass es klappt, weiß niemand.",
    "Je nachdem, ob es regnet, bleiben wir.",
    "Nur weil es teuer ist, ist es nicht gut, gerade weil es neu ist.",
    "Haben Sie welche?",  # a pronoun, not a relative clause
    "Man hört die Lautstärke dessen, was draußen vor sich geht.",
    "Der Vertrag, den Microsoft unterschrieb, gilt.",  # der/die/das are left alone
])
def test_correct_comma_usage_is_not_flagged(text):
    assert flagged(text) == []


_WORDS = st.sampled_from("Er sie sagte glaubt Microsoft Vertrag gilt der die nicht heute schnell".split())


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=5), st.sampled_from(CONJUNCTIONS), st.lists(_WORDS, max_size=5))
def test_applying_the_fix_leaves_nothing_to_flag(before, conjunction, after):
    text = " ".join(before + [conjunction] + after) + "."
    found = subordinate_comma(Segment(0, text, 0, len(text), (0,)), CheckContext())
    for finding in found:
        fixed = text[:finding.start] + finding.suggestion + text[finding.end:]
        assert not [f for f in flagged(fixed) if f[0].strip() == conjunction]
