"""The review editor on the sample article as XLIFF 2.0: inline markup shown as protected
tokens, fixes applied inside the <pc>, edits that drop markup refused, export as XLIFF."""

from __future__ import annotations

import shutil

import pytest
from review_helpers import SAMPLES, review_app
from test_tui_review import SIZE, opened, search, segment_of

from feinschliff.tui.screens.edit import EditScreen
from feinschliff.tui.widgets.flagged_text_area import FlaggedTextArea
from feinschliff.tui.widgets.highlight import MARKUP_STYLE, flagged_text


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


@pytest.fixture
def article(tmp_path):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("*.feinschliff-session*"))
    return folder / "article.xlf"


async def test_review_and_export_an_xliff(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        await search(pilot, "Giesel")
        index = segment_of(screen, "Azure Ai Giesel")
        state = screen.review.segments[index]
        assert state.anchor == "unit:s17" and '<pc id="1">' in state.text
        styled = [(s.start, s.end) for s in flagged_text(state, None).spans if str(s.style) == MARKUP_STYLE]
        assert [state.text[a:b] for a, b in styled] == ['<pc id="1">', "</pc>"]
        while True:
            await pilot.press("n")
            if screen.issue is not None and screen.current.issue(screen.issue).text == "Azure Ai Giesel":
                break
        await pilot.press("a")
        assert '<pc id="1">Azure AI Foundry</pc> erhältlich.' in screen.current.text
        # an edit that drops the markup is refused; the segment keeps its text
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditScreen)
        area = editor.query_one(FlaggedTextArea)
        area.load_text(area.text.replace('<pc id="1">', "").replace("</pc>", ""))
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.screen is editor:
            await pilot.press("escape")
            await pilot.pause()
        assert screen.review.segments[index].replaced_by is None
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
    written = article.with_name("article.repaired.xlf").read_text("utf-8")
    assert '<pc id="1">Azure AI Foundry</pc> erhältlich.</target>' in written
    assert written.count("<unit ") == 37
