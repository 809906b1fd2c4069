"""The whole review loop with Pilot on the sample article and the real pipeline: move,
approve, reject, edit with live flags, undo/redo, filter, search, save, resume, export."""

from __future__ import annotations

import json

import pytest
from review_helpers import copy_sample, review_app

from feinschliff.core.review import session_path
from feinschliff.tui.screens.edit import EditScreen
from feinschliff.tui.screens.info import HelpScreen
from feinschliff.tui.screens.review import ReviewScreen
from feinschliff.tui.widgets.flagged_text_area import FlaggedTextArea
from feinschliff.tui.widgets.segment_list import SegmentList

SIZE = (140, 40)


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


@pytest.fixture
def article(tmp_path):
    return copy_sample(tmp_path)


async def opened(app, pilot) -> ReviewScreen:
    """The review screen once the document is loaded and the live chrF statistics are in."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, ReviewScreen), app.screen
    await until(pilot, lambda: app.screen.session.scores.ready)
    return app.screen


async def until(pilot, condition, seconds: float = 60.0) -> None:
    """Let the app run until ``condition()`` holds (background work finishing)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the app did not get there in time")


def segment_of(screen: ReviewScreen, needle: str) -> int:
    return next(s.index for s in screen.review.segments if needle in s.segment.text)


async def search(pilot, query: str) -> None:
    await pilot.press("slash")
    await pilot.press(*query)
    await pilot.press("enter")
    await pilot.pause()


