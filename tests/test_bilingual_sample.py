"""The sample article as XLIFF 2.0: the same issues as the plain-text run, and the garbled
product name repaired inside its <pc>."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from review_helpers import SAMPLES
from translate.storage import xliff2

from feinschliff.cli.main import main
from feinschliff.core.formats.load import load_bilingual
from feinschliff.core.markup import plain_text
from feinschliff.core.segment import split_sentences

ARTICLE = SAMPLES / "article.xlf"
PC_SOURCE = '<pc id="1">Azure AI Foundry</pc>'
PC_TARGET = '<pc id="1">Azure Ai Giesel</pc>'


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


def _sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences((SAMPLES / name).read_text("utf-8"), lang)]


def test_the_units_are_the_articles_sentence_pairs():
    doc = load_bilingual(ARTICLE)
    assert doc.format == "xliff-2" and (doc.source_lang, doc.target_lang) == ("en", "de")
    assert [plain_text(u.target, doc.markup) for u in doc.units] == _sentences("mt.de.txt", "de")
    assert [plain_text(u.source, doc.markup) for u in doc.units] == _sentences("source.en.txt", "en")
    marked = [u for u in doc.units if "<pc" in u.target]
    assert len(marked) == 1 and PC_TARGET in marked[0].target and PC_SOURCE in marked[0].source


def _report(capsys, *argv) -> dict:
    code = main(["check", *map(str, argv), "--format", "json"])
    assert code == 1  # the garbled article fails the gate in both runs
    return json.loads(capsys.readouterr().out)["documents"][0]


def _unmarked(text: str) -> str:
    return re.sub(r"</?pc[^>]*>", "", text)


def test_same_issues_as_the_plain_text_run(capsys):
    xliff = _report(capsys, ARTICLE)
    text = _report(capsys, SAMPLES / "mt.de.txt", "--no-defaults", "--source", SAMPLES / "source.en.txt",
                   "--retranslate", "memory", "--glossary", "ai-tech")
    assert xliff["mode"] == text["mode"] == "retranslated"
    assert len(xliff["segments"]) == len(text["segments"]) == 37
    # One difference: the plain text's last paragraph stops mid-sentence ("… zu bauen. Das
    # Ergebnis wird bestimmen"), which fluency.unfinished-sentence flags; in the XLIFF that
    # sentence is a unit of its own, with no paragraph around it, like a heading or a UI string.
    unfinished = text["summary"]["by_rule"].pop("fluency.unfinished-sentence")
    last = text["segments"][-1]
    assert unfinished == 1 and [i["rule"] for i in last["issues"]] == ["fluency.unfinished-sentence"]
    last["issues"] = []
    assert xliff["summary"]["issues"] == text["summary"]["issues"] - 1 > 30
    assert xliff["summary"]["by_rule"] == text["summary"]["by_rule"]
    assert xliff["summary"]["words"] == text["summary"]["words"]
    assert xliff["format"] == "xliff-2" and "format" not in text
    assert [s["unit"] for s in xliff["segments"]] == [f"s{i}" for i in range(1, 38)]
    for unit, segment in zip(xliff["segments"], text["segments"]):
        assert _unmarked(unit["text"]) == segment["text"]
        assert ([(i["rule"], _unmarked(i["text"]), i["suggestion"], i["severity"]) for i in unit["issues"]]
                == [(i["rule"], i["text"], i["suggestion"], i["severity"]) for i in segment["issues"]])
        # offsets point into the target with its markup: the file's own characters
        content = ARTICLE.read_text("utf-8")
        assert content[unit["start"] : unit["end"]] == unit["text"]
        for issue in unit["issues"]:
            assert unit["text"][issue["start"] : issue["end"]] == issue["text"]


def test_the_pc_unit_is_repaired_inside_the_pc(tmp_path, capsys):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("*.feinschliff-session*"))
    article = folder / "article.xlf"
    from bilingual_review import approve_all

    approve_all(article, needle="Giesel")
    out = tmp_path / "article.reviewed.xlf"
    assert main(["export", str(article), "-o", str(out)]) == 0
    written = out.read_text("utf-8")
    assert '<pc id="1">Azure AI Foundry</pc> erhältlich.</target>' in written
    assert PC_TARGET not in written
    store = xliff2.Xliff2File.parsestring(out.read_bytes())
    original = xliff2.Xliff2File.parsestring(article.read_bytes())
    assert [u.getid() for u in store.units] == [u.getid() for u in original.units]
    changed = [(a, b) for a, b in zip(original.units, store.units) if a.target != b.target]
    assert len(changed) == 1
    assert "in Azure AI Foundry erhältlich" in changed[0][1].target
    assert changed[0][1].xmlelement.get("state") == "reviewed"
