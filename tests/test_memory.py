"""The SQLite translation memory: units, DeepL cache, glossary records, robustness."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from hypothesis import given, strategies as st

from feinschliff.core.errors import InputError
from feinschliff.core.translate.memory import (
    CacheEntry,
    MemoryTranslator,
    TranslationMemory,
    Unit,
    cache_key,
    default_memory_path,
    normalize,
)
from feinschliff.core.translate.protocol import Translator

REMOTE = "https://api-free.deepl.com"
LOCAL = "http://127.0.0.1:8000"
SENTENCE = "Das Modell ist jetzt in Copilot kostenlos."


def key(text: str, endpoint: str = REMOTE, **options) -> str:
    return cache_key(text, "DE", "EN-US", kind="translate", endpoint=endpoint, options=options,
                     glossary_id=None, glossary_hash=None)


def test_units_are_found_whatever_the_whitespace(memory):
    memory.add_units([Unit("de", "en", SENTENCE, "The model is now free in Copilot.", "tmx:a")])
    variants = [SENTENCE, f"  {SENTENCE}\n", SENTENCE.replace(" ", "\u00a0 "), SENTENCE.replace(" ", "\n")]
    assert memory.lookup(variants, "de", "en") == ["The model is now free in Copilot."] * 4


def test_a_miss_is_none_not_an_error(memory):
    assert MemoryTranslator(memory).translate(["Unbekannt.", ""], "de", "en") == [None, None]


def test_languages_are_filed_under_their_base_code(memory):
    memory.add_units([Unit("de-DE", "EN-US", "Hallo.", "Hello.", "tmx:a")])
    assert MemoryTranslator(memory).translate(["Hallo."], "DE", "en-GB") == ["Hello."]
    assert isinstance(MemoryTranslator(memory), Translator)


def test_user_units_win_over_seeded_ones_and_newer_over_older(memory):
    memory.add_units([Unit("de", "en", "Hallo.", "Hi (seed).", "seed:x")])
    memory.add_units([Unit("de", "en", "Hallo.", "Hello (a).", "tmx:a")])
    memory.add_units([Unit("de", "en", "Hallo.", "Hello (b).", "tmx:b")])
    assert memory.lookup(["Hallo."], "de", "en") == ["Hello (b)."]


def test_a_user_unit_wins_over_a_newer_seeded_one_in_a_long_batch(memory):
    """Lookups run in chunks; every text keeps its own best answer and its place."""
    texts = [f"Satz {n}." for n in range(1200)]
    memory.add_units([Unit("de", "en", t, f"Sentence {n} (user).", "tmx:a") for n, t in enumerate(texts) if n % 3 == 0])
    memory.add_units([Unit("de", "en", t, f"Sentence {n} (seed).", "seed:x") for n, t in enumerate(texts) if n % 2 == 0])
    memory.store([CacheEntry(key(t), "translate", REMOTE, "de", "en", t, f"Sentence {n} (DeepL).")
                  for n, t in enumerate(texts) if n % 5 == 0])
    expected = [f"Sentence {n} (user)." if n % 3 == 0 else f"Sentence {n} (seed)." if n % 2 == 0
                else f"Sentence {n} (DeepL)." if n % 5 == 0 else None for n in range(1200)]
    assert memory.lookup(texts[::-1] + texts[:2], "de", "en") == expected[::-1] + expected[:2]


def test_replacing_an_origin_keeps_the_others(memory):
    memory.add_units([Unit("de", "en", "Eins.", "One.", "seed:x"), Unit("de", "en", "Zwei.", "Two.", "tmx:a")])
    memory.add_units([Unit("de", "en", "Drei.", "Three.", "seed:x")], replace_origin="seed:x")
    assert memory.lookup(["Eins.", "Zwei.", "Drei."], "de", "en") == [None, "Two.", "Three."]


def test_remote_deepl_answers_serve_the_memory_backend_local_ones_do_not(memory):
    memory.store([CacheEntry(key("Ja.", LOCAL), "translate", LOCAL, "de", "en", "Ja.", "Ja.")])
    assert memory.lookup(["Ja."], "de", "en") == [None]
    memory.store([CacheEntry(key("Ja."), "translate", REMOTE, "de", "en", "Ja.", "Yes.")])
    assert memory.lookup(["Ja."], "de", "en") == ["Yes."]


def test_cache_entries_are_found_by_key_only(memory):
    plain, formal = key("Ja."), key("Ja.", formality="more")
    assert plain != formal
    memory.store([CacheEntry(plain, "translate", REMOTE, "de", "en", "Ja.", "Yes.")])
    assert memory.cached([plain, formal, plain]) == {plain: "Yes."}


def test_cache_key_covers_glossary_content_and_server():
    base = dict(kind="translate", endpoint=REMOTE, options={}, glossary_id="g1", glossary_hash="h1")
    keys = {
        cache_key("Ja.", "EN", "DE", **base),
        cache_key("Ja.", "EN", "DE", **{**base, "glossary_hash": "h2"}),
        cache_key("Ja.", "EN", "DE", **{**base, "glossary_id": "g2"}),
        cache_key("Ja.", "EN", "DE", **{**base, "endpoint": LOCAL}),
        cache_key("Ja.", "EN", "DE", **{**base, "kind": "rephrase"}),
        cache_key("Ja.", "EN", "EN-US", **base),
        cache_key("Ja. ", "EN", "DE", **base),
    }
    assert len(keys) == 7


def test_glossary_records_are_per_server(memory):
    memory.remember_glossary(REMOTE, "feinschliff:ai-tech", "id-1", "hash-1")
    memory.remember_glossary(LOCAL, "feinschliff:ai-tech", "id-2", "hash-2")
    memory.remember_glossary(REMOTE, "feinschliff:ai-tech", "id-3", "hash-3")
    assert memory.glossary_record(REMOTE, "feinschliff:ai-tech") == ("id-3", "hash-3")
    assert memory.glossary_record(LOCAL, "feinschliff:ai-tech") == ("id-2", "hash-2")
    assert memory.glossary_record(REMOTE, "other") is None


def test_everything_survives_reopening_and_uses_wal(tmp_path):
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as first:
        first.add_units([Unit("en", "de", "Yes.", "Ja.", "tmx:a")])
        first.store([CacheEntry(key("Nein."), "translate", REMOTE, "de", "en", "Nein.", "No.")])
        first.set_meta("seed:x", "abc")
    with TranslationMemory(path) as second:
        assert second.lookup(["Yes."], "en", "de") == ["Ja."]
        assert second.counts() == {"units": 1, "cache": 1, "glossaries": 0}
        assert second.meta("seed:x") == "abc"
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "tm.sqlite3"
    stores = [TranslationMemory(path) for _ in range(4)]

    def write(n: int) -> None:
        for i in range(25):
            text = f"Satz {n}-{i}."
            stores[n].store([CacheEntry(key(text), "translate", REMOTE, "de", "en", text, f"Sentence {n}-{i}.")])

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert stores[0].counts()["cache"] == 100
    for store in stores:
        store.close()


def test_a_file_that_is_not_a_memory_is_one_clear_error(tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(InputError, match=r"notes\.sqlite3: not a usable translation memory .*--memory"):
        TranslationMemory(bogus)


def test_a_memory_that_cannot_be_created_is_one_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot create the translation memory"):
        TranslationMemory(blocker / "sub" / "tm.sqlite3")


def test_location_follows_feinschliff_home(tmp_path):
    assert default_memory_path({"FEINSCHLIFF_HOME": str(tmp_path)}) == tmp_path / "memory.sqlite3"
    assert default_memory_path({}).name == "memory.sqlite3" and "feinschliff" in str(default_memory_path({}))


@given(st.text())
def test_normalize_is_idempotent_and_whitespace_blind(text):
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(f" \t{text}\n ") == once
    assert "  " not in once and once == once.strip()
