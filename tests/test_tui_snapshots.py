"""Screenshots of the main screens (pytest-textual-snapshot; Textual pinned to 8.2.8).

Regenerate after a Textual upgrade with ``pytest tests/test_tui_snapshots.py --snapshot-update``
and review the SVGs. The app runs on a private copy of the sample, opened by a relative path
so that no temporary directory shows up on screen; cursors do not blink.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from review_helpers import copy_sample, review_app
from test_tui_review import until
from textual.widgets import Input, TextArea

SIZE = (120, 36)


@pytest.fixture
def sample_app(tmp_path, monkeypatch):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))
    copy_sample(tmp_path)
    monkeypatch.chdir(tmp_path)
    return review_app(Path("microsoft-openai/mt.de.txt"))


def steady(*keys: str):
    """run_before: wait for the document, press ``keys``, let workers finish, stop blinking."""

    async def run(pilot) -> None:
        app = pilot.app
        await app.workers.wait_for_complete()
        await until(pilot, lambda: app.screen.session.scores.ready)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            await app.screen.workers.wait_for_complete()
        await pilot.pause(0.3)
        await app.screen.workers.wait_for_complete()
        for widget in app.screen.query("Input, TextArea"):
            assert isinstance(widget, Input | TextArea)
            widget.cursor_blink = False
            # TextArea caches a line drawn in a blink's off phase under the same key as a line
            # with blinking turned off, so the cursor would stay hidden: drop that cache.
            widget.notify_style_update()
            widget.refresh()
        await pilot.pause()

    return run


def test_main_screen_with_the_current_issue(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=SIZE, run_before=steady("n", "n"))


def test_approved_fix_and_live_status(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=SIZE, run_before=steady("n", "n", "a"))


def test_edit_screen_with_live_flags(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=SIZE, run_before=steady("n", "e"))


def test_help_screen(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=SIZE, run_before=steady("f1"))


def test_glossary_screen(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=SIZE, run_before=steady("g"))


def test_filter_prompt(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=SIZE, run_before=steady("f"))
