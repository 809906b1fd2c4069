"""DeepL Write suggestions as candidate fixes for flagged segments."""

from __future__ import annotations

import pytest
from conftest_deepl import SAMPLE

from feinschliff.core.errors import UsageError
from feinschliff.core.model import Candidate, Category, Issue, Segment, Severity
from feinschliff.core.segment import split_sentences
from feinschliff.core.translate.deepl_backend import DeepLTranslator
from feinschliff.core.translate.deepl_write import WRITE_KIND, add_write_candidates, flagged

MT = split_sentences((SAMPLE / "mt.de.txt").read_text("utf-8"), "de")
REFERENCE = [s.text for s in split_sentences((SAMPLE / "reference.de.txt").read_text("utf-8"), "de")]


def segment(index: int, severity: Severity | None = None) -> Segment:
    sentence = MT[index]
    result = Segment(index, sentence.text, sentence.start, sentence.end, (index,))
    if severity is not None:
        result.issues.append(Issue(f"i{index}", "fluency.test", Category.FLUENCY, severity, 0, 3,
                                   sentence.text[:3], "flagged for the test"))
    return result


def test_rephrase_sends_texts_once_and_caches(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory)
    texts = [MT[7].text, 'Ein "Test" .', MT[7].text]
    assert translator.rephrase(texts, "de", style="business") == [REFERENCE[7], "Ein „Test“.", REFERENCE[7]]
    [request] = deepl_server.requests("/v2/write/rephrase")
    assert request.body == {"text": [MT[7].text, 'Ein "Test" .'], "target_lang": "DE", "writing_style": "business"}
    deepl_server.forget_requests()
    assert DeepLTranslator(deepl_settings, memory=memory).rephrase(texts, "de", style="business")[1] == "Ein „Test“."
    assert deepl_server.requests() == []
    DeepLTranslator(deepl_settings, memory=memory).rephrase(texts, "de", tone="friendly")
    [with_tone] = deepl_server.requests("/v2/write/rephrase")
    assert with_tone.body["tone"] == "friendly" and "writing_style" not in with_tone.body


def test_only_flagged_segments_get_a_write_candidate(deepl_server, deepl_settings, memory):
    segments = [segment(7, Severity.MAJOR), segment(8), segment(29, Severity.MINOR)]
    added = add_write_candidates(segments, DeepLTranslator(deepl_settings, memory=memory))
    assert added == 2
    assert segments[0].candidates == [Candidate(WRITE_KIND, REFERENCE[7])]
    assert segments[1].candidates == []
    [request] = deepl_server.requests("/v2/write/rephrase")
    assert request.body["text"] == [MT[7].text, MT[29].text]


def test_no_candidate_when_write_changes_nothing_or_offered_it_already(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory)
    tidy_sentence = Segment(0, "Das ist schon in Ordnung.", 0, 25, (0,))
    tidy_sentence.issues.append(Issue("i", "style.x", Category.STYLE, Severity.MINOR, 0, 3, "Das", "x"))
    garbled = segment(7, Severity.MAJOR)
    assert add_write_candidates([tidy_sentence, garbled], translator) == 1
    assert add_write_candidates([tidy_sentence, garbled], translator) == 0
    assert tidy_sentence.candidates == [] and len(garbled.candidates) == 1


def test_minimum_severity_limits_what_is_sent(deepl_server, deepl_settings, memory):
    segments = [segment(7, Severity.MINOR), segment(29, Severity.CRITICAL)]
    assert flagged(segments, Severity.MAJOR) == [segments[1]]
    add_write_candidates(segments, DeepLTranslator(deepl_settings, memory=memory), min_severity=Severity.MAJOR)
    assert deepl_server.requests("/v2/write/rephrase")[0].body["text"] == [MT[29].text]


def test_nothing_flagged_means_no_request(deepl_server, deepl_settings, memory):
    assert add_write_candidates([segment(1), segment(2)], DeepLTranslator(deepl_settings, memory=memory)) == 0
    assert deepl_server.requests() == []


@pytest.mark.parametrize(("style", "tone", "message"), [
    ("business", "friendly", "a style or a tone, not both"),
    ("poetic", None, "unknown DeepL Write style 'poetic'"),
    (None, "grumpy", "unknown DeepL Write tone 'grumpy'"),
])
def test_bad_style_or_tone_is_a_usage_error(style, tone, message, deepl_server, deepl_settings, memory):
    with pytest.raises(UsageError, match=message):
        add_write_candidates([segment(7, Severity.MAJOR)], DeepLTranslator(deepl_settings, memory=memory),
                             style=style, tone=tone)
    assert deepl_server.requests() == []