async def test_approving_the_garbled_terms_and_exporting(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        for needle in ("Azure Ai Giesel", "Wiedereinnahme"):
            await search(pilot, needle)
            assert screen.segment_list.order == [segment_of(screen, needle)]
            while True:
                await pilot.press("n")
                if screen.issue is not None and screen.current.issue(screen.issue).text == needle:
                    break
            await pilot.press("a")
            assert needle not in screen.current.text
        await search(pilot, "")
        assert "2/" in str(screen.query_one("#status").render())
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
    repaired = article.with_name("mt.de.repaired.txt").read_text("utf-8")
    assert "Azure AI Foundry" in repaired and "Wiedereinnahme" not in repaired
    original = article.read_text("utf-8")
    assert len(repaired.splitlines()) == len(original.splitlines())
    decisions = json.loads(article.with_name("mt.de.decisions.json").read_text("utf-8"))
    approved = sorted(i["text"] for s in decisions["segments"] for i in s["issues"] if i["decision"] == "approve")
    assert approved == ["Azure Ai Giesel", "Wiedereinnahme"]


async def test_keys_move_the_cursor_through_the_list(article):
    app = review_app(article)
    async with app.run_test(size=(140, 20)) as pilot:  # fewer rows than segments: the list scrolls
        screen = await opened(app, pilot)
        listing = screen.segment_list
        await pilot.press("down", "down", "j")
        assert listing.position == 3
        await pilot.press("up", "k", "k", "k")
        assert listing.position == 0
        await pilot.press("pagedown")
        page = listing.position
        assert page == listing.scrollable_content_region.height - 1
        await pilot.press("end")
        await pilot.pause()
        assert listing.segment == len(screen.review.segments) - 1
        assert listing.scroll_offset.y > 0
        await pilot.press("home")
        await pilot.pause()
        assert (listing.position, listing.scroll_offset.y) == (0, 0)
        await pilot.click(SegmentList, offset=(5, 4))
        await pilot.pause()
        assert listing.position == 3 and "Segment 4 of" in str(screen.query_one("#detail-body").render())


async def test_reject_undo_redo_and_live_scores(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        start = screen.session.totals()
        await pilot.press("n", "r")
        after_reject = screen.session.totals()
        assert after_reject.decided == start.decided + 1
        assert after_reject.mqm_per_1000 < start.mqm_per_1000
        await pilot.press("u")
        assert screen.session.totals() == start
        await pilot.press("ctrl+r")
        assert screen.session.totals().decided == start.decided + 1
        await pilot.press("u", "u")  # nothing left to undo: a warning, no change
        assert screen.session.totals() == start


async def test_edit_shows_flags_live_and_rechecks_the_segment(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        index = segment_of(screen, "Azure Ai Giesel")
        screen.jump_to_segment(index)
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditScreen)
        area = editor.query_one(FlaggedTextArea)
        await editor.workers.wait_for_complete()
        await pilot.pause()
        assert "Azure Ai Giesel" in [i.text for i in area.flagged]
        text = area.text.replace("Azure Ai Giesel", "Azure AI Foundry").replace("Github", "GitHub")
        area.load_text(text)
        area.move_cursor(area.document.end)
        await pilot.press("space", *"Wiedereinnahme")
        await pilot.pause(0.3)
        await editor.workers.wait_for_complete()
        await pilot.pause()
        flagged = [i.text for i in area.flagged]
        assert "Azure Ai Giesel" not in flagged and "Wiedereinnahme" in flagged
        await pilot.press("ctrl+s")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        state = screen.review.segments[index]
        assert state.replaced_by == "edit" and state.text.endswith("Wiedereinnahme")
        assert [i.text for i in state.issues if i.rule.startswith("glossary.")] == ["Wiedereinnahme"]


async def test_filter_search_and_help(article):
    app = review_app(article, "--key", "approve=y")
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # "Undecided segments"
        await pilot.pause()
        order = screen.segment_list.order
        assert order and len(order) < len(screen.review.segments)
        assert all(screen.review.segments[i].state == "open" for i in order)
        await search(pilot, "Copilot")
        assert all("Copilot" in screen.review.segments[i].text for i in screen.segment_list.order)
        await pilot.press("n", "y")  # the remapped approve key
        assert screen.session.totals().decided == 1
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "approve" in app.screen._keys and app.screen._keys["approve"] == ["y"]
        await pilot.press("escape")


async def test_save_quit_and_resume_at_the_same_place(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        await pilot.press("n", "a", "n", "r", "j", "j")
        place = (screen.segment_list.segment, screen.issue)
        decided = {s.index: dict(s.decisions) for s in screen.review.segments if s.decisions}
        await pilot.press("ctrl+s")
        await pilot.press("q")
    assert session_path(article).exists()
    again = review_app(article)
    async with again.run_test(size=SIZE) as pilot:
        screen = await opened(again, pilot)
        assert (screen.segment_list.segment, screen.issue) == place
        assert {s.index: dict(s.decisions) for s in screen.review.segments if s.decisions} == decided


async def test_learning_a_rule_writes_the_glossary_and_rechecks(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        index = segment_of(screen, "Azure Ai Giesel")
        screen.jump_to_segment(index)
        screen.issue = next(i.id for i in screen.current.issues if i.text == "Azure Ai Giesel")
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        learned_path = str(article.with_name("glossary.learned.tsv"))
        assert screen.doc.glossary_refs[-1] == learned_path
        entry = next(e for e in screen.doc.glossary if e.source == "Azure AI Foundry")
        assert entry.path == learned_path and entry.forbidden == ("Azure Ai Giesel",)
        assert any(n.message.startswith("learned “Azure AI Foundry”") for n in app._notifications)
    again = review_app(article)
    async with again.run_test(size=SIZE) as pilot:
        await opened(again, pilot)
        assert again.doc.glossary_refs == ["ai-tech", learned_path]
    learned = article.with_name("glossary.learned.tsv").read_text("utf-8").splitlines()
    assert learned[0].startswith("source\ttarget\tforbidden")
    row = learned[1].split("\t")
    assert row[:3] == ["Azure AI Foundry", "Azure AI Foundry", "Azure Ai Giesel"]
    assert row[5].endswith(f"learned from review of mt.de.txt segment {index + 1}")


async def test_the_command_palette_lists_the_editor_actions(article):
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        for title in ("Approve the fix", "Reject the fix", "Edit the segment", "Undo", "Glossary screen",
                      "Learn the fix as a glossary rule", "Export the repaired text and the decisions"):
            assert title in titles
