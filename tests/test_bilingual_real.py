"""A real-size XLIFF: 766 units of real English→German MT (the WMT 2021 TED MQM dev split,
read in place from ../shared/eval) give the same flags as the same text checked as
line-parallel files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from feinschliff.cli.main import main

#: ../shared beside the clone (CI), else the workplace's shared folder (a worktree elsewhere)
SHARED = next((p for p in (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared")) if p.is_dir()),
              Path("/work/shared"))
MQM = SHARED / "eval" / "mqm-ted-dev" / "mqm_ted_ende.dev.tsv"
UNITS = 766


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


def mt_pairs() -> list[tuple[str, str, str]]:
    """(unit id, English source, German MT) of the MT systems' segments, in system order."""
    lines = MQM.read_text("utf-8").splitlines()[1:]
    seen: dict[tuple[str, int, int], tuple[str, str]] = {}
    for line in lines:
        system, _doc, doc_id, seg_id, _rater, source, target, *_ = line.split("\t")
        if system != "ref":
            seen.setdefault((system, int(doc_id), int(seg_id)), (source, re.sub(r"</?v>", "", target)))
    keys = sorted(seen)[:UNITS]
    return [(f"{s}-{d}-{n}", *seen[(s, d, n)]) for s, d, n in keys]


def _report(capsys, *argv) -> dict:
    main(["check", *map(str, argv), "--retranslate", "none", "--glossary", "ai-tech", "--format", "json"])
    return json.loads(capsys.readouterr().out)["documents"][0]


def _flags(segment: dict) -> list[tuple]:
    return sorted((i["rule"], i["severity"], i["text"], i["suggestion"], i["start"], i["end"]) for i in segment["issues"])


def test_766_units_flag_like_line_parallel_text(tmp_path, capsys):
    pairs = mt_pairs()
    assert len(pairs) == UNITS
    units = "".join(f'<unit id="{uid}"><segment><source>{escape(src)}</source><target>{escape(tgt)}</target>'
                    "</segment></unit>\n" for uid, src, tgt in pairs)
    xlf = tmp_path / "ted.xlf"
    xlf.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
                   f'version="2.0" srcLang="en" trgLang="de"><file id="ted">\n{units}</file></xliff>\n', "utf-8")
    (tmp_path / "mt.de.txt").write_text("".join(t + "\n" for _, _, t in pairs), "utf-8")
    (tmp_path / "source.en.txt").write_text("".join(s + "\n" for _, s, _ in pairs), "utf-8")
    bilingual = _report(capsys, xlf)
    text = _report(capsys, tmp_path / "mt.de.txt", "--lines", "--source", tmp_path / "source.en.txt")
    assert bilingual["mode"] == text["mode"] == "source"
    assert len(bilingual["segments"]) == UNITS
    assert bilingual["summary"]["issues"] >= 5
    # units are never re-aligned, and line-parallel files are not either: line k is unit k
    assert len(text["segments"]) == UNITS
    for unit, segment in zip(bilingual["segments"], text["segments"]):
        assert segment["alignment"]["target"] == segment["alignment"]["source"] == [segment["index"]]
        assert unit["text"] == segment["text"]
        assert _flags(unit) == _flags(segment), unit["text"]
    assert bilingual["summary"]["by_rule"] == text["summary"]["by_rule"]
