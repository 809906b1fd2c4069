"""Check documents on a Dask distributed cluster (the optional extra ``feinschliff[dask]``).

``--executor dask://HOST:PORT`` names the scheduler (port 8786 when left out). Every worker
needs the same version of Feinschliff installed; a check that this holds runs before any task
is sent. Documents travel with their bytes (``documents.with_files``), so workers need no access to
the client's files. A DeepL backend is built on the worker from the worker's own environment
(``DEEPL_AUTH_KEY``): keys never travel with the tasks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import FeinschliffError, UsageError
from ..pipeline import DocumentResult
from .documents import Done, DocumentTask, run_task, with_files

SCHEME = "dask://"
DEFAULT_PORT = 8786
CONNECT_TIMEOUT = "20s"
WORKER_TIMEOUT = 60
_ADDRESS = re.compile(r"dask://(?P<host>\[[0-9a-fA-F:]+\]|[\w.-]+)(?::(?P<port>\d{1,5}))?/?")


def scheduler_address(executor: str) -> str:
    """``dask://HOST:PORT`` → the scheduler's ``tcp://HOST:PORT``."""
    match = _ADDRESS.fullmatch(executor)
    if match is None:
        raise UsageError(f"--executor {executor!r}: expected dask://HOST:PORT (e.g. dask://scheduler:8786)")
    return f"tcp://{match['host']}:{match['port'] or DEFAULT_PORT}"


def _worker_version() -> str:
    from ... import __version__

    return __version__


def _connect(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("a Dask executor needs the extra: pip install 'feinschliff[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        versions = client.run(_worker_version)
    except TimeoutError:
        client.close()
        raise UsageError(f"the Dask scheduler at {address} has no workers (waited {WORKER_TIMEOUT} s)") from None
    except Exception as exc:  # a worker that cannot even import feinschliff fails here
        client.close()
        raise UsageError(f"the Dask workers at {address} cannot run Feinschliff: {exc}") from None
    wrong = {worker: v for worker, v in versions.items() if v != _worker_version()}
    if wrong:
        worker, version = next(iter(wrong.items()))
        client.close()
        raise UsageError(f"the Dask worker {worker} runs Feinschliff {version}, this is {_worker_version()}")
    return client


def map_on_cluster(tasks: Sequence[DocumentTask], executor: str, done: Done | None = None) -> list[DocumentResult]:
    """Every task's result, in order, computed on the cluster that ``executor`` names."""
    shipped = [with_files(task) for task in tasks]  # unreadable files fail here, before any work
    client = _connect(scheduler_address(executor))
    try:
        with client.as_current():
            return _gather(client.map(run_task, shipped, pure=False), tasks, done)
    finally:
        client.close()


def _gather(futures: list, tasks: Sequence[DocumentTask], done: Done | None) -> list[DocumentResult]:
    """The futures' results in task order, reported as each finishes; the first failure
    cancels the rest and is raised as the error it would have been locally."""
    from distributed import as_completed

    index = {future.key: i for i, future in enumerate(futures)}
    results: list[DocumentResult | None] = [None] * len(futures)
    try:
        for future in as_completed(futures):
            i = index[future.key]
            if future.status == "error":
                exception = future.exception()
                if isinstance(exception, FeinschliffError):
                    raise exception
                raise FeinschliffError(f"a Dask worker failed on {tasks[i].options.target}: "
                                       f"{type(exception).__name__}: {exception}")
            results[i] = future.result()
            if done is not None:
                done(i, results[i])
    except BaseException:
        for future in futures:
            future.cancel()
        raise
    return results  # type: ignore[return-value]
