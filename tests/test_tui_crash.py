"""kill -9 loses nothing: a headless editor in a subprocess decides issue after issue and
reports each one once the screen shows it; it is killed with SIGKILL mid-stream, and
re-opening the document shows every reported decision."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from review_helpers import copy_sample, review_app
from test_tui_review import SIZE, opened

TESTS = Path(__file__).resolve().parent

CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from review_helpers import review_app

    async def main():
        app = review_app(Path({path!r}))
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            await pilot.press("n")
            while screen.issue is not None:
                issue = screen.issue
                state = screen.review.segment_of(issue)
                if issue in state.decisions:
                    break
                for key in ("a", "r"):
                    await pilot.press(key)
                    decision = screen.review.segment_of(issue).decisions.get(issue)
                    if decision:
                        print("DONE", issue, decision, flush=True)
                        break
            print("ALL", flush=True)
            await asyncio.sleep(3600)

    asyncio.run(main())
    """
)


@pytest.mark.parametrize("kill_after", [1, 4, 9])
async def test_sigkill_loses_no_shown_decision(tmp_path, monkeypatch, kill_after):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))
    article = copy_sample(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(tests=str(TESTS), path=str(article))],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=os.environ.copy())
    shown: dict[str, str] = {}
    try:
        for line in child.stdout:
            words = line.split()
            if words[0] == "DONE":
                shown[words[1]] = words[2]
            if len(shown) >= kill_after or words[0] == "ALL":
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(shown) >= min(kill_after, 1)

    app = review_app(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        for issue, decision in shown.items():
            assert screen.review.segment_of(issue).decisions.get(issue) == decision
