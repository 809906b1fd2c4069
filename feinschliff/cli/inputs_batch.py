"""Which documents a batch run checks: files, quoted globs with ``**``, directories and
``--files-from LIST``, with every document's source and reference found by convention.

Globs are expanded here (``**`` spans folders, ``{a,b}`` alternates, hidden files need a
leading dot in the pattern), so ``"translations/**/*.de.txt"`` means the same in every shell.
A directory is searched recursively for the ``[inputs] include`` patterns of its
configuration. Files that are some document's source or reference are not documents.
Anything that is not a regular file is refused at once (a FIFO would block the run).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from wcmatch import glob as wglob

from ..core.companions import GLOB_FLAGS
from ..core.config import Config, find_config, load_config
from ..core.errors import InputError, UsageError
from ..core.textio import special_kind

STDIN = "-"


def add_batch_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--files-from", metavar="LIST", action="append", default=[],
                       help="read document paths (or directories) from LIST, one per line; '-': stdin")


class _Configs:
    """Each document's configuration, each file read once per run (read-only here)."""

    def __init__(self, explicit: Path | None):
        self.explicit = explicit
        self._nearest: dict[Path, Path | None] = {}
        self._loaded: dict[Path | None, Config] = {}

    def __call__(self, path: Path) -> Config:
        if self.explicit is not None:
            where = self.explicit
        else:
            folder = (path if path.is_dir() else path.parent).resolve()
            if folder not in self._nearest:
                self._nearest[folder] = find_config(folder)
            where = self._nearest[folder]
        if where not in self._loaded:
            self._loaded[where] = load_config(where)
        return self._loaded[where]


def _regular(path: Path, where: tuple[str, int] | None = None) -> Path:
    """``path`` when it is a regular file; one-line error otherwise."""
    name, line = where if where else (str(path), None)
    prefix = f"{path}: " if where else ""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(f"{prefix}no such file", name, line) from None
    except OSError as exc:
        raise InputError(f"{prefix}cannot read: {exc.strerror or exc}", name, line) from None
    if not stat.S_ISREG(mode):
        raise InputError(f"{prefix}not a regular file ({special_kind(mode)}), expected a text file", name, line)
    return path


def _directory(folder: Path, configs: _Configs) -> list[Path]:
    inputs = configs(folder).inputs
    found = sorted({Path(folder, p) for pattern in inputs.include
                    for p in wglob.glob(f"**/{pattern}", root_dir=folder, flags=GLOB_FLAGS)})
    documents = [_regular(p) for p in found if not _skipped(p, configs)]
    if not documents:
        raise InputError(f"no documents found in this directory (include: {', '.join(inputs.include)})", str(folder))
    return documents


def _skipped(path: Path, configs: _Configs) -> bool:
    """Found by a directory walk or glob but not a document: excluded, or a companion by name."""
    config = configs(path)
    defaults = {p.resolve() for p in (config.source, config.reference) if p is not None}
    return (config.inputs.excluded(path) or config.inputs.is_companion_name(path)
            or path.resolve() in defaults or path.is_dir())


def _argument(value: str, configs: _Configs, where: tuple[str, int] | None = None) -> list[Path]:
    path = Path(value)
    if path.is_dir():
        return _directory(path, configs)
    if not os.path.lexists(path) and wglob.is_magic(value, flags=GLOB_FLAGS):
        matches = [Path(p) for p in sorted(wglob.glob(value, flags=GLOB_FLAGS))]
        documents = [_regular(p) for p in matches if not _skipped(p, configs)]
        if not documents:
            name, line = where if where else (value, None)
            raise InputError(f"{value}: the pattern matches no document" if where else
                             "the pattern matches no document", name, line)
        return documents
    return [_regular(path, where)]


def _read_list(name: str) -> list[tuple[str, int]]:
    """(path, line number) of every non-blank, non-comment line of a ``--files-from`` list.
    The list may be a pipe (``-``, or ``<(git diff --name-only)``)."""
    try:
        if name == STDIN:
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8", newline="") as fh:
                text = fh.read()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except UnicodeDecodeError:
        raise InputError("the list is not UTF-8 text", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    rows = []
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), 1):
        entry = line.rstrip("\r")
        if entry.strip() and not entry.lstrip().startswith("#"):
            rows.append((entry, number))
    return rows


def expand_documents(args: argparse.Namespace) -> list[Path]:
    """Every document of the run, in argument order, each once."""
    configs = _Configs(args.config)
    found: list[Path] = []
    for value in args.files:
        found += _argument(value, configs)
    for name in args.files_from:
        for entry, number in _read_list(name):
            found += _argument(entry, configs, ("<stdin>" if name == STDIN else name, number))
    if not found:
        raise UsageError("no documents: give FILE, DIRECTORY or \"GLOB\" arguments, or --files-from LIST")
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return _without_companions(list(unique.values()), configs, args.no_defaults)


def _without_companions(documents: list[Path], configs: _Configs, no_defaults: bool) -> list[Path]:
    """Drop documents that are another document's source or reference."""
    if no_defaults:
        return documents
    owners: dict[Path, tuple[str, Path]] = {}
    for document in documents:
        config = configs(document)
        found = config.inputs.companions(document)
        for role, companion in (("source", found.source), ("reference", found.reference or config.reference)):
            if companion is not None:
                owners.setdefault(companion.resolve(), (role, document))
    kept = []
    for document in documents:
        owner = owners.get(document.resolve())
        if owner is None or owner[1].resolve() == document.resolve():
            kept.append(document)
        else:
            print(f"feinschliff: note: {document} is the {owner[0]} of {owner[1]}, not checked as a document",
                  file=sys.stderr)
    return kept
