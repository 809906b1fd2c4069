"""Spread per-segment work over worker processes.

Workers are forked, so they inherit everything the parent has built (glossary indexes,
lemma caches, the segments themselves) without pickling it; only each range's results travel
back. A small first range runs in the parent to build those shared structures before the
fork. Where fork is unavailable, or the work is small, everything runs in the parent.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
RangeTask = Callable[[int, int], list[T]]

WARM_UP = 64
CHUNKS_PER_WORKER = 4
_task: RangeTask | None = None


def default_jobs() -> int:
    return min(2, os.cpu_count() or 1)


def _run(bounds: tuple[int, int]) -> list:
    assert _task is not None
    return _task(*bounds)


@contextmanager
def collection_paused() -> Iterator[None]:
    """The garbage collector off while this process unpickles what its workers send back:
    tens of thousands of new objects would trigger collections that find nothing to free
    (results hold no reference cycles), which doubles the time to load them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def can_fork() -> bool:
    """Forking is safe only from a single-threaded process (e.g. not from a UI worker)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def map_ranges(task: RangeTask, count: int, jobs: int | None = None, min_count: int = 2000,
               warm_up: int = WARM_UP) -> list[T]:
    """``task(start, end)`` over ``range(count)`` in order, in up to ``jobs`` processes; the
    first ``warm_up`` items run in the parent first (to build what the workers inherit)."""
    global _task
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or count < min_count or not can_fork():
        return task(0, count)
    results = task(0, warm_up) if warm_up else []
    size = max(1, -(-(count - warm_up) // (jobs * CHUNKS_PER_WORKER)))
    ranges = [(start, min(count, start + size)) for start in range(warm_up, count, size)]
    _task = task
    gc.freeze()  # the workers' collector leaves inherited objects alone, so their pages stay shared
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = pool.map(_run, ranges)  # forks the workers, with the collector on
            with collection_paused():
                for part in parts:
                    results.extend(part)
    finally:
        _task = None
        gc.unfreeze()
    return results
