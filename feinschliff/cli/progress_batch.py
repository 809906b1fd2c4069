"""A progress bar for batch runs: documents done, segments checked and the current step.

Shown on stderr when it is a terminal and ``CI`` is not set; otherwise (a log file, a pipe,
a CI runner) nothing is drawn. The bar is transient: it leaves no trace in the terminal. It is
redrawn on each update rather than by a refresh thread, so the run stays single-threaded and
free to fork its worker processes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def progress_wanted(stream=None) -> bool:
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("CI")


class BatchProgress:
    """What the run reports: ``step`` (a message from the pipeline) and ``done`` (a document)."""

    def __init__(self, progress: Progress | None, total: int):
        self._progress = progress
        self._segments = 0
        self._task = progress.add_task("starting", total=total, segments=0) if progress else None

    def step(self, message: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=message, refresh=True)

    def done(self, segments: int) -> None:
        if self._progress is not None:
            self._segments += segments
            self._progress.update(self._task, advance=1, segments=self._segments, refresh=True)


@contextmanager
def batch_progress(total: int, console: Console | None = None) -> Iterator[BatchProgress]:
    """Draws on ``console`` (default: stderr, when ``progress_wanted``)."""
    if console is None and not progress_wanted():
        yield BatchProgress(None, total)
        return
    columns = (TextColumn("{task.description}", style="dim"), BarColumn(), MofNCompleteColumn(),
               TextColumn("documents · {task.fields[segments]} segments"), TimeElapsedColumn())
    with Progress(*columns, console=console or Console(stderr=True), transient=True,
                  auto_refresh=False) as progress:
        yield BatchProgress(progress, total)
