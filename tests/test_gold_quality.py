"""The whole pipeline against the hand-annotated errors of the sample MT.

Recall is measured on the gold errors a glossary, typography or number rule can catch;
precision over every flag the pipeline raises, in each mode a user can run offline.
"""

from pathlib import Path

import pytest
from gold import load_gold

from feinschliff.core.config import find_config, load_config
from feinschliff.core.glossary import load_glossaries
from feinschliff.core.pipeline import CheckOptions, check_document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
GOLD = Path(__file__).resolve().parent / "data" / "microsoft-openai.gold.json"
RULE_CATCHABLE = {"glossary", "typography", "numbers"}


def flags(result):
    """Every issue as an absolute span of the MT file, with its rule and suggestion."""
    return [
        (segment.start + issue.start, segment.start + issue.end, issue)
        for segment in result.segments
        for issue in segment.issues
    ]


def overlaps(start, end, item) -> bool:
    if start == end:  # an insertion point (omission) counts when it touches the gold span
        return item["start"] <= start <= item["end"]
    return start < item["end"] and item["start"] < end


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def config():
    return load_config(find_config(SAMPLE / "mt.de.txt"))


def run(config, **inputs):
    glossary = load_glossaries(config.glossary)
    return check_document(CheckOptions(SAMPLE / "mt.de.txt", **inputs), config, glossary)


MODES = {
    "reference+source": lambda c: dict(source=c.source, reference=c.reference),
    "reference": lambda c: dict(reference=c.reference),
    "source": lambda c: dict(source=c.source),
    "target": lambda c: dict(),
}


@pytest.fixture(scope="module", params=sorted(MODES))
def mode_result(request, config):
    return request.param, run(config, **MODES[request.param](config))


def test_precision_at_least_90_percent(mode_result, gold):
    mode, result = mode_result
    found = flags(result)
    assert len(found) >= 15, mode
    real = [f for f in found if any(overlaps(f[0], f[1], g) for g in gold)]
    false = [(f[2].rule, f[2].text) for f in found if f not in real]
    assert len(real) / len(found) >= 0.90, (mode, false)


def test_gold_errors_touched_with_reference_and_source(config, gold):
    """Every flag that overlaps an annotated error touches it; grammar and spelling rules
    raised this from 38 to 45 of the 93 errors, the clause-level grammar rules (preposition
    case, relative pronoun before a verb-final clause, predicate agreement, verbs under a
    modal, roles after names) to 50, the agent of "by the partners" to 51."""
    found = flags(run(config, source=config.source, reference=config.reference))
    touched = [g for g in gold if any(overlaps(s, e, g) for s, e, _ in found)]
    assert len(touched) >= 51, [g["text"] for g in gold if g not in touched]
    for example in ("ihre entscheidende Bündnisse", "dem Konkurrenz Google", "einem entfernten Hypothetisch",
                    "darüber hinausgefügt", "geistiges Eigentum", "unsinnige", "OpenAI COO", "umfasst",
                    "in die Partner"):
        assert any(example in g["text"] or g["text"] in example for g in touched), example


def test_recall_of_rule_catchable_errors(config, gold):
    result = run(config, source=config.source, reference=config.reference)
    found = flags(result)
    catchable = [g for g in gold if g["catchable_by"] in RULE_CATCHABLE]
    assert len(catchable) >= 20
    missed = [g["text"] for g in catchable if not any(overlaps(s, e, g) for s, e, _ in found)]
    assert (len(catchable) - len(missed)) / len(catchable) >= 0.90, missed


def test_headline_errors_are_flagged_with_the_right_fix(config):
    result = run(config, source=config.source, reference=config.reference)
    by_text = {issue.text: issue for _, _, issue in flags(result)}
    assert by_text["Azure Ai Giesel"].suggestion == "Azure AI Foundry"
    assert by_text["Azure Ai Giesel"].category.value == "terminology"
    assert "Wiedereinnahme" in by_text
    assert by_text["Wiedereinnahme"].rule == "glossary.forbidden"


def test_clean_reference_raises_almost_nothing(config):
    """The professional translation, checked as if it were MT, is nearly clean; two flags are
    the budget. It raises one: fluency.unfinished-sentence on its last words, "Das Ergebnis wird
    bestimmen", which stop before the object as the source's "The outcome will determine" does
    (the article is cut off there) — a true flag, since a reader sees the unfinished sentence."""
    glossary = load_glossaries(config.glossary)
    result = check_document(CheckOptions(config.reference, source=config.source), config, glossary)
    issues = [i for s in result.segments for i in s.issues]
    assert len(issues) <= 2, [(i.rule, i.text) for i in issues]
    assert [(i.rule, i.text) for i in issues] == [("fluency.unfinished-sentence", "Das Ergebnis wird bestimmen")]


def test_a_drifting_segment_keeps_its_local_fixes(config):
    """"ein System …, der" (the issue's example) sits in a segment that drifts from the
    reference; the whole-segment re-translation happens to contain "das" and once swallowed
    the precise fix, as it did "AI" → "KI" and "zu berechnen" → "Rechenleistung"."""
    result = run(config, source=config.source, reference=config.reference)
    segment = next(s for s in result.segments if "als ein System definiert, der" in s.text)
    assert {i.rule for i in segment.issues} >= {"accuracy.drift", "fluency.relative-pronoun"}
    assert [(i.text, i.suggestion) for i in segment.issues if i.rule == "fluency.relative-pronoun"] == [("der", "das")]
    fixes = {(i.text, i.suggestion) for _, _, i in flags(result)}
    assert {("AI", "KI"), ("zu berechnen", "Rechenleistung")} <= fixes
