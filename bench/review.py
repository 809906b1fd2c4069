"""Responsiveness of ``feinschliff review`` on a 10,000-segment document.

Run: ``python bench/review.py [--segments 10000]``. Prints numbers, asserts nothing.

The document is the sample article repeated until it has the requested number of segments
(its reference repeated alike, the shipped ``ai-tech`` glossary), written to a temporary
folder. The pipeline runs once, outside the measurements (its time is printed too); then the
editor runs headless (``App.run_test``) on the finished result, as it does after its loading
screen. Measured:

- first paint: from starting the app to the review screen's first frame (the live chrF
  statistics are computed after it, in a worker);
- CPU per cursor move: process CPU time of 300 ``j`` presses (and ``pagedown``), per press;
- a decision: journaled with fsync, re-scored, list and detail redrawn (CPU and wall);
- memory: resident set size after loading, and what the review state adds.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import psutil

from feinschliff.core.config import Config
from feinschliff.core.glossary import load_glossary
from feinschliff.core.pipeline import CheckOptions, check_document
from feinschliff.core.review import ReviewSession, learn_target
from feinschliff.core.textio import read_text
from feinschliff.tui.app import ReviewApp
from feinschliff.tui.document import ReviewDocument
from feinschliff.tui.screens.review import ReviewScreen

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "microsoft-openai"
MOVES = 300
PAGES = 30


def build(folder: Path, segments: int) -> tuple[Path, Path, int]:
    mt, reference = read_text(SAMPLE / "mt.de.txt"), read_text(SAMPLE / "reference.de.txt")
    per_copy = 37
    copies = -(-segments // per_copy)
    target, ref = folder / "big.de.txt", folder / "big.reference.de.txt"
    target.write_text("\n".join([mt.strip()] * copies) + "\n", "utf-8")
    ref.write_text("\n".join([reference.strip()] * copies) + "\n", "utf-8")
    return target, ref, copies


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


async def measure(doc: ReviewDocument) -> dict[str, float]:
    figures: dict[str, float] = {}
    app = ReviewApp(lambda _progress: doc, str(doc.path))
    painted: list[float] = []
    start_scoring = ReviewScreen._start_scoring
    ReviewScreen._start_scoring = lambda screen: (painted.append(time.perf_counter()), start_scoring(screen))[1]
    start = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        while not painted:  # the screen starts the chrF worker right after its first frame
            await pilot.pause(0.001)
        figures["first paint (s)"] = painted[0] - start
        screen = app.screen
        await screen.workers.wait_for_complete()
        figures["live chrF ready, in the background (s)"] = time.perf_counter() - start
        for key, count in (("j", MOVES), ("pagedown", PAGES)):
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(count):
                await pilot.press(key)
            figures[f"CPU per {key} (ms)"] = 1000 * (time.process_time() - cpu) / count
            figures[f"wall per {key} incl. Pilot idle (ms)"] = 1000 * (time.perf_counter() - wall) / count
        state, issue = next((s, i) for s in screen.review.segments[len(screen.review.segments) // 2:]
                            for i in s.issues if i.suggestion)
        screen.jump_to_segment(state.index)
        screen.issue = issue.id
        decided = screen.session.totals().decided
        cpu, wall = time.process_time(), time.perf_counter()
        await pilot.press("a")
        figures["approve: decisions added"] = screen.session.totals().decided - decided
        figures["approve: CPU (ms)"] = 1000 * (time.process_time() - cpu)
        figures["approve: wall incl. fsync (ms)"] = 1000 * (time.perf_counter() - wall)
        cpu = time.process_time()
        screen.action_filter()
        await pilot.pause()
        await pilot.press("down", "enter")
        figures["filter to flagged: CPU (ms)"] = 1000 * (time.process_time() - cpu)
        figures["segments shown after filter"] = len(screen.segment_list.order)
        figures["RSS with the editor open (MiB)"] = rss_mib()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feinschliff-bench-") as tmp:
        folder = Path(tmp)
        target, reference, copies = build(folder, args.segments)
        glossary = load_glossary("ai-tech")
        config = Config()
        before = rss_mib()
        started = time.perf_counter()
        result = check_document(CheckOptions(target, reference=reference), config, glossary)
        pipeline = time.perf_counter() - started
        after_pipeline = rss_mib()
        started = time.perf_counter()
        session = ReviewSession.for_result(result, config, glossary, defer_scores=True)
        review_state = time.perf_counter() - started
        after_review = rss_mib()
        doc = ReviewDocument(result, session, config, glossary, ["ai-tech"], learn_target(target, []),
                             lambda refs: load_glossary(refs[0]))
        figures = asyncio.run(measure(doc))
        session.close()
    issues = sum(len(s.issues) for s in result.segments)
    print(f"document: {len(result.segments)} segments ({copies} copies of the sample), {issues} issues")
    print(f"pipeline (not part of the editor's figures): {pipeline:.1f} s, RSS +{after_pipeline - before:.0f} MiB")
    print(f"review state and session: {review_state:.2f} s, RSS +{after_review - after_pipeline:.0f} MiB")
    for name, value in figures.items():
        print(f"{name}: {value:.1f}" if value % 1 else f"{name}: {value:.0f}")


if __name__ == "__main__":
    main()
