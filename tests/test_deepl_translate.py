"""The DeepL backend through the real ``deepl`` client against the local server."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest_deepl import SAMPLE

from feinschliff.core.segment import split_sentences
from feinschliff.core.translate.deepl_backend import DeepLTranslator
from feinschliff.core.translate.deepl_errors import QuotaError
from feinschliff.core.translate.protocol import Translator


def sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences((SAMPLE / name).read_text("utf-8"), lang)]


MT = sentences("mt.de.txt", "de")
SOURCE = sentences("source.en.txt", "en")


def test_is_a_translator(deepl_settings, memory):
    assert isinstance(DeepLTranslator(deepl_settings, memory=memory), Translator)


def test_back_translation_of_the_sample_returns_its_source(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory)
    assert translator.translate(MT, "de", "en") == SOURCE
    [request] = deepl_server.requests("/v2/translate")
    assert request.body["text"] == MT
    assert request.body["source_lang"] == "DE" and request.body["target_lang"] == "EN-US"
    assert request.body["show_billed_characters"] is True
    assert translator.billed_characters == sum(len(s) for s in MT)


def test_options_are_passed_through(deepl_server, deepl_settings, memory):
    settings = replace(deepl_settings, formality="prefer_less", english="EN-GB", context_sentences=1)
    translator = DeepLTranslator(settings, memory=memory)
    texts = ["Erster Satz.", "Zweiter Satz.", "Dritter Satz."]
    translator.translate(texts, "de", "en")
    translator.translate(SOURCE[:3], "en", "de")
    to_english, to_german = (r.body for r in deepl_server.requests("/v2/translate"))
    assert to_english["target_lang"] == "EN-GB"
    assert "formality" not in to_english  # English takes no formality
    assert to_german["formality"] == "prefer_less"
    assert to_german["target_lang"] == "DE" and to_german["source_lang"] == "EN"


def test_context_carries_the_neighbours_of_a_batch(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory)
    translator.translate(MT[:2], "de", "en")  # cached: the next job sends only MT[2:4]
    translator.translate(MT[:6], "de", "en")
    first, second = (r.body for r in deepl_server.requests("/v2/translate"))
    assert "context" not in first  # the batch is the whole document
    assert second["text"] == MT[2:6]
    assert second["context"] == " ".join(MT[:2])


def test_120_texts_go_out_in_batches_of_50_50_20(deepl_server, deepl_settings, memory):
    texts = [f"Satz Nummer {i} über Azure." for i in range(120)]
    results = DeepLTranslator(deepl_settings, memory=memory).translate(texts, "de", "en")
    assert [len(r.body["text"]) for r in deepl_server.requests("/v2/translate")] == [50, 50, 20]
    assert results == texts  # unknown sentences come back unchanged from the local server


def test_repeated_texts_are_sent_once_and_answered_in_place(deepl_server, deepl_settings, memory):
    texts = [MT[0], "   ", MT[1], MT[0], "", MT[1]]
    results = DeepLTranslator(deepl_settings, memory=memory).translate(texts, "de", "en")
    assert results == [SOURCE[0], "   ", SOURCE[1], SOURCE[0], "", SOURCE[1]]
    [request] = deepl_server.requests("/v2/translate")
    assert request.body["text"] == [MT[0], MT[1]]


def test_cache_hits_make_no_request(deepl_server, deepl_settings, memory):
    DeepLTranslator(deepl_settings, memory=memory).translate(MT, "de", "en")
    deepl_server.forget_requests()
    again = DeepLTranslator(deepl_settings, memory=memory)
    assert again.translate(list(reversed(MT)), "de", "en") == list(reversed(SOURCE))
    assert deepl_server.requests() == []
    assert again.requests == 0


def test_cache_is_keyed_by_options(deepl_server, deepl_settings, memory):
    DeepLTranslator(deepl_settings, memory=memory).translate(SOURCE[:2], "en", "de")
    formal = DeepLTranslator(replace(deepl_settings, formality="more"), memory=memory)
    formal.translate(SOURCE[:2], "en", "de")
    assert len(deepl_server.requests("/v2/translate")) == 2


def test_large_job_beyond_the_quota_is_refused_before_sending(deepl_server, deepl_settings, memory):
    deepl_server.state.character_limit = 1000
    deepl_server.state.character_count = 900
    translator = DeepLTranslator(deepl_settings, memory=memory)
    with pytest.raises(QuotaError, match=r"needs 1,\d{3} DeepL characters but only 100 of 1,000 are left"):
        translator.translate(MT[:10], "de", "en")
    assert [r.path for r in deepl_server.requests()] == ["/v2/usage"]


def test_small_jobs_skip_the_usage_check(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(replace(deepl_settings, usage_check_chars=5000), memory=memory)
    translator.translate(MT[:3], "de", "en")
    assert [r.path for r in deepl_server.requests()] == ["/v2/translate"]


def test_usage_reports_what_the_server_counted(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory)
    translator.translate(MT[:4], "de", "en")
    report = translator.usage()
    assert report.count == sum(len(s) for s in MT[:4]) and report.limit == 500_000
    assert str(report) == (f"DeepL characters this billing period: {report.count:,} of 500,000 used "
                           f"({100 * report.count / 500_000:.1f} %), {500_000 - report.count:,} left")
