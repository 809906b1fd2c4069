"""`feinschliff check` with a re-translation backend: the memory (offline default) and DeepL
through the real client against the local server, with a source (re-translated) and without
(round trip); the report names the mode and the key never leaves the environment."""

import json
import os
from pathlib import Path

import pytest
from conftest_deepl import TEST_KEY

from feinschliff.cli.main import main

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
MT, SOURCE = SAMPLE / "mt.de.txt", SAMPLE / "source.en.txt"


def report(capsys, *argv) -> tuple[int, dict]:
    code = main(["check", str(MT), "--no-defaults", "--glossary", "ai-tech", "--format", "json", *argv])
    return code, json.loads(capsys.readouterr().out)["documents"][0]


@pytest.mark.parametrize(("argv", "mode"), [
    (["--source", str(SOURCE)], "retranslated"),
    ([], "round-trip"),
])
def test_memory_backend_works_offline_for_the_samples(capsys, argv, mode):
    code, document = report(capsys, *argv, "--retranslate", "memory")
    assert code == 1
    assert (document["mode"], document["backend"]) == (mode, "memory")
    assert document["warnings"] == []
    segments = document["segments"]
    assert all(s["reference"] and s["source"] for s in segments)
    assert document["summary"]["corpus"]["chrf"] > 50
    giesel = [i for s in segments for i in s["issues"] if i["text"] == "Azure Ai Giesel"]
    assert giesel and giesel[0]["suggestion"] == "Azure AI Foundry"


def test_deepl_backend_through_the_local_server(deepl_env, capsys, tmp_path):
    code, document = report(capsys, "--source", str(SOURCE), "--retranslate", "deepl")
    assert code == 1 and (document["mode"], document["backend"]) == ("retranslated", "deepl")
    translated = [r for r in deepl_env.requests("/v2/translate", "POST")]
    assert translated and all(r.body.get("glossary_id") for r in translated)  # the glossary rides along
    code, trip = report(capsys, "--retranslate", "deepl")
    assert (trip["mode"], trip["backend"]) == ("round-trip", "deepl")
    assert {s["reference"] for s in trip["segments"]} == {s["reference"] for s in document["segments"]}
    home = Path(os.environ["FEINSCHLIFF_HOME"])
    for path in [*home.rglob("*")]:
        if path.is_file():
            assert TEST_KEY.encode() not in path.read_bytes(), path
    assert TEST_KEY not in json.dumps(document) + json.dumps(trip)


def test_unusable_key_is_one_line_and_exit_2(deepl_env, capsys, monkeypatch):
    monkeypatch.setenv("DEEPL_AUTH_KEY", "not-the-key")
    assert main(["check", str(MT), "--no-defaults", "--retranslate", "deepl"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "403" in err and "not-the-key" not in err


def test_deepl_write_candidates_for_flagged_segments(deepl_env, capsys):
    code, document = report(capsys, "--write")
    flagged = [s for s in document["segments"] if s["issues"]]
    writes = [c for s in flagged for c in s["candidates"] if c["kind"] == "deepl-write"]
    assert writes and all(c["text"] for c in writes)
    assert all(not s["candidates"] for s in document["segments"] if not s["issues"])
    sent = [r.body for r in deepl_env.requests("/v2/write/rephrase", "POST")]
    assert sent and sum(len(b["text"]) for b in sent) <= len(flagged)


def test_deepl_write_without_a_key_is_one_line(capsys):
    assert main(["check", str(MT), "--no-defaults", "--retranslate", "none", "--write"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DEEPL_AUTH_KEY" in err
