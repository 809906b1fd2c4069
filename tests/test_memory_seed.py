"""The shipped seed: built from the samples, imported on first use, the offline default."""

from __future__ import annotations

import shutil

import pytest
from conftest_deepl import SAMPLE

from feinschliff.core.errors import InputError
from feinschliff.core.segment import split_sentences
from feinschliff.core.translate.memory import SEED_PREFIX, MemoryTranslator, TranslationMemory, Unit
from feinschliff.core.translate.memory_seed import SEED_DIR, build_seed, ensure_seed, open_memory, sample_units
from feinschliff.core.translate.memory_tmx import read_tmx


def sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences((SAMPLE / name).read_text("utf-8"), lang)]


MT, SOURCE = sentences("mt.de.txt", "de"), sentences("source.en.txt", "en")
REFERENCE_TEXT = (SAMPLE / "reference.de.txt").read_text("utf-8")


def test_the_shipped_seed_matches_the_samples():
    """Fails when a sample or the sentence splitter changed without rebuilding the seed:
    python -m feinschliff.core.translate.memory_seed samples/microsoft-openai"""
    shipped = read_tmx(SEED_DIR / "microsoft-openai.tmx", SEED_PREFIX + "microsoft-openai")
    assert sorted(shipped, key=repr) == sorted(sample_units(SAMPLE, SEED_PREFIX + "microsoft-openai"), key=repr)


def test_a_fresh_memory_round_trips_the_garbled_sample_offline(tmp_path):
    with open_memory(tmp_path / "tm.sqlite3") as memory:
        translator = MemoryTranslator(memory)
        back = translator.translate(MT, "de", "en")
        assert back == SOURCE
        forward = translator.translate(back, "en", "de")
    assert None not in forward
    assert " ".join(forward) == " ".join(REFERENCE_TEXT.split())  # every reference sentence, in order
    assert "Wiederannäherung" in forward[MT.index(next(s for s in MT if "Wiedereinnahme" in s))]


def test_the_default_memory_lives_in_feinschliff_home_and_is_seeded(tmp_path, monkeypatch):
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path))
    with open_memory() as memory:
        assert memory.path == tmp_path / "memory.sqlite3"
        assert memory.counts()["units"] == len(read_tmx(SEED_DIR / "microsoft-openai.tmx"))


def test_seed_is_imported_once_and_again_when_it_changes(tmp_path):
    seeds = tmp_path / "seed"
    seeds.mkdir()
    shutil.copy(SEED_DIR / "microsoft-openai.tmx", seeds / "article.tmx")
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.add_units([Unit("de", "en", MT[0], "a user's own translation", "tmx:mine")])
        assert ensure_seed(memory, seeds) > 0
        assert ensure_seed(memory, seeds) == 0  # unchanged: nothing imported
        (seeds / "article.tmx").write_bytes((seeds / "article.tmx").read_bytes().replace(
            SOURCE[1].encode(), b"An edited source sentence."))
        assert ensure_seed(memory, seeds) > 0
        assert memory.lookup([MT[1], MT[0]], "de", "en") == ["An edited source sentence.", "a user's own translation"]


def test_samples_that_do_not_correspond_are_refused_with_the_line(tmp_path):
    sample = tmp_path / "broken"
    shutil.copytree(SAMPLE, sample)
    lines = (SAMPLE / "source.en.txt").read_text("utf-8").split("\n")
    lines[2] = lines[2].split(". ", 1)[1]  # drop the first sentence of line 3
    (sample / "source.en.txt").write_text("\n".join(lines), "utf-8")
    with pytest.raises(InputError, match=r"broken: mt\.de\.txt has 37 sentences and source\.en\.txt 36; .*line 3 is"):
        sample_units(sample, "seed:broken")


def test_build_seed_writes_a_tmx_the_memory_reads(tmp_path):
    path = build_seed(SAMPLE, tmp_path)
    assert path == tmp_path / "microsoft-openai.tmx"
    units = read_tmx(path)
    assert {(u.source_lang, u.target_lang) for u in units} == {("en", "de"), ("de", "en")}
    assert sum(1 for u in units if u.source_lang == "de") == len(MT)
