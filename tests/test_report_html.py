"""The HTML report in a real headless browser (Debian's Chromium, driven by Playwright): what
is on screen, and that nothing loads from outside the file, even when the documents hold
markup meant to fetch or run something."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from feinschliff.cli.main import main

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (bash .ci/run installs it)")

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
HOSTILE = ('Openai sagt <img src="http://198.51.100.7/pixel.png"> heute '
           '<script>document.title = "run"</script><link rel="stylesheet" href="https://198.51.100.7/x.css">.\n')


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def open_report(browser, path: Path):
    """The page and every URL it asked for (anything but the file itself is refused)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    asked: list[str] = []

    def route(r):
        asked.append(r.request.url)
        r.continue_() if r.request.url == path.as_uri() else r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("networkidle")
    return page, asked


def report_of(tmp_path, *args: str) -> Path:
    out = tmp_path / "report.html"
    assert main(["check", *args, "--format", "html", "-o", str(out)]) in (0, 1)
    return out


def test_the_sample_report_shows_summary_scores_chart_and_highlighted_spans(browser, tmp_path):
    out = report_of(tmp_path, str(SAMPLE / "mt.de.txt"), "--source", str(SAMPLE / "source.en.txt"))
    page, asked = open_report(browser, out)
    assert asked == [out.as_uri()]
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0
    assert page.locator("script").count() == 0
    assert page.title().startswith("Feinschliff report")
    cards = {c.locator(".label").inner_text(): c.locator(".value").inner_text() for c in page.locator(".card").all()}
    assert cards["documents"] == "1" and cards["segments (24 flagged)"] == "37"
    row = page.locator("table tbody tr").first
    assert row.is_visible() and "mt.de.txt" in row.inner_text() and "failed" in row.inner_text()
    chart = page.locator("svg").first
    box = chart.bounding_box()
    assert chart.is_visible() and box["width"] > 600 and box["height"] > 200
    assert page.locator("svg .bar").count() == 10
    flagged = page.locator("mark", has_text="ihre entscheidende Bündnisse")
    flagged.scroll_into_view_if_needed()
    assert flagged.is_visible() and "fluency.agreement" in flagged.get_attribute("title")
    pair = page.locator(".pair", has=page.locator("mark", has_text="Codependenz"))
    target, retranslation = pair.locator(".side.target").bounding_box(), pair.locator(".side.reference").bounding_box()
    assert retranslation["x"] > target["x"] + target["width"] - 1 and abs(retranslation["y"] - target["y"]) < 40
    assert pair.locator(".side.reference mark.fix").inner_text() == "gegenseitige Abhängigkeit"
    shot = page.screenshot(full_page=True)
    assert len(shot) > 50_000  # a rendered page, not a blank one


def test_markup_in_a_document_is_shown_as_text_and_fetches_nothing(browser, tmp_path):
    doc = tmp_path / "hostile.de.txt"
    doc.write_text(HOSTILE, encoding="utf-8")
    out = report_of(tmp_path, str(doc), "-g", "ai-tech", "--retranslate", "none")
    page, asked = open_report(browser, out)
    assert asked == [out.as_uri()]
    assert page.title().startswith("Feinschliff report")
    segment = page.locator(".side.target").first
    assert '<img src="http://198.51.100.7/pixel.png">' in segment.inner_text()
    assert "<script>" in segment.inner_text()
    assert page.locator(".side.target img, .side.target script, .side.target link").count() == 0
    assert page.locator("mark", has_text="Openai").is_visible()
