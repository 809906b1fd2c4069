"""``feinschliff export`` and ``feinschliff review`` from the command line: exports from the
session without the editor, one-line errors with exit code 2 for bad input."""

from __future__ import annotations

import json

import pytest
from review_helpers import copy_sample, review_app
from test_tui_review import SIZE, opened

from feinschliff.cli.main import main


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


async def test_export_uses_the_session_of_the_editor(tmp_path, capsys):
    article = copy_sample(tmp_path)
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        await pilot.press("slash", *"Giesel", "enter", "A")
        await pilot.press("slash", *"Wiedereinnahme", "enter", "A")
        decided = screen.session.totals().decided
        await pilot.press("q")
    out, decisions = tmp_path / "fixed.txt", tmp_path / "d.json"
    assert main(["export", str(article), "-o", str(out), "--decisions", str(decisions)]) == 0
    repaired = out.read_text("utf-8")
    assert "Azure AI Foundry" in repaired and "Wiedereinnahme" not in repaired
    document = json.loads(decisions.read_text("utf-8"))
    assert document["progress"]["decided"] == decided
    assert document["input_sha256"] and document["input"] == str(article)
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{out}: ") and f"{decided} of " in line


def test_export_without_a_session_is_a_one_line_error(tmp_path, capsys):
    article = copy_sample(tmp_path)
    assert main(["export", str(article)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("feinschliff: error: no review session for") and "\n" not in err
    assert not article.with_name("mt.de.repaired.txt").exists()


@pytest.mark.parametrize(("content", "message"), [
    (b"\x00\x01binary", "binary file (NUL byte)"),
    (b"caf\xe9\n", "invalid UTF-8"),
])
def test_review_refuses_bad_input_before_opening_the_screen(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.de.txt"
    bad.write_bytes(content)
    assert main(["review", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{bad}:1: " in err and message in err


async def test_a_pipeline_error_closes_the_editor_with_the_error(tmp_path):
    article = copy_sample(tmp_path)
    missing = tmp_path / "no-such-reference.de.txt"
    app = review_app(article, "--reference", str(missing))
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(600):
            if app.return_code is not None:
                break
            await pilot.pause(0.05)
    assert app.return_code == 2
    assert str(app.error) == f"{missing}: no such file"


def test_unknown_key_id_is_a_usage_error(tmp_path, capsys):
    article = copy_sample(tmp_path)
    assert main(["review", str(article), "--key", "approve-everything=y"]) == 2
    err = capsys.readouterr().err
    assert "unknown id 'approve-everything'" in err and err.count("\n") == 1
