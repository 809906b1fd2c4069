"""Number checks: German format, source/target values, billion vs Billion."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from feinschliff.core.checks._number_values import find_amounts, numeral_readings
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.numbers import LOCALE_NUMBERS, NUMBER_MISMATCH, NUMBER_SCALE
from feinschliff.core.checks.registry import REGISTRY
from feinschliff.core.model import Segment, Severity
from feinschliff.core.segment import split_sentences
from gold import load_gold

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
GOLD = ROOT / "tests" / "data" / "microsoft-openai.gold.json"
RULES = (LOCALE_NUMBERS, NUMBER_MISMATCH, NUMBER_SCALE)


def run(rule: str, text: str, source: str | None = None):
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    return [(text[f.start : f.end], f.suggestion, f.severity) for f in REGISTRY[rule].fn(segment, CheckContext())]


def values(text: str, lang: str) -> list[tuple[str, float]]:
    return [(text[a.start : a.end], a.value) for a in find_amounts(text, lang)]


def test_amounts_are_read_as_values_in_both_languages():
    assert values("the planned $3 billion deal, 15,000 GPUs, 1.5 million users in 2019", "en") == [
        ("$3 billion", 3e9), ("15,000", 15000.0), ("1.5 million", 1.5e6), ("2019", 2019.0),
    ]
    assert values("3-Milliarden-Dollar-Deal, 15.000 GPUs, 1,5 Mio. Nutzer, eine Milliarde, 500 Mrd. Euro", "de") == [
        ("3-Milliarden", 3e9), ("15.000", 15000.0), ("1,5 Mio.", 1.5e6), ("eine Milliarde", 1e9), ("500 Mrd.", 5e11),
    ]


def test_names_dates_versions_and_clock_times_are_no_amounts():
    assert values("GPT-5, MAI-Voice-1, H100, 31.12.2025, v2.1, at 5 p.m.", "en") == []


@pytest.mark.parametrize(
    ("numeral", "lang", "readings"),
    [
        ("15.000", "de", [15000.0, 15.0]),
        ("15,000", "en", [15000.0, 15.0]),
        ("15,000", "de", [15.0, 15000.0]),
        ("1,5", "de", [1.5]),
        ("1.5", "en", [1.5]),
        ("0,125", "de", [0.125]),
        ("1.234.567,89", "de", [1234567.89]),
        ("1,234,567.89", "en", [1234567.89]),
        ("1\u202f000\u202f000", "de", [1000000.0]),
        ("31.12.2025", "de", []),
    ],
)
def test_numeral_readings(numeral, lang, readings):
    assert list(numeral_readings(numeral, lang)) == readings


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_formatted_numbers_read_back_to_their_value(integer, hundredths):
    english = f"{integer:,}"
    german = english.replace(",", ".")
    assert numeral_readings(english, "en")[0] == integer
    assert numeral_readings(german, "de")[0] == integer
    fraction = f"{hundredths:02d}".rstrip("0") or "0"
    value = float(f"{integer}.{fraction}")
    assert numeral_readings(f"{english}.{fraction}", "en")[0] == value
    assert numeral_readings(f"{german},{fraction}", "de")[0] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Cluster von 15,000 GPUs.", [("15,000", "15.000")]),
        ("Sie zahlten 1,250,000.50 Euro.", [("1,250,000.50", "1.250.000,50")]),
        ("Die Firma erreichte 1.5 million Nutzer.", [("1.5 million", "1,5 Millionen")]),
        ("Der Deal über $3 billion platzte.", [("$3 billion", "3 Milliarden US-Dollar")]),
        ("Der Deal über 3 billion platzte.", [("3 billion", "3 Milliarden")]),
        ("Ein Auftrag über $200 Millionen.", [("$200 Millionen", "200 Millionen US-Dollar")]),
        ("Es kostet 1 billion.", [("1 billion", "1 Milliarde")]),
        ("Die Marge stieg um 2.5 %.", [("2.5", "2,5")]),
        ("Die Rendite lag bei 1.5 Prozentpunkten über 3,5 %.", [("1.5", "1,5")]),
    ],
)
def test_english_number_formats_in_german_text(text, expected):
    assert [(span, fix) for span, fix, _ in run(LOCALE_NUMBERS, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ein Cluster von 15.000 GPUs kostet 1,5 Mio. Euro.",
        "GPT-4.5 und Python 3.11 erschienen am 31.12.2025 um 14.30 Uhr.",
        "Der Wert liegt bei 1,500 Einheiten.",
        "Die Investition von 500 Milliarden US-Dollar, 3 Mrd. $ und 40 % Rabatt.",
    ],
)
def test_german_numbers_are_not_flagged(text):
    assert run(LOCALE_NUMBERS, text) == []


def test_german_number_format_is_required_only_in_german_text():
    segment = Segment(0, "It cost $3 billion.", 0, 19, (0,))
    assert list(REGISTRY[LOCALE_NUMBERS].fn(segment, CheckContext(target_lang="en"))) == []


def test_ambiguous_thousands_comma_is_flagged_when_the_source_confirms_it():
    assert [s for s, _, _ in run(LOCALE_NUMBERS, "Der Wert liegt bei 1,500 Einheiten.", "The value is 1,500 units.")] == ["1,500"]


@pytest.mark.parametrize(
    ("target", "source"),
    [
        ("Ein Cluster von 15.000 Nvidia-H100-GPUs.", "A cluster of 15,000 Nvidia H100 GPUs."),
        ("die geplante 3-Milliarden-Dollar-Akquisition", "the planned $3 billion acquisition"),
        ("eine Investition von 500 Milliarden US-Dollar für 20 neue Rechenzentren",
         "a $500 billion investment to build 20 new data centers"),
        ("Die Marge stieg 2025 um 12 Prozent auf 1,5 Mio. Euro.", "In 2025 the margin rose 12% to €1.5 million."),
        ("Es kamen zwei Modelle und eine Milliarde Dollar.", "There were 2 models and $1 billion."),
        ("Das Treffen beginnt um 17 Uhr.", "The meeting starts at 5 p.m."),
        ("OpenAI und GPT-5 im Vergleich", "OpenAI and GPT-4 compared"),
    ],
)
def test_same_values_in_source_and_target_match(target, source):
    assert run(NUMBER_MISMATCH, target, source) == []
    assert run(NUMBER_SCALE, target, source) == []


def test_changed_number_is_flagged_on_the_target_number():
    assert run(NUMBER_MISMATCH, "Ein Cluster von 1.500 GPUs.", "A cluster of 15,000 GPUs.") == [
        ("1.500", "15.000", None),
    ]
    assert run(NUMBER_MISMATCH, "Der Deal über 3 Millionen Dollar.", "The $3 billion deal.") == [
        ("3 Millionen", "3 Milliarden US-Dollar", None),
    ]


def test_missing_numbers_are_reported_once_for_the_segment():
    (finding,) = run(NUMBER_MISMATCH, "Ein Cluster von GPUs.", "A cluster of 15,000 GPUs in 2025.")
    assert finding[0] == "Ein Cluster von GPUs."
    segment = Segment(0, "Ein Cluster von GPUs.", 0, 21, (0,), source="A cluster of 15,000 GPUs in 2025.")
    (message,) = [f.message for f in REGISTRY[NUMBER_MISMATCH].fn(segment, CheckContext())]
    assert "“15,000”" in message and "“2025”" in message


def test_billion_rendered_as_billion_is_critical():
    assert run(NUMBER_SCALE, "Der Deal über 3 Billionen Dollar platzte.", "The $3 billion deal collapsed.") == [
        ("Billionen", "Milliarden", None),
    ]
    assert run(NUMBER_MISMATCH, "Der Deal über 3 Billionen Dollar platzte.", "The $3 billion deal collapsed.") == []
    assert REGISTRY[NUMBER_SCALE].severity is Severity.CRITICAL
    assert run(NUMBER_SCALE, "Die Schulden betragen 2 Billionen Euro.", "The debt is €2 trillion.") == []
    assert run(NUMBER_SCALE, "Die Schulden betragen 2 Billionen Euro.") == []


@given(st.text(alphabet="0123456789.,$€ -abMilrdonBbn%\u202f", max_size=40), st.sampled_from(["de", "en"]))
def test_number_rules_never_crash_and_stay_inside_the_segment(text, lang):
    ctx = CheckContext(target_lang=lang)
    segment = Segment(0, text, 0, len(text), (0,), source=text)
    for rule in RULES:
        for finding in REGISTRY[rule].fn(segment, ctx):
            assert 0 <= finding.start <= finding.end <= len(text)


def _aligned(target: Path, mapping) -> list[Segment]:
    source = split_sentences((SAMPLE / "source.en.txt").read_text(encoding="utf-8"), "en")
    sentences = split_sentences(target.read_text(encoding="utf-8"))
    segments = []
    for index, (target_ids, source_id) in enumerate(mapping):
        first, last = sentences[target_ids[0]], sentences[target_ids[-1]]
        text = " ".join(sentences[i].text for i in target_ids)
        segments.append(Segment(index, text, first.start, last.end, target_ids, source=source[source_id].text))
    return segments


def test_no_number_findings_on_the_seed_or_the_reference_against_the_source():
    # the seed has no number errors (no gold item is catchable by numbers); its 37 sentences
    # align one-to-one with the source, the reference splits source sentence 8 in two
    assert not [g for g in load_gold(GOLD) if g["catchable_by"] == "numbers"]
    seed = _aligned(SAMPLE / "mt.de.txt", [((i,), i) for i in range(37)])
    reference = _aligned(
        SAMPLE / "reference.de.txt",
        [((i,), i) for i in range(8)] + [((8, 9), 8)] + [((i,), i - 1) for i in range(10, 38)],
    )
    ctx = CheckContext()
    numbers_seen = 0
    for segment in seed + reference:
        numbers_seen += len(find_amounts(segment.source, "en"))
        for rule in RULES:
            assert list(REGISTRY[rule].fn(segment, ctx)) == [], (rule, segment.text)
    assert numbers_seen >= 14


@pytest.mark.parametrize(
    "target, source",
    [
        ("Die Eisberge ragten fast 60 Meter aus dem Wasser.", "The icebergs were almost 200 feet out of the water."),
        ("Das Boot ist etwa fünf Meter lang.", "That's about a 15-foot boat."),
        ("Er befindet sich etwa 40 Meter über dem Wasser.", "It's about 120 feet above the water, or 40 meters."),
        ("Er wog 90 Kilo und lief 5 Kilometer.", "He weighed 200 pounds and ran 3 miles."),
        ("Draußen hatte es 21 Grad.", "It was 70 degrees Fahrenheit outside."),
        ("Jedes hat die zehnfache Masse der Sonne.", "Each one has 10 times the mass of the Sun."),
        ("Jedes ist zehnmal so schwer wie die Sonne.", "Each one is 10 times as heavy as the Sun."),
        ("Sie klopfte dreimal.", "She knocked 3 times."),
    ],
)
def test_converted_measures_and_multiples_are_the_same_number(target, source):
    """Translators convert US units to metric ones and write multiples as words."""
    assert run(NUMBER_MISMATCH, target, source) == []


def test_a_wrong_conversion_or_dimension_is_still_flagged():
    assert run(NUMBER_MISMATCH, "Die Eisberge ragten fast 90 Meter aus dem Wasser.",
               "The icebergs were almost 200 feet out of the water.") == [("90", "200", None)]
    assert run(NUMBER_MISMATCH, "Er lief 60 Kilogramm.", "He ran 200 feet.") == [("60", "200", None)]
    assert run(NUMBER_MISMATCH, "Draußen hatte es 70 Grad.", "It was 10 degrees Fahrenheit outside.") == [
        ("70", "10", None)]
    (finding,) = run(NUMBER_MISMATCH, "Das Boot ist lang.", "That's a 15-foot boat.")
    assert finding[0] == "Das Boot ist lang."
    assert run(NUMBER_MISMATCH, "Der Zweifel blieb.", "The 2 doubts remained.") != []  # "Zweifel" is no number
