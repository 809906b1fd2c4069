"""The domain glossary as a DeepL v3 glossary: validation, idempotent sync, use in requests."""

from __future__ import annotations

from pathlib import Path

import deepl
import pytest
from conftest_deepl import ROOT, TEST_KEY

from feinschliff.core.errors import InputError
from feinschliff.core.glossary import load_glossary
from feinschliff.core.glossary.model import Glossary, GlossaryEntry
from feinschliff.core.translate.deepl_backend import DeepLTranslator
from feinschliff.core.translate.deepl_glossary import deepl_glossary, glossary_name

SHIPPED = ROOT / "glossary" / "ai-tech.en-de.tsv"


def entry(source: str, target: str, line: int, path: str = "ai.tsv") -> GlossaryEntry:
    return GlossaryEntry(source, target, path=path, line=line)


def small_glossary(*extra: GlossaryEntry) -> Glossary:
    entries = [entry("re-engagement", "Wiederannäherung", 2), entry("Azure AI Foundry", "Azure AI Foundry", 3),
               entry("AI", "KI", 4), *extra]
    return Glossary(entries, path="glossary/ai.tsv")


def writes(server) -> list[str]:
    return [f"{r.method} {r.path}" for r in server.requests() if r.writes]


def held(server) -> dict[str, str]:
    [stored] = server.state.glossaries.values()
    return stored.dictionaries[("en", "de")]


def test_the_shipped_glossary_is_accepted_by_deepl_rules():
    glossary = load_glossary(str(SHIPPED))
    pushed = deepl_glossary(glossary)
    assert pushed.name == "feinschliff:ai-tech.en-de"
    assert pushed.entries["re-engagement"] == "Wiederannäherung"
    assert pushed.entries["Azure AI Foundry"] == "Azure AI Foundry"  # do-not-translate: itself
    assert len(pushed.entries) == len({e.source for e in glossary.entries})
    tsv = deepl.util.convert_dict_to_tsv(pushed.entries)  # the client's own validation passes
    assert deepl.convert_tsv_to_dict(tsv) == pushed.entries


def test_first_push_creates_the_glossary(deepl_server, deepl_settings, memory):
    glossary_id, changed = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    assert changed
    assert writes(deepl_server) == ["POST /v3/glossaries"]
    [create] = deepl_server.requests("/v3/glossaries", "POST")
    assert create.body["name"] == "feinschliff:ai"
    assert create.body["dictionaries"][0]["entries_format"] == "tsv"
    assert held(deepl_server) == {"re-engagement": "Wiederannäherung", "Azure AI Foundry": "Azure AI Foundry", "AI": "KI"}
    info = deepl.DeepLClient(TEST_KEY, server_url=deepl_server.url).get_multilingual_glossary(glossary_id)
    assert info.name == "feinschliff:ai" and info.creation_time.tzinfo is not None
    assert [(d.source_lang, d.target_lang, d.entry_count) for d in info.dictionaries] == [("EN", "DE", 3)]


def test_unchanged_push_makes_no_write(deepl_server, deepl_settings, memory):
    first_id, _ = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    deepl_server.forget_requests()
    again_id, changed = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    assert (again_id, changed) == (first_id, False)
    assert [f"{r.method} {r.path}" for r in deepl_server.requests()] == ["GET /v3/glossaries"]


def test_unchanged_push_from_another_machine_compares_entries_and_makes_no_write(
        deepl_server, deepl_settings, memory, tmp_path):
    from feinschliff.core.translate.memory import TranslationMemory

    first_id, _ = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    deepl_server.forget_requests()
    with TranslationMemory(tmp_path / "elsewhere.sqlite3") as fresh:
        again_id, changed = DeepLTranslator(deepl_settings, memory=fresh, glossary=small_glossary()).push_glossary()
        assert fresh.glossary_record(deepl_settings.endpoint, "feinschliff:ai") is not None
    assert (again_id, changed) == (first_id, False)
    assert writes(deepl_server) == []
    assert [r.path for r in deepl_server.requests()] == ["/v3/glossaries", f"/v3/glossaries/{first_id}/entries"]


