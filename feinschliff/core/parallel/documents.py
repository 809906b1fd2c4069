"""Check many documents at once: each document is a ``DocumentTask``, run in worker processes
on this machine (``map_documents``) or on a Dask cluster (``cluster.map_on_cluster``).

A task carries everything its document needs and nothing that is tied to this process: the
options without the re-translation backend (a database connection or an HTTP session does not
travel), the backend's name, the configuration and the glossary. The worker builds the backend
itself. For a cluster, the task also carries the bytes of the document, its source and its
reference as the client read them, so workers need no shared file system and see exactly
those bytes. Results come back in the order of the tasks, whatever order they finish in, so a
parallel run writes the same reports as a serial one.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace

from ..config import Config
from ..errors import FeinschliffError
from ..glossary.model import Glossary
from ..pipeline import CheckOptions, DocumentResult, check_document
from ..textio import file_bytes, shipped
from .ranges import can_fork

#: called with (task index, result) as each document finishes
Done = Callable[[int, DocumentResult], None]


@dataclass(slots=True)
class DocumentTask:
    options: CheckOptions
    config: Config
    glossary: Glossary | None
    #: the re-translation backend the worker builds: "memory", "deepl", or "file"/"none" (no backend)
    backend: str
    #: path → bytes of the files the task reads, when they travel with it
    files: dict[str, bytes] = field(default_factory=dict)


def document_task(options: CheckOptions, config: Config, glossary: Glossary | None, backend: str) -> DocumentTask:
    """A task for one document, checked serially inside its worker."""
    return DocumentTask(replace(options, translator=None, jobs=1), config, glossary, backend)


def with_files(task: DocumentTask) -> DocumentTask:
    """The task with the bytes of its document, source and reference (read and checked here)."""
    options = task.options
    paths = [p for p in (options.target, options.source, options.reference) if p is not None]
    return replace(task, files={str(p): file_bytes(p, options.max_bytes) for p in paths})


def run_task(task: DocumentTask) -> DocumentResult:
    """Check one document; runs in a worker. Its error travels back as a fresh copy: the
    original's chain may hold what cannot be pickled (a parser's error log)."""
    try:
        return _check(task)
    except FeinschliffError as exc:
        error = exc
    raise type(error)(error.message, error.path, error.line)


def _check(task: DocumentTask) -> DocumentResult:
    options = task.options
    if task.backend in ("memory", "deepl"):
        from ..translate import make_translator

        translator = make_translator(task.backend, glossary=task.glossary, deepl_config=task.config.deepl)
        options = replace(options, translator=translator)
    with shipped(task.files):
        return check_document(options, task.config, task.glossary)


_tasks: Sequence[DocumentTask] = ()


def _run_inherited(index: int) -> DocumentResult:
    return run_task(_tasks[index])


def map_documents(tasks: Sequence[DocumentTask], jobs: int, done: Done | None = None) -> list[DocumentResult]:
    """Every task's result, in order, from up to ``jobs`` forked worker processes (serially
    here when there is one task, one job, or no safe way to fork)."""
    global _tasks
    done = done or (lambda _index, _result: None)
    results: list[DocumentResult | None] = [None] * len(tasks)
    if jobs <= 1 or len(tasks) <= 1 or not can_fork():
        for index, task in enumerate(tasks):
            results[index] = run_task(task)
            done(index, results[index])
        return results  # type: ignore[return-value]
    _tasks = tasks  # the workers inherit the tasks: nothing is pickled on the way out
    gc.freeze()
    try:
        with ProcessPoolExecutor(min(jobs, len(tasks)), mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {pool.submit(_run_inherited, i): i for i in range(len(tasks))}
            try:
                for future in as_completed(futures):
                    index = futures[future]
                    results[index] = future.result()
                    done(index, results[index])
            except BaseException:
                pool.shutdown(cancel_futures=True)  # a bad document stops the run at once
                raise
    finally:
        _tasks = ()
        gc.unfreeze()
    return results  # type: ignore[return-value]
