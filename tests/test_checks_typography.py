"""German typography checks on hand-made cases, the seed article and the reference translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from feinschliff.core.checks._quotes import find_quotes
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.dashes import DASH
from feinschliff.core.checks.registry import REGISTRY
from feinschliff.core.checks.typography import (
    ELLIPSIS_SPACING,
    QUOTE_SPACING,
    QUOTES,
    SPACE_BEFORE_PUNCTUATION,
)
from feinschliff.core.model import Segment
from feinschliff.core.segment import split_sentences
from gold import load_gold

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
GOLD = ROOT / "tests" / "data" / "microsoft-openai.gold.json"
TYPOGRAPHY = (QUOTES, QUOTE_SPACING, SPACE_BEFORE_PUNCTUATION, ELLIPSIS_SPACING, DASH)


def findings(rule: str, text: str) -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start : f.end], f.suggestion) for f in REGISTRY[rule].fn(segment, CheckContext())]


def document_findings(path: Path, rules) -> list[tuple[int, int, str, str | None]]:
    """(absolute start, end, rule, suggestion) for every finding on a sentence-split file."""
    text = path.read_text(encoding="utf-8")
    ctx = CheckContext()
    out = []
    for s in split_sentences(text):
        segment = Segment(s.index, s.text, s.start, s.end, (s.index,))
        for rule in rules:
            for f in REGISTRY[rule].fn(segment, ctx):
                out.append((s.start + f.start, s.start + f.end, rule, f.suggestion))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Er sprach von einer „Ehe mit Höhen und Tiefen“.",
        "»Niemand hat damit gerechnet«, schrieb sie.",
        "«Das ist gut», sagte der Schweizer.",
        "„Er sagte ‚nein‘ und ging.“",
        "Microsoft hat Modelle wie Xai’s Grok, OpenAIs GPT und Jens’ Tool geprüft.",
        "Wie geht's? Gut, sagt's.",
        "Ein 27\" Monitor kostet 300 Euro.",
        "„Geld zu geben und aus dem Weg zu bleiben.“",
    ],
)
def test_correct_german_quotes_and_apostrophes_are_never_flagged(text):
    for rule in (QUOTES, QUOTE_SPACING):
        assert findings(rule, text) == []


def test_english_and_straight_quotes_are_paired_into_german_ones():
    assert findings(QUOTES, "Er nannte es “unsinnig” und ging.") == [("“", "„"), ("”", "“")]
    assert findings(QUOTES, 'Er nannte es "unsinnig" und ging.') == [('"', "„"), ('"', "“")]
    assert findings(QUOTES, "Er nannte es ”unsinnig” und ging.") == [("”", "„"), ("”", "“")]
    assert findings(QUOTES, "Sie sagte ‘nein’ und ging.") == [("‘", "‚"), ("’", "‘")]


def test_quote_spanning_the_whole_segment_and_unbalanced_quotes():
    assert findings(QUOTES, '"Das ist gut. Wir bleiben."') == [('"', "„"), ('"', "“")]
    assert findings(QUOTES, "Das bleibt so.”") == [("”", "“")]
    assert findings(QUOTES, "“Das bleibt so.") == [("“", "„")]


def test_missing_space_around_quotes_is_fixed_together_with_the_quote_form():
    assert findings(QUOTE_SPACING, "und sie als”uns selbst behauptet”.") == [("”", " „")]
    assert findings(QUOTES, "und sie als”uns selbst behauptet”.") == [("”", "“")]
    assert findings(QUOTE_SPACING, "erklärte:”Unser Ziel”, sagte er.") == [("”", " „")]
    assert findings(QUOTE_SPACING, "Er sagte„Nein“ und ging.") == [("„", " „")]
    assert findings(QUOTE_SPACING, "Er sagte „Nein“und ging.") == [("“", "“ ")]
    assert findings(QUOTE_SPACING, "Die „Doomsday“-Klausel und (“Test”) sind korrekt gesetzt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Modell , trainiert auf GPUs.", [(" ,", ",")]),
        ("Was nun ? Keine Ahnung !", [(" ?", "?"), (" !", "!")]),
        ("Er kam ; sie ging : so war es .", [(" ;", ";"), (" :", ":"), (" .", ".")]),
        ("Das Spiel endete 2 : 1 und die Werte waren 1 , 2 und 3.", []),
        ("Er zögerte ... und ging. Er sagte . . . nichts.", []),
        ("Das läuft auf .NET und liest .5 als Zahl.", []),
        ("Der Aufruf `f(a , b)` steht im Code , nicht im Text.", [(" ,", ",")]),
        ("Die Welt beim Coding … das beste Modell.", []),
        ("Er sagte „Ja“ und (leise) nein – und ging.", []),
    ],
)
def test_space_before_punctuation(text, expected):
    assert findings(SPACE_BEFORE_PUNCTUATION, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Welt bei der Codierung… das beste Modell.", [("…", " …")]),
        ("„harte Verhandlung… nicht offener Krieg“", [("…", " …")]),
        ("Er zögerte... und ging.", [("...", " ...")]),
        ("Die Welt beim Coding … das beste Modell.", []),
        ("So ein Verd…!", []),
        ("Er wartete…", []),
    ],
)
def test_ellipsis_spacing(text, expected):
    assert findings(ELLIPSIS_SPACING, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das ist von meiner Gruppe - eine weniger glamouröse Simulation.", [("-", "–")]),
        ("Es kommt näher -- vor 40.000 Jahren lebten wir in Höhlen.", [("--", "–")]),
        ("Einige ohne--nicht in unserer Vergangenheit.", [("--", " – ")]),
        ("Wenn Sie sehen können - es ist schwach - die roten Wellen.", [("-", "–"), ("-", "–")]),
        ("Das ist von meiner Gruppe – eine weniger glamouröse Simulation.", []),
        ("Das Open-Source-Modell und E-Mail-Adressen.", []),
        ("- ein Punkt einer Liste", []),
        ("Er rechnete 5 - 3 und schrieb `a - b` in den Code.", []),
        ("Ein- und Ausgang, Vor- oder Nachteil.", []),
    ],
)
def test_a_hyphen_standing_for_a_dash(text, expected):
    assert findings(DASH, text) == expected


@given(st.text(alphabet="ab „“”\"‚‘’'»«.,…-:( ", max_size=60))
def test_quote_roles_are_consistent_on_any_text(text):
    quotes = find_quotes(text)
    assert [q.position for q in quotes] == sorted(q.position for q in quotes)
    for quote in quotes:
        assert text[quote.position] == quote.char
        assert quote.expected in ("„", "“", "‚", "‘")
        assert quote.opening == (quote.expected in ("„", "‚"))
    for rule in TYPOGRAPHY:
        segment = Segment(0, text, 0, len(text), (0,))
        for finding in REGISTRY[rule].fn(segment, CheckContext()):
            assert 0 <= finding.start < finding.end <= len(text)


def test_every_typography_gold_item_of_the_seed_is_flagged_with_its_span():
    gold = [g for g in load_gold(GOLD) if g["catchable_by"] == "typography" and g["text"] != "Startup-Startup"]
    assert len(gold) >= 7
    found = {(start, end): suggestion for start, end, _, suggestion in document_findings(SAMPLE / "mt.de.txt", TYPOGRAPHY)}
    for item in gold:
        assert (item["start"], item["end"]) in found, item
        assert found[(item["start"], item["end"])] == item["fix"], item


def test_typography_findings_on_the_seed_are_all_gold_errors():
    gold_spans = {(g["start"], g["end"]) for g in load_gold(GOLD)}
    flagged = document_findings(SAMPLE / "mt.de.txt", TYPOGRAPHY)
    assert flagged
    assert [f for f in flagged if (f[0], f[1]) not in gold_spans] == []


def test_clean_reference_translation_has_no_typography_findings():
    assert document_findings(SAMPLE / "reference.de.txt", TYPOGRAPHY) == []


def test_german_conventions_are_not_applied_to_other_target_languages():
    text = 'Il a dit :"non" ! Er sagte… nichts , und “Leute” - oder.'
    segment = Segment(0, text, 0, len(text), (0,))
    assert [r for r in TYPOGRAPHY if list(REGISTRY[r].fn(segment, CheckContext(target_lang="fr")))] == []
    assert [r for r in TYPOGRAPHY if list(REGISTRY[r].fn(segment, CheckContext(target_lang="de-CH")))] == list(
        TYPOGRAPHY
    )


def test_a_space_the_source_has_before_its_mark_stays():
    # Debian's German UI catalogs: table columns aligned as in the English original
    text, source = "Eigentümer    : %s", "Owner    : %s"
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    assert list(REGISTRY[SPACE_BEFORE_PUNCTUATION].fn(segment, CheckContext())) == []
    segment = Segment(0, "Das Modell , das wir nutzen.", 0, 28, (0,), source="The model, which we use.")
    assert [f.suggestion for f in REGISTRY[SPACE_BEFORE_PUNCTUATION].fn(segment, CheckContext())] == [","]
    # a French source spaces its "!" by its own rules; German does not follow them
    segment = Segment(0, "Achtung !", 0, 9, (0,), source="Attention !")
    assert [f.suggestion for f in REGISTRY[SPACE_BEFORE_PUNCTUATION].fn(segment, CheckContext())] == ["!"]
