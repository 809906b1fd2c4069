"""Real-terminal smoke test of ``feinschliff review``: run it in tmux, send keys, read the screen.

    python tests/tmux_smoke.py            # exit 0 on success, 1 with the last screen on failure

It copies the sample article to a temporary folder, opens it with the sample's defaults,
moves with the arrow keys, approves one fix, opens and closes the help screen, exports and quits, and checks the
screen after every step and the files at the end. ``tests/test_tui_tmux.py`` runs it when
tmux is installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
WIDTH, HEIGHT = 120, 36
STARTUP_SECONDS = 120
STEP_SECONDS = 20


class SmokeFailure(Exception):
    def __init__(self, message: str, screen: str):
        super().__init__(message)
        self.screen = screen


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


class Terminal:
    def __init__(self, command: str, cwd: Path):
        self.name = f"feinschliff-smoke-{uuid.uuid4().hex[:8]}"
        tmux("new-session", "-d", "-s", self.name, "-x", str(WIDTH), "-y", str(HEIGHT), "-c", str(cwd), command)
        tmux("set-option", "-t", self.name, "window-size", "manual")
        tmux("resize-window", "-t", self.name, "-x", str(WIDTH), "-y", str(HEIGHT))

    def screen(self) -> str:
        try:
            return tmux("capture-pane", "-p", "-t", self.name)
        except subprocess.CalledProcessError:
            return ""

    def send(self, *keys: str) -> None:
        tmux("send-keys", "-t", self.name, *keys)

    def wait_for(self, pattern: str, seconds: float = STEP_SECONDS) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            time.sleep(0.2)
        raise SmokeFailure(f"timed out waiting for /{pattern}/", self.screen())

    def wait_gone(self, pattern: str, seconds: float = STEP_SECONDS) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            screen = self.screen()
            if not re.search(pattern, screen):
                return screen
            time.sleep(0.2)
        raise SmokeFailure(f"timed out waiting for /{pattern}/ to go away", self.screen())

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def run(folder: Path) -> None:
    article = folder / "microsoft-openai" / "mt.de.txt"
    shutil.copytree(SAMPLES, article.parent)
    done = folder / "exit-code"
    command = (f"{sys.executable} -m feinschliff review microsoft-openai/mt.de.txt; "
               f"echo $? > {done}; sleep 30")
    term = Terminal(command, folder)
    try:
        screen = term.wait_for(r"0/\d+ issues decided", STARTUP_SECONDS)
        total = re.search(r"0/(\d+) issues decided", screen).group(1)
        term.send("Down")
        term.wait_for(r"Segment 2 of")
        term.send("Up")
        term.wait_for(r"Segment 1 of")
        term.send("n")
        term.wait_for(r"▶")
        term.send("a")
        term.wait_for(rf"1/{total} issues decided")
        term.send("F1")
        term.wait_for("Keys of the review editor")
        term.send("Escape")
        term.wait_gone("Keys of the review editor")
        term.send("x")
        term.wait_for(r"exported mt\.de\.repaired\.txt")
        term.send("q")
        deadline = time.monotonic() + STEP_SECONDS
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not done.exists() or done.read_text().strip() != "0":
            raise SmokeFailure("the editor did not quit with exit code 0", term.screen())
    finally:
        term.close()
    repaired = article.with_name("mt.de.repaired.txt").read_text("utf-8")
    if repaired == article.read_text("utf-8"):
        raise SmokeFailure("the approved fix is not in the exported text", "")
    if not article.with_name("mt.de.txt.feinschliff-session.sqlite").exists():
        raise SmokeFailure("no session file next to the input", "")


def main() -> int:
    if shutil.which("tmux") is None:
        print("tmux is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="feinschliff-smoke-") as folder:
        os.environ.setdefault("FEINSCHLIFF_HOME", str(Path(folder) / "home"))
        try:
            run(Path(folder))
        except SmokeFailure as failure:
            print(f"tmux smoke test failed: {failure}\n--- last screen ---\n{failure.screen}", file=sys.stderr)
            return 1
    print("tmux smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
