"""The glossary screen: the loaded glossary with search; add, override and remove entries."""

from __future__ import annotations

import pytest
from review_helpers import copy_sample, review_app
from test_tui_review import SIZE, opened
from textual.widgets import DataTable, Input

from feinschliff.tui.screens.entry_form import EntryScreen
from feinschliff.tui.screens.glossary import GlossaryScreen


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


async def fill(pilot, screen: EntryScreen, **values: str) -> None:
    for name, value in values.items():
        screen.query_one(f"#entry-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_search_add_override_and_remove(tmp_path):
    article = copy_sample(tmp_path)
    learned = article.with_name("glossary.learned.tsv")
    app = review_app(article)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        review = await opened(app, pilot)
        shipped = len(review.doc.glossary)
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GlossaryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == shipped
        screen.query_one("#glossary-search", Input).value = "Foundry"
        await pilot.pause()
        assert table.row_count == 1 and table.get_row_at(0)[0] == "Azure AI Foundry"

        await pilot.press("d")  # a shipped entry: refused, with the way out
        await pilot.pause()
        assert "override it" in list(app._notifications)[-1].message

        await pilot.press("e")  # editing a shipped entry overrides it in the learn file
        await pilot.pause()
        await fill(pilot, app.screen, forbidden="Azure Ai Giesel|Azure KI Foundry")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert "Azure AI Foundry\tAzure AI Foundry\tAzure Ai Giesel|Azure KI Foundry" in learned.read_text("utf-8")

        screen.query_one("#glossary-search", Input).value = ""
        await pilot.press("a")
        await pilot.pause()
        await fill(pilot, app.screen, source="re-engagement test", target="Wiederannäherungstest")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert table.row_count == shipped + 1
        assert "re-engagement test\tWiederannäherungstest" in learned.read_text("utf-8")

        screen.query_one("#glossary-search", Input).value = "Wiederannäherungstest"
        await pilot.pause()
        table.focus()
        await pilot.press("d", "y")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert "Wiederannäherungstest" not in learned.read_text("utf-8")
        await pilot.press("escape")
        assert app.screen is review


async def test_invalid_entry_keeps_the_form_open_with_the_reason(tmp_path):
    article = copy_sample(tmp_path)
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        await opened(app, pilot)
        await pilot.press("g", "a")
        await pilot.pause()
        form = app.screen
        await fill(pilot, form, source="compute", target="")
        assert app.screen is form
        assert "empty target term" in str(form.query_one("#entry-error").render())
