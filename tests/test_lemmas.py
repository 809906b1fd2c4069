"""Lemmas come from simplemma's dictionaries, loaded as tries cached on disk."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import simplemma
from simplemma.strategies import DefaultDictionaryFactory, TrieDictionaryFactory

from feinschliff.core.lemmas import _dictionaries, is_known, lemma

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"


def words(name: str) -> set[str]:
    return set(re.findall(r"\w+", (SAMPLE / name).read_text("utf-8")))


def test_cached_tries_give_simplemmas_own_lemmas_for_every_sample_word():
    for name, lang in (("mt.de.txt", "de"), ("reference.de.txt", "de"), ("source.en.txt", "en")):
        for word in words(name):
            assert lemma(word, lang) == simplemma.lemmatize(word, lang=lang).casefold(), word
            shipped = simplemma.is_known(word, lang=lang) or simplemma.is_known(word.capitalize(), lang=lang)
            assert is_known(word, lang) == shipped, word


def test_the_trie_is_built_once_into_the_cache_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    factory = _dictionaries()
    assert isinstance(factory, TrieDictionaryFactory)
    assert factory.get_dictionary("de").get("Rechenzentren") == "Rechenzentrum"
    (trie,) = tmp_path.glob("feinschliff/lemmas/*/de.dic")
    assert trie.stat().st_size > 1_000_000
    assert [p.name for p in trie.parent.iterdir()] == ["de.dic"]  # written aside, then renamed
    built = trie.stat()
    assert _dictionaries().get_dictionary("de").get("Häuser") == "Haus"
    assert (trie.stat().st_ino, trie.stat().st_mtime_ns) == (built.st_ino, built.st_mtime_ns)  # loaded, not rebuilt


def test_without_a_usable_cache_directory_the_shipped_decoder_is_used(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert isinstance(_dictionaries(), DefaultDictionaryFactory)


def test_first_runs_at_once_share_one_cache_and_say_nothing(tmp_path):
    code = "from feinschliff.core.lemmas import lemma; print(lemma('Rechenzentren'), lemma('centers', 'en'))"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(3)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert (run.returncode, out, err) == (0, "rechenzentrum center\n", "")
    assert sorted(p.name for p in tmp_path.glob("feinschliff/lemmas/*/*")) == ["de.dic", "en.dic"]
