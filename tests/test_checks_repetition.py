"""Repeated words and compound parts, with the doublings German grammar allows."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.registry import REGISTRY
from feinschliff.core.checks.repetition import REPEATED_WORD
from feinschliff.core.model import Segment
from feinschliff.core.segment import split_sentences
from gold import load_gold

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
GOLD = ROOT / "tests" / "data" / "microsoft-openai.gold.json"


def repeated(text: str) -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start : f.end], f.suggestion) for f in REGISTRY[REPEATED_WORD].fn(segment, CheckContext())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er half der der Frau.", [("der der", "der")]),
        ("Die die Stadt kennen, bleiben.", [("Die die", "Die")]),
        ("Das ist sehr sehr gut.", [("sehr sehr", "sehr")]),
        ("Wir haben haben das geprüft.", [("haben haben", "haben")]),
        ("Die Übernahme von AI-Codierungsstart-Startup-Startup Windsurf.", [("Startup-Startup", "Startup")]),
        ("Ein Start-up-Start-up aus Berlin.", [("Start-up-Start-up", "Start-up")]),
        ("Die Firma, die die die Stadt kennt.", [("die die", "die")]),
    ],
)
def test_repetitions_are_flagged_with_the_repetition_removed(text, expected):
    assert repeated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Frauen, die die Stadt kennen, bleiben.",
        "Das Auto, das das Rennen gewann, war rot.",
        "Die Firma, mit der der Vertrag besteht, zahlt.",
        "Er weiß, dass das das Beste ist.",
        "Ist das das Ende der Partnerschaft?",
        "Sie wusste, dass sie sie gesehen hatte.",
        "Wir arbeiten seit viele, viele Jahre zusammen.",
        "Er wohnt in Baden-Baden und spielt Mau-Mau auf Bora Bora.",
        "Das ewige Klein-Klein nervt.",
        "Eine Zwei-Wege-Straße und das Open-Source-Modell.",
        "Wir prüfen Microsoft-Modelle, die Modelle prüfen uns.",
        "=   W i l l k o m m e n   im   V I M   T u t o r   =",  # letter-spaced (vim's German tutor)
    ],
)
def test_grammatical_and_natural_doublings_are_not_flagged(text):
    assert repeated(text) == []


def test_the_seed_doubling_is_the_gold_item_and_nothing_else_is_flagged():
    text = (SAMPLE / "mt.de.txt").read_text(encoding="utf-8")
    (item,) = [g for g in load_gold(GOLD) if g["text"] == "Startup-Startup"]
    found = []
    for s in split_sentences(text):
        segment = Segment(s.index, s.text, s.start, s.end, (s.index,))
        found += [(s.start + f.start, s.start + f.end) for f in REGISTRY[REPEATED_WORD].fn(segment, CheckContext())]
    assert found == [(item["start"], item["end"])]


def test_the_reference_translation_has_no_repetitions():
    text = (SAMPLE / "reference.de.txt").read_text(encoding="utf-8")
    for s in split_sentences(text):
        assert repeated(s.text) == []


WORDS = st.sampled_from(["der", "die", "Die", "das", "sie", "und", "Start", "up", "Modell", ",", "-"])


@given(st.lists(WORDS, max_size=20))
def test_findings_are_real_repetitions(words):
    text = " ".join(words).replace(" - ", "-")
    for span, suggestion in repeated(text):
        assert suggestion is not None
        halves = span.replace(" ", "-").split("-")
        assert span.lower().startswith(suggestion.lower())
        assert len(halves) % 2 == 0
        assert [h.lower() for h in halves[: len(halves) // 2]] == [h.lower() for h in halves[len(halves) // 2 :]]


def _with_source(text: str, source: str | None) -> list[str]:
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    return [text[f.start:f.end] for f in REGISTRY[REPEATED_WORD].fn(segment, CheckContext())]


@pytest.mark.parametrize(("text", "source"), [
    # Debian's German UI catalogs (human translations)
    ("Yorta Yorta", "Yorta Yorta"),                                       # a name doubled in its source
    ("Nupe-Nupe-Tako", "Nupe-Nupe-Tako"),
    ("Probieren Sie »help help« oder »man -k %s«.", "Try `help help' or `man -k %s'."),
    ("  -G DATEI    DATEI existiert", "  -G FILE     FILE exists"),          # the columns of a table
    ("  ibs=BYTES       Lesen von BYTES Bytes auf einmal", "  ibs=BYTES  read up to BYTES bytes at a time"),
])
def test_doublings_of_the_source_tables_and_placeholders_stay_clean(text, source):
    assert _with_source(text, source) == []


@pytest.mark.parametrize("text", [
    # Debian's German manual pages: architecture wildcards, options, a file after its program
    "Beispiele: linux-any, any-i386, eabi-any-any-arm, musl-any-any.",
    "--hook-Hook-Name=Hook-Befehl",
    "route add [-net|-host] Ziel [netmask Nm] [gw Gw] [metric N]",
    "$(CC) -o hello hello.c $(CFLAGS)",
    "Siehe man man.7 für die Makros.",
])
def test_doublings_in_code_stay_clean(text):
    assert repeated(text) == []


def test_a_slip_in_a_manual_is_still_flagged():
    text = ("Das fügt -Wformat zu CFLAGS, CXXFLAGS CXXFLAGS, OBJCFLAGS hinzu, "
            "niemals größer als der Wert in in Spalte 3.")
    assert repeated(text) == [("CXXFLAGS CXXFLAGS", "CXXFLAGS"), ("in in", "in")]


def test_a_slip_is_flagged_whatever_the_source():
    assert _with_source("Warnung: Datei „%s“ hat hat in der Zukunft liegende Änderungszeit.",
                        "Warning: File '%s' has modification time in the future") == ["hat hat"]
