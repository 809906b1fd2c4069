"""Capitalisation German never uses: lowercase sentence starts, capitalised prepositions."""

from __future__ import annotations

from pathlib import Path

import pytest

from feinschliff.core.checks.casing import CASING
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.registry import REGISTRY
from feinschliff.core.model import Segment
from feinschliff.core.segment import split_sentences
from gold import load_gold

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
GOLD = ROOT / "tests" / "data" / "microsoft-openai.gold.json"


def casing(text: str) -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start : f.end], f.suggestion) for f in REGISTRY[CASING].fn(segment, CheckContext())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im Zentrum des Konflikts ist die Klausel.", [("im", "Im")]),
        ("„im Zentrum steht die Klausel“, sagte er.", [("im", "Im")]),
        ("Er sprach in einem Interview Mit Deutschlands Handelsblatt.", [("Mit", "mit")]),
        ("Microsoft und OpenAI liegen Im Streit um die Klausel.", [("Im", "im")]),
        ("Die Zukunft.\nund dann kam die nächste große Frage auf.", [("und", "Und")]),
    ],
)
def test_casing_errors(text, expected):
    assert casing(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "iPhone-Nutzer kaufen mehr Apps als andere.",
        "xAI hat Grok weiter ausgebaut.",
        "im Zentrum",
        "- kosteten ein paar Tage.",
        "Wir wägen das Für und Wider ab.",
        "Der Film „Ohne Limit“ lief im Kino.",
        "Er las »Unter dem Rad« von Hesse.",
        "Fazit: Mit diesem Modell klappt es.",
        "Die Mit-Gründerin sprach.",
    ],
)
def test_correct_casing_is_not_flagged(text):
    assert casing(text) == []


def test_seed_casing_findings_are_gold_errors():
    text = (SAMPLE / "mt.de.txt").read_text(encoding="utf-8")
    gold = {(g["start"], g["end"]): g["fix"] for g in load_gold(GOLD)}
    found = {}
    for s in split_sentences(text):
        segment = Segment(s.index, s.text, s.start, s.end, (s.index,))
        for f in REGISTRY[CASING].fn(segment, CheckContext()):
            found[(s.start + f.start, s.start + f.end)] = f.suggestion
    assert len(found) == 2
    assert all(gold.get(span) == fix for span, fix in found.items())


def test_reference_translation_has_no_casing_findings():
    for s in split_sentences((SAMPLE / "reference.de.txt").read_text(encoding="utf-8")):
        assert casing(s.text) == []


def test_casing_rules_are_german_only():
    text = "im Zentrum steht ein Interview Mit Folgen."
    segment = Segment(0, text, 0, len(text), (0,))
    assert list(REGISTRY[CASING].fn(segment, CheckContext(target_lang="en"))) == []
    assert len(list(REGISTRY[CASING].fn(segment, CheckContext(target_lang="de-AT")))) == 2


def _casing_with_source(text: str, source: str | None) -> list[str]:
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    return [text[f.start:f.end] for f in REGISTRY[CASING].fn(segment, CheckContext())]


@pytest.mark.parametrize(("text", "source"), [
    # Debian's German UI catalogs (human translations)
    ("realloc: Underflow erkannt; mh_nbytes außerhalb des Bereichs.", "realloc: underflow detected; mh_nbytes out of range."),
    ("zeige den Typ des Objekts an, eines von blob, tree, commit.", "show object type (one of 'blob', 'tree', 'commit')."),
    ("mmap konnte nicht synchronisiert werden.", "Unable to synchronize mmap"),           # an identifier
    ("„cherry-pick“ ist im Gange, kann nicht nachbessern.", "You are in the middle of a cherry-pick."),
    ("Bitte die Datei prüfen,\noder eine andere Datei mittels --config angeben.", "Please check the file."),
    ("Aufruf: %s [OPTION]... DATEI...\n  oder: %s [OPTION]... --reference=DATEI DATEI.", "Usage: %s [OPTION]... FILE..."),
])
def test_lowercase_the_source_explains_stays_clean(text, source):
    assert _casing_with_source(text, source) == []


