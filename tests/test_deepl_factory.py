"""Choosing a backend: the factory, DeepL settings, the file backend."""

from __future__ import annotations

import deepl
import pytest
from conftest_deepl import SAMPLE, TEST_KEY

from feinschliff.core.errors import InputError, UsageError
from feinschliff.core.glossary.model import Glossary, GlossaryEntry
from feinschliff.core.segment import split_sentences
from feinschliff.core.translate.deepl_backend import DeepLTranslator
from feinschliff.core.translate.deepl_errors import MissingKeyError
from feinschliff.core.translate.deepl_settings import DeepLSettings, configure_network, deepl_lang, settings_from
from feinschliff.core.translate.factory import make_translator, push_glossary, rephrase, usage
from feinschliff.core.translate.file_backend import FileTranslator
from feinschliff.core.translate.memory import MemoryTranslator


def sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences((SAMPLE / name).read_text("utf-8"), lang)]


MT, SOURCE, REFERENCE = sentences("mt.de.txt", "de"), sentences("source.en.txt", "en"), sentences("reference.de.txt", "de")


def test_memory_is_the_offline_default_seeded_from_the_samples(memory):
    translator = make_translator("memory")
    assert isinstance(translator, MemoryTranslator)
    assert translator.translate(MT[:3], "de", "en") == SOURCE[:3]
    assert isinstance(make_translator("memory", memory=memory), MemoryTranslator)


def test_deepl_needs_a_key():
    with pytest.raises(MissingKeyError, match="no DeepL key"):
        make_translator("deepl")


def test_deepl_from_the_environment(deepl_env, memory):
    translator = make_translator("deepl", memory=memory, deepl_config={"retries": 0, "timeout": 1})
    assert isinstance(translator, DeepLTranslator)
    assert translator.settings.endpoint == deepl_env.url
    assert translator.translate(MT[:2], "de", "en") == SOURCE[:2]


def test_a_bad_glossary_fails_when_the_backend_is_made(deepl_env, memory):
    glossary = Glossary([GlossaryEntry("a\u2029b", "c", path="g.tsv", line=5)], path="g.tsv")
    with pytest.raises(InputError, match=r"g\.tsv:5: "):
        make_translator("deepl", glossary=glossary, memory=memory)
    assert deepl_env.requests() == []


def test_convenience_functions(deepl_env, deepl_settings, memory):
    glossary = Glossary([GlossaryEntry("escape hatch", "Hintertür", path="g.tsv", line=2)], path="g.tsv")
    glossary_id, changed = push_glossary(glossary, settings=deepl_settings, memory=memory)
    assert changed and glossary_id in deepl_env.state.glossaries
    assert push_glossary(glossary, settings=deepl_settings, memory=memory) == (glossary_id, False)
    assert rephrase(["Ein  Satz ."], settings=deepl_settings, memory=memory) == ["Ein Satz."]
    assert usage(deepl_settings).count == len("Ein  Satz .")


def test_unknown_backend():
    with pytest.raises(UsageError, match="unknown re-translation backend 'google' .choose memory, deepl, file."):
        make_translator("google")


def test_file_backend_needs_a_file():
    with pytest.raises(UsageError, match="needs a reference translation"):
        make_translator("file")
    with pytest.raises(InputError, match="missing.txt: no such file"):
        make_translator("file", reference_path=SAMPLE / "missing.txt")


def test_file_backend_serves_the_reference_sentence_by_sentence():
    translator = make_translator("file", reference_path=SAMPLE / "reference.de.txt")
    assert isinstance(translator, FileTranslator)
    results = translator.translate(MT, "de", "de")
    assert results[:8] == REFERENCE[:8]
    assert results[8] == f"{REFERENCE[8]} {REFERENCE[9]}"  # the reference says it in two sentences
    assert results[9:] == REFERENCE[10:]


def test_file_backend_refuses_the_other_direction():
    translator = FileTranslator(SAMPLE / "reference.de.txt")
    with pytest.raises(UsageError, match="is in 'de' and cannot serve a translation into 'en'"):
        translator.translate(MT, "de", "en")
    assert translator.translate([], "en", "de") == []


def test_settings_come_from_environment_then_configuration():
    env = {"DEEPL_AUTH_KEY": TEST_KEY, "DEEPL_SERVER_URL": "http://127.0.0.1:9"}
    settings = settings_from({"auth_key": "from-config", "retries": 1, "timeout": 2.5, "formality": "less",
                              "english": "en-gb"}, env)
    assert (settings.auth_key, settings.server_url, settings.retries, settings.timeout) == (TEST_KEY, "http://127.0.0.1:9", 1, 2.5)
    assert (settings.formality, settings.english) == ("less", "EN-GB")
    assert settings_from({"auth_key": "from-config"}, {}).auth_key == "from-config"
    assert settings_from({}, {"DEEPL_AUTH_KEY": "x:fx"}).endpoint == "https://api-free.deepl.com"
    assert settings_from({}, {"DEEPL_AUTH_KEY": "x"}).endpoint == "https://api.deepl.com"


@pytest.mark.parametrize(("table", "message"), [
    ({"retry": 3}, "deepl.retry: unknown key"),
    ({"retries": -1}, "deepl.retries must be a number >= 0"),
    ({"timeout": "fast"}, "deepl.timeout must be a number >= 0"),
    ({"formality": "polite"}, "deepl.formality must be one of"),
    ({"english": "EN-AU"}, "deepl.english must be EN-US or EN-GB"),
])
def test_bad_configuration_names_the_key(table, message):
    with pytest.raises(InputError, match=f"feinschliff.toml: {message}"):
        settings_from(table, {}, "feinschliff.toml")


@pytest.mark.parametrize("url", ["127.0.0.1:8000", "ftp://127.0.0.1", "http://"])
def test_a_server_url_that_is_no_http_url_is_refused(url):
    with pytest.raises(UsageError, match="DEEPL_SERVER_URL must be an http.s. URL"):
        settings_from({}, {"DEEPL_SERVER_URL": url})


def test_network_globals_are_set_once_from_settings():
    configure_network(DeepLSettings(retries=2, timeout=7.0))
    assert (deepl.http_client.max_network_retries, deepl.http_client.min_connection_timeout) == (2, 7.0)


@pytest.mark.parametrize(("code", "target", "expected"), [
    ("en", True, "EN-US"), ("en-gb", True, "EN-GB"), ("de-DE", True, "DE"), ("pt", True, "PT-PT"),
    ("pt-br", True, "PT-BR"), ("en-US", False, "EN"), ("de", False, "DE"),
])
def test_language_codes_for_deepl(code, target, expected):
    assert deepl_lang(code, target=target, settings=DeepLSettings()) == expected
