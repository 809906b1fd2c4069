"""Render the sample's HTML report in headless Chromium and save docs/report.png.

Run from the repository root, with the test extra installed and Debian's chromium:
    python docs/screenshot.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from feinschliff.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = Path("samples") / "microsoft-openai"  # relative, as a user types it


def render(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        main(["check", str(SAMPLE / "mt.de.txt"), "--source", str(SAMPLE / "source.en.txt"),
              "--format", "html", "-o", str(report)])
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 1500})
            page.goto(report.as_uri())
            page.screenshot(path=str(out))
            browser.close()


if __name__ == "__main__":
    os.chdir(ROOT)
    target = ROOT / "docs" / "report.png"
    render(target)
    print(f"wrote {target}", file=sys.stderr)