def test_changed_push_replaces_the_dictionary_and_keeps_the_id(deepl_server, deepl_settings, memory):
    first_id, _ = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    deepl_server.forget_requests()
    edited = small_glossary(entry("escape hatch", "Hintertür", 5))
    again_id, changed = DeepLTranslator(deepl_settings, memory=memory, glossary=edited).push_glossary()
    assert (again_id, changed) == (first_id, True)
    assert writes(deepl_server) == [f"PUT /v3/glossaries/{first_id}/dictionaries"]
    assert held(deepl_server)["escape hatch"] == "Hintertür"


def test_a_glossary_deleted_at_deepl_is_created_again(deepl_server, deepl_settings, memory):
    first_id, _ = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    deepl.DeepLClient(TEST_KEY, server_url=deepl_server.url).delete_multilingual_glossary(first_id)
    again_id, changed = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).push_glossary()
    assert changed and again_id != first_id and list(deepl_server.state.glossaries) == [again_id]


def test_translation_uses_the_glossary(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary())
    text = "This signals a re-engagement with Azure AI Foundry and AI developers."
    [result] = translator.translate([text], "en", "de")
    # the local server knows no such sentence: it applies the glossary and nothing else
    assert result == "This signals a Wiederannäherung with Azure AI Foundry and KI developers."
    [request] = deepl_server.requests("/v2/translate")
    assert request.body["glossary_id"] == next(iter(deepl_server.state.glossaries))
    assert request.body["source_lang"] == "EN"


def test_back_translation_does_not_use_the_english_german_glossary(deepl_server, deepl_settings, memory):
    translator = DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary())
    translator.translate(["Ein Satz über KI."], "de", "en")
    [request] = deepl_server.requests("/v2/translate")
    assert "glossary_id" not in request.body
    assert deepl_server.requests("/v3/glossaries") == []


def test_edited_glossary_invalidates_cached_translations(deepl_server, deepl_settings, memory):
    text = ["The AI escape hatch."]
    DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary()).translate(text, "en", "de")
    edited = small_glossary(entry("escape hatch", "Hintertür", 5))
    assert DeepLTranslator(deepl_settings, memory=memory, glossary=edited).translate(text, "en", "de") == \
        ["The KI Hintertür."]
    assert len(deepl_server.requests("/v2/translate")) == 2


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (entry("escape\thatch", "Hintertür", 7), r"ai\.tsv:7: .*control character U\+0009"),
        (entry("AI", "Künstliche Intelligenz", 7), r"ai\.tsv:7: .*'AI' already maps to 'KI' at ai\.tsv:4"),
        (entry("x" * 1025, "y", 7), r"ai\.tsv:7: .*term of 1025 bytes, DeepL allows 1024"),
        (entry("line\u2028break", "Zeile", 7), r"ai\.tsv:7: .*U\+2028"),
    ],
)
def test_invalid_entries_are_reported_with_their_line_before_anything_is_sent(
        bad, message, deepl_server, deepl_settings, memory):
    with pytest.raises(InputError, match=message):
        DeepLTranslator(deepl_settings, memory=memory, glossary=small_glossary(bad))
    assert deepl_server.requests() == []


def test_every_invalid_entry_is_counted():
    glossary = small_glossary(entry("a\tb", "c", 8), entry("d", "e\rf", 9), entry("g\x00", "h", 12))
    with pytest.raises(InputError, match=r"ai\.tsv:8: .*\(and 2 more: line 9, line 12\)"):
        deepl_glossary(glossary)


def test_name_comes_from_the_file():
    assert glossary_name(Glossary([], path=str(Path("x") / "medical.tsv"))) == "feinschliff:medical"
    assert glossary_name(Glossary([])) == "feinschliff:glossary"
