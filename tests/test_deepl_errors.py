"""Every DeepL failure is one line saying what to do, keeps what was translated, and never
shows the key."""

from __future__ import annotations

import logging
import socket
from dataclasses import replace

import pytest
from conftest_deepl import TEST_KEY

from feinschliff.cli.main import main
from feinschliff.core.errors import FeinschliffError
from feinschliff.core.glossary.model import Glossary, GlossaryEntry
from feinschliff.core.translate.deepl_backend import DeepLTranslator
from feinschliff.core.translate.deepl_errors import (
    REDACTED,
    GlossaryRejectedError,
    MissingKeyError,
    NetworkError,
    QuotaError,
    RateLimitError,
    RejectedKeyError,
    ServerError,
    scrub,
)
from feinschliff.core.translate.deepl_settings import DeepLSettings

TEXTS = [f"Satz Nummer {i:03d} über die Partnerschaft." for i in range(120)]
GLOSSARY = Glossary([GlossaryEntry("re-engagement", "Wiederannäherung", path="g.tsv", line=2)], path="g.tsv")


@pytest.fixture
def debug_log(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def fail(translator_call, error_type, debug_log) -> FeinschliffError:
    with pytest.raises(error_type) as info:
        translator_call()
    error = info.value
    shown = " ".join([str(error), repr(error), *map(str, error.args), debug_log.text])
    assert TEST_KEY not in shown and TEST_KEY.removesuffix(":fx") not in shown
    assert "\n" not in str(error)
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)
    return error


def test_missing_key(deepl_server, debug_log):
    error = fail(lambda: DeepLTranslator(DeepLSettings(server_url=deepl_server.url)), MissingKeyError, debug_log)
    assert "export DEEPL_AUTH_KEY" in str(error) and "--retranslate memory" in str(error)


def test_rejected_key(deepl_server, deepl_settings, memory, debug_log):
    wrong = replace(deepl_settings, auth_key="0b7c1d2e-wrong-key-4f5a6b7c8d9e")
    translator = DeepLTranslator(wrong, memory=memory)
    error = fail(lambda: translator.translate(TEXTS[:2], "de", "en"), RejectedKeyError, debug_log)
    assert str(error).startswith(f"DeepL rejected the key (HTTP 403) at {deepl_server.url}: check DEEPL_AUTH_KEY")
    assert "wrong-key" not in str(error)


def test_unauthorised_401_is_a_rejected_key(deepl_server, deepl_settings, memory, debug_log):
    deepl_server.inject("/v2/usage", status=401)
    error = fail(lambda: DeepLTranslator(deepl_settings, memory=memory).usage(), RejectedKeyError, debug_log)
    assert "HTTP 401" in str(error)


def test_quota_exhausted_mid_job_keeps_what_was_translated(deepl_server, deepl_settings, memory, debug_log):
    settings = replace(deepl_settings, usage_check_chars=10**9)  # no pre-check: hit the 456 itself
    first_batch = sum(len(t) for t in TEXTS[:50])
    deepl_server.state.character_limit = first_batch + 10
    translator = DeepLTranslator(settings, memory=memory)
    error = fail(lambda: translator.translate(TEXTS, "de", "en"), QuotaError, debug_log)
    assert "quota of this billing period is used up (HTTP 456)" in str(error)
    assert "50 translations finished before the error are kept in the translation memory" in str(error)
    deepl_server.state.character_limit = 10**6
    deepl_server.forget_requests()
    assert DeepLTranslator(settings, memory=memory).translate(TEXTS, "de", "en") == TEXTS
    assert [len(r.body["text"]) for r in deepl_server.requests("/v2/translate")] == [50, 20]


def test_456_on_a_glossary_call_is_glossary_rate_limiting(deepl_server, deepl_settings, memory, debug_log):
    deepl_server.inject("/v3/glossaries", status=456)
    translator = DeepLTranslator(deepl_settings, memory=memory, glossary=GLOSSARY)
    error = fail(translator.push_glossary, RateLimitError, debug_log)
    assert "limiting glossary changes (HTTP 456)" in str(error)


def test_rate_limited_after_the_library_retries(deepl_server, deepl_settings, memory, debug_log):
    deepl_server.inject("/v2/translate", status=429)
    translator = DeepLTranslator(replace(deepl_settings, retries=1), memory=memory)
    error = fail(lambda: translator.translate(TEXTS[:3], "de", "en"), RateLimitError, debug_log)
    assert str(error) == "DeepL is rate-limiting requests (HTTP 429) after 1 retries: wait a minute and run again"
    assert len(deepl_server.requests("/v2/translate")) == 2  # the library's one retry, no loop of ours


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(status, deepl_server, deepl_settings, memory, debug_log):
    deepl_server.inject("/v2/translate", status=status, message=f"echo {TEST_KEY}")
    translator = DeepLTranslator(deepl_settings, memory=memory)
    error = fail(lambda: translator.translate(TEXTS[:3], "de", "en"), ServerError, debug_log)
    assert str(error) == f"DeepL server error (HTTP {status}): try again later"


def test_a_server_that_never_answers_times_out(deepl_server, deepl_settings, memory, debug_log):
    deepl_server.inject("/v2/translate", hang=True)
    translator = DeepLTranslator(deepl_settings, memory=memory)
    error = fail(lambda: translator.translate(TEXTS[:3], "de", "en"), NetworkError, debug_log)
    assert str(error).startswith(f"DeepL at {deepl_server.url} did not answer within 1 s")


def test_connection_refused(deepl_settings, memory, debug_log):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    translator = DeepLTranslator(replace(deepl_settings, server_url=url), memory=memory)
    error = fail(lambda: translator.translate(TEXTS[:3], "de", "en"), NetworkError, debug_log)
    assert str(error).startswith(f"cannot connect to DeepL at {url}: connection refused")


def test_glossary_rejected_by_deepl(deepl_server, deepl_settings, memory, debug_log):
    deepl_server.inject("/v3/glossaries", method="POST", status=400,
                        message=f"Unsupported glossary language pair (key {TEST_KEY})")
    translator = DeepLTranslator(deepl_settings, memory=memory, glossary=GLOSSARY)
    error = fail(lambda: translator.translate(["A re-engagement."], "en", "de"), GlossaryRejectedError, debug_log)
    assert str(error) == (f"DeepL rejected the glossary (HTTP 400: Unsupported glossary language pair (key {REDACTED})): "
                          "fix the entries and push again")
    assert deepl_server.requests("/v2/translate") == []


def test_scrub_removes_the_key_with_and_without_the_free_suffix():
    assert scrub(f"a {TEST_KEY} b {TEST_KEY[:-3]} c", TEST_KEY) == f"a {REDACTED} b {REDACTED} c"
    assert scrub("nothing to hide", "") == "nothing to hide"


def test_settings_never_show_the_key(deepl_settings):
    assert TEST_KEY not in repr(deepl_settings) and TEST_KEY not in str(deepl_settings)


def test_the_cli_prints_one_line_and_exits_2(deepl_env, monkeypatch, capsys):
    monkeypatch.setenv("DEEPL_AUTH_KEY", "5e6f7a8b-not-the-right-key:fx")
    assert main(["usage"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("feinschliff: error: DeepL rejected the key (HTTP 403)")
    assert "not-the-right-key" not in err