def test_a_command_starting_a_sentence_is_no_casing_error():
    # neither "xzless" nor "Xzless" is a German word: a command written as it is typed
    assert casing("xzless ist ein Filter, der Text aus komprimierten Dateien anzeigt.") == []
    assert casing("zeigt ist ein Filter, der Text aus komprimierten Dateien anzeigt.") == [("zeigt", "Zeigt")]


def test_a_lowercase_start_against_a_capitalised_source_is_flagged():
    assert _casing_with_source("unerwartete Prüfsumme für %s (beschädigte Platte?).",
                               "Unexpected tail checksum for %s (disk corruption?)") == ["unerwartete"]


@pytest.mark.parametrize(("before", "flagged"), [
    ("Die Höhe wird jetzt aufgegeben ;\n", False),   # the Text+Berg original, one sentence per line
    ("Bald war die Stelle gefunden:\n", False),
    ("Die Höhe wird jetzt aufgegeben.\n", True),
    ("… entwickelt wurde. Die Zukunft\n", True),      # a heading run into the paragraph (the sample MT)
    # hard-wrapped paragraphs (vim's German tutor): a long line, or one ending in a function word
    ("  1. Platziere den Cursor auf irgendeinem der Zeichen in der unten\n     ", False),
    ("Lösche sie noch nicht! Wir werden sie in\n     ", False),
    # a manual's term lines, the next line describing them (Debian's German manual pages)
    ("Die Integrität wird immer geprüft.\n--ignore-check\n", False),
    ("-q, --quiet\n", False),
    ("FIRST_SYSTEM_UID und LAST_SYSTEM_UID\n", False),
    ("Befehle\nupdate\n", False),
    ("Debug::pkgProblemResolver\n", False),
    # a lowercase line that ends a sentence, or a long one whose window holds no line start
    ("--test prüft die Datei.\n", True),
    ("Microsoft" + " und OpenAI verändern ihre Bündnisse." * 8 + " Die Zukunft\n", True),
])
def test_a_segment_that_goes_on_from_a_comma_semicolon_or_colon_keeps_its_lowercase(before, flagged):
    document = before + "der neue amtliche Wert ist 8481 m."
    segment = Segment(1, document[len(before):], len(before), len(document), (1,))
    found = list(REGISTRY[CASING].fn(segment, CheckContext(document=document)))
    assert [document[len(before):][f.start:f.end] for f in found] == (["der"] if flagged else [])


def test_a_manuals_term_before_its_description_is_no_casing_error():
    # Debian's German manual pages: a reference, a label, a column gap, a command's option
    for line in ("kill(1), killall(1), pgrep(1) und pkill(1) beschreiben Signale.",
                 "all: Schaltet alle „force“-Optionen ein (oder aus).",
                 "file   Diese Zeile enthält allgemeine Informationen zu der Datei.",
                 "man -k [apropos Optionen] Regulärer_Ausdruck und weitere Begriffe."):
        assert casing(line) == [], line


def _lowercase_lines(document: str) -> list[str]:
    found = []
    for sentence in split_sentences(document, "de"):
        segment = Segment(0, sentence.text, sentence.start, sentence.end, (0,))
        found += [sentence.text[f.start:f.end] for f in REGISTRY[CASING].fn(segment, CheckContext(document=document))]
    return found


def test_a_definition_list_describes_its_short_lines_in_lowercase():
    """apt.conf(5): options on lines of their own, each described on the next line. A document
    that does so three times or more writes a definition list; one heading followed by a
    lowercase line is still a slip."""
    entries = ("Max-ValidTime\nmaximale Zeit in Sekunden, die die Datei gilt.\n"
               "Immediate-Configure\nist standardmäßig aktiviert, was APT schneller macht.\n"
               "COLUMNS\nsetzt die vorgegebene Bildschirmbreite außer Kraft.\n")
    assert _lowercase_lines(entries) == []
    heading = "Die Zukunft\nim Zentrum des Konflikts steht eine Klausel aus dem Vertrag.\n"
    assert _lowercase_lines(heading) == ["im"]
