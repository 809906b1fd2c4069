"""DeepL Write from the editor, against the local DeepL-compatible server: a suggestion
becomes a candidate the editor can take; a failure is a notification and the editor goes on."""

from __future__ import annotations

import pytest
from review_helpers import copy_sample, review_app
from test_tui_review import SIZE, opened

from feinschliff.deepl_server.server import DeepLServer

KEY = "review-test-key"


@pytest.fixture
def server(monkeypatch, tmp_path):
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))
    with DeepLServer("127.0.0.1", 0, auth_key=KEY) as running:
        monkeypatch.setenv("DEEPL_AUTH_KEY", KEY)
        monkeypatch.setenv("DEEPL_SERVER_URL", running.url)
        yield running


async def test_write_suggestion_is_offered_and_taken(server, tmp_path):
    article = copy_sample(tmp_path)
    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        screen.jump_to_segment(0)
        await pilot.press("w")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        state = screen.current
        offered = [c.text for c in state.segment.candidates if c.kind == "deepl-write"]
        assert len(offered) == 1 and offered[0] != state.segment.text
        assert server.requests("/v2/write/rephrase")
        await pilot.press("W")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert screen.current.text == offered[0]
        assert screen.current.replaced_by == "take"


async def test_write_failure_is_a_notification_and_the_editor_goes_on(server, tmp_path):
    server.inject("/v2/write/rephrase", status=456, message="Quota exceeded")
    article = copy_sample(tmp_path)
    app = review_app(article)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await opened(app, pilot)
        await pilot.press("w")
        await screen.workers.wait_for_complete()
        await pilot.pause()
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "quota" in errors[-1].message.lower()
        assert KEY not in errors[-1].message
        assert not any(c.kind == "deepl-write" for c in screen.current.segment.candidates)
        await pilot.press("n", "a")
        assert screen.session.totals().decided == 1
