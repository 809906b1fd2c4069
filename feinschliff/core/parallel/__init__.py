"""Spread work over processes and machines: ``map_ranges`` splits one document's segments over
forked workers (``ranges``); ``document_task``/``map_documents`` check one document per worker
process (``documents``); ``map_on_cluster``/``scheduler_address`` hand documents to a Dask
cluster (``cluster``, loaded on first use with the optional extra ``feinschliff[dask]``)."""

from importlib import import_module

from .ranges import can_fork, default_jobs, map_ranges

_LAZY = {"DocumentTask": "documents", "document_task": "documents", "map_documents": "documents",
         "run_task": "documents", "map_on_cluster": "cluster", "scheduler_address": "cluster"}
__all__ = ["can_fork", "default_jobs", "map_ranges", *sorted(_LAZY)]


def __getattr__(name: str):  # the document modules import the pipeline, which imports map_ranges
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_LAZY[name]}", __name__), name)
