"""The sample article (MT, English source, reference) and its gold error annotations."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from feinschliff.core.errors import InputError
from gold import CATCHABLE, CATEGORIES, SEVERITIES, load_gold, nth_occurrence, parse_gold

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
MT, SOURCE, REFERENCE = SAMPLE / "mt.de.txt", SAMPLE / "source.en.txt", SAMPLE / "reference.de.txt"
GOLD = ROOT / "tests" / "data" / "microsoft-openai.gold.json"
SEED = Path("/work/shared/seeds/000_99a180522624d890.txt")
SEED_SHA256 = "f0d759376532dc00df157a8bb7ae77597ffdcebf6e6c33a9c5547443ac79ab25"

# Errors every reviser finds in the seed: (context, the annotated span inside it, rule family).
KNOWN = [
    ("Azure Ai Giesel", "Azure Ai Giesel", "glossary"),
    ("Wiedereinnahme", "Wiedereinnahme", "glossary"),
    ("Fluchtluke", "Fluchtluke", "glossary"),
    ("Codependenz", "Codependenz", "glossary"),
    ("die Agi „", "Agi", "glossary"),
    ("Openai", "Openai", "glossary"),
    ("bezahlte Github", "Github", "glossary"),
    ("eigenen Github", "Github", "glossary"),
    ("Xai’s", "Xai’s", "glossary"),
    ("Mai-voice-1", "Mai-voice-1", "glossary"),
    ("DOD", "DOD", "glossary"),
    ("Sulyman", "Sulyman", "glossary"),
    ("AI-Rennen", "AI-Rennen", "glossary"),
    ("AI-Muskeln", "AI-Muskeln", "glossary"),
    ("AI-Codierungsstart", "AI-Codierungsstart", "glossary"),
    ("als”uns", "”", "typography"),
    ("Hacking”", "”", "typography"),
    ("erklärte:”", "”", "typography"),
    ("haben”", "”", "typography"),
    ("Modell ,", " ,", "typography"),
    ("Startup-Startup", "Startup-Startup", "typography"),
]


@pytest.fixture(scope="module")
def mt() -> str:
    return MT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(GOLD)


def test_mt_is_the_seed_byte_for_byte():
    data = MT.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    if SEED.exists():
        assert data == SEED.read_bytes()


@pytest.mark.parametrize("path", [MT, SOURCE, REFERENCE], ids=lambda p: p.name)
def test_sample_files_are_utf8_with_lf_and_mirror_the_seed_ending(path: Path):
    data = path.read_bytes()
    data.decode("utf-8")
    assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\n") == MT.read_bytes().endswith(b"\n")


def paragraphs(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def test_source_and_reference_keep_the_mt_paragraphs():
    assert len(paragraphs(SOURCE)) == len(paragraphs(REFERENCE)) == len(paragraphs(MT)) == 4
    for text in (SOURCE, REFERENCE):
        assert all(p.strip() for p in paragraphs(text))


def test_fragments_of_the_mt_have_their_counterparts():
    pairs = [("Die Zukunft", "The Future", "Die Zukunft"), ("Kontrolle.", "Control.", "Kontrolle.")]
    for mt_fragment, en, de in pairs:
        assert mt_fragment in MT.read_text(encoding="utf-8")
        assert en in SOURCE.read_text(encoding="utf-8") and de in REFERENCE.read_text(encoding="utf-8")
    for path, ending in ((MT, "Das Ergebnis wird bestimmen"), (SOURCE, "The outcome will determine"),
                         (REFERENCE, "Das Ergebnis wird bestimmen")):
        assert path.read_text(encoding="utf-8").endswith(ending)


EN_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?![\w-])|(?<![\w.,-])\d+(?![\w.,-]\d|[\w-])")
DE_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:\.\d{3})+(?![\w-])|(?<![\w.,-])\d+(?![\w.,-]\d|[\w-])")


def test_reference_carries_every_source_number_in_german_format():
    for en, de in zip(paragraphs(SOURCE), paragraphs(REFERENCE)):
        expected = Counter(n.replace(",", ".") for n in EN_NUMBER.findall(en))
        assert Counter(DE_NUMBER.findall(de)) == expected


def test_reference_uses_german_quotes_only():
    text = REFERENCE.read_text(encoding="utf-8")
    assert not re.search(r"[\"”]", text)
    assert text.count("„") == text.count("“") > 0


def test_every_gold_span_is_in_the_mt_at_its_occurrence(mt, gold):
    assert len(gold) >= 60
    for item in gold:
        assert mt[item["start"] : item["end"]] == item["text"]
        assert nth_occurrence(mt, item["text"], item["occurrence"]) == item["start"]


def test_gold_labels_are_valid_and_fixes_change_something(gold):
    for item in gold:
        assert item["category"] in CATEGORIES
        assert item["severity"] in SEVERITIES
        assert item["catchable_by"] in CATCHABLE
        assert item["fix"] != item["text"]
        assert item["note"]
    spans = [(item["start"], item["end"]) for item in gold]
    assert len(spans) == len(set(spans))


def test_gold_file_lists_annotations_in_text_order(gold):
    starts = [item["start"] for item in gold]
    assert starts == sorted(starts)


def test_gold_uses_every_category_and_rule_family(gold):
    assert {item["category"] for item in gold} == CATEGORIES
    assert {"glossary", "typography", "none"} <= {item["catchable_by"] for item in gold}


@pytest.mark.parametrize("context,span,catchable", KNOWN, ids=[k[0] for k in KNOWN])
def test_known_errors_are_annotated(mt, gold, context, span, catchable):
    assert mt.count(context) == 1
    start = mt.index(context) + context.index(span)
    matches = [item for item in gold if (item["start"], item["end"]) == (start, start + len(span))]
    assert [item["catchable_by"] for item in matches] == [catchable]


def test_applying_the_glossary_fixes_restores_the_names(mt, gold):
    fixed = mt
    for item in sorted(gold, key=lambda i: i["start"], reverse=True):
        if item["catchable_by"] == "glossary" and item["fix"] is not None:
            fixed = fixed[: item["start"]] + item["fix"] + fixed[item["end"] :]
    for name in ("Azure AI Foundry", "Mustafa Suleyman", "MAI-Voice-1", "xAIs Grok", "DoD-Vertrag", "Nähe von OpenAI"):
        assert name in fixed
    for wrong in ("Giesel", "Sulyman", "Openai", "Github", "Agi ", "Fluchtluke", "Wiedereinnahme", "Codierung"):
        assert wrong not in fixed


def write(tmp_path: Path, items: object) -> Path:
    path = tmp_path / "sample.gold.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_missing_span_is_a_one_line_error_naming_file_and_line(tmp_path):
    path = write(tmp_path, [{"text": "Fluchtluke", "category": "terminology", "severity": "major",
                             "catchable_by": "glossary"},
                            {"text": "Fluchtluke", "occurrence": 2, "category": "terminology",
                             "severity": "major", "catchable_by": "glossary"}])
    with pytest.raises(InputError) as caught:
        load_gold(path, MT)
    assert caught.value.path == str(path) and caught.value.line == 8
    assert "occurrence 2 of 'Fluchtluke' not found in mt.de.txt" in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "item,message",
    [
        ({"text": "DOD", "category": "grammar", "severity": "minor", "catchable_by": "none"}, "category 'grammar'"),
        ({"text": "DOD", "category": "style", "severity": "huge", "catchable_by": "none"}, "severity 'huge'"),
        ({"text": "DOD", "category": "style", "severity": "minor", "catchable_by": "spelling"}, "catchable_by"),
        ({"text": "DOD", "category": "style", "severity": "minor"}, "lacks 'catchable_by'"),
        ({"text": "", "category": "style", "severity": "minor", "catchable_by": "none"}, "non-empty"),
        ({"text": "DOD", "occurrence": 0, "category": "style", "severity": "minor", "catchable_by": "none"}, "positive"),
        ({"text": "DOD", "fix": 3, "category": "style", "severity": "minor", "catchable_by": "none"}, "'fix'"),
        ("DOD", "JSON object"),
    ],
)
def test_malformed_annotations_are_rejected(tmp_path, item, message):
    with pytest.raises(InputError, match=message) as caught:
        load_gold(write(tmp_path, [item]), MT)
    assert caught.value.line == 2


@pytest.mark.parametrize(
    "raw,line",
    [('{"text": "DOD"}', 1), ('[\n {"text": "DOD",}\n]', 2), ('[\n {"text": "DOD", "category": "style", '
     '"severity": "minor", "catchable_by": "none"}\n {"text": "DOD"}\n]', 3), ("[]\n[]", 2)],
)
def test_broken_json_names_the_line(raw, line):
    with pytest.raises(InputError) as caught:
        parse_gold(raw, "DOD", "broken.gold.json")
    assert caught.value.line == line and caught.value.path == "broken.gold.json"


@given(st.data())
def test_any_span_of_the_mt_round_trips_through_its_occurrence(data):
    text = MT.read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 40)))
    span = text[start:end]
    occurrence = sum(1 for i in range(start + 1) if text.startswith(span, i))
    raw = json.dumps([{"text": span, "occurrence": occurrence, "category": "fluency",
                       "severity": "minor", "catchable_by": "none"}], indent=2)
    (item,) = parse_gold(raw, text)
    assert (item["start"], item["end"]) == (start, end)
    assert item["line"] == 2
