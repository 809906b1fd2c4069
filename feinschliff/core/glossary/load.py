"""Load glossaries from files or by the name of a shipped glossary.

The format follows the extension (see ``formats``). A bare name such as ``ai-tech`` (or
``ai-tech.en-de``) names a glossary shipped with Feinschliff.
"""

from __future__ import annotations

import os
import importlib
from pathlib import Path

from ..errors import InputError
from ..textio import read_text
from .formats import parse
from .lint import Problem, resolve
from .model import Glossary, GlossaryEntry

SHIPPED_PACKAGE = "feinschliff.glossaries"
REPO_GLOSSARIES = Path(__file__).resolve().parents[3] / "glossary"
EXTENSIONS = (".tsv", ".csv", ".tbx")
LANG_PAIR = ".en-de"


def shipped_dirs() -> list[Path]:
    """Where shipped glossaries live: the installed package data, then the source tree."""
    found = []
    try:  # a namespace package (the data folder has no __init__.py): take its paths
        found.extend(Path(p) for p in importlib.import_module(SHIPPED_PACKAGE).__path__)
    except ModuleNotFoundError:
        pass
    found.append(REPO_GLOSSARIES)
    return [d for d in found if d.is_dir()]


def shipped_names() -> list[str]:
    names = {p.name.split(".")[0] for d in shipped_dirs() for p in d.iterdir() if p.suffix in EXTENSIONS}
    return sorted(names)


def resolve_path(name: str | os.PathLike[str]) -> Path:
    """An existing file as given, else the shipped glossary of that name."""
    path = Path(name)
    if path.exists() or os.sep in str(name) or "/" in str(name) or path.suffix in EXTENSIONS:
        return path
    stems = [str(name)] if str(name).endswith(LANG_PAIR) else [f"{name}{LANG_PAIR}", str(name)]
    for directory in shipped_dirs():
        for stem in stems:
            for ext in EXTENSIONS:
                if (candidate := directory / f"{stem}{ext}").is_file():
                    return candidate
    available = ", ".join(shipped_names()) or "none"
    raise InputError(f"no such file, and no shipped glossary of that name (shipped: {available})", str(name))


def read_entries(path: str | os.PathLike[str]) -> list[GlossaryEntry]:
    """All entries of one file in file order, validated, duplicates not yet resolved."""
    resolved = resolve_path(path)
    return parse(read_text(resolved), resolved)


def _build(entries: list[GlossaryEntry], path: str, strict: bool) -> Glossary:
    effective, problems = resolve(entries)
    if strict and problems:
        first: Problem = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise InputError(first.message + more, first.path, first.line)
    return Glossary(entries=effective, path=path, warnings=[str(p) for p in problems])


def load_glossary(path_or_name: str | os.PathLike[str], *, strict: bool = False) -> Glossary:
    """Load one glossary; duplicates and conflicts become warnings (errors when ``strict``)."""
    resolved = resolve_path(path_or_name)
    return _build(read_entries(resolved), str(resolved), strict)


def load_glossaries(paths: list[str | os.PathLike[str]], *, strict: bool = False) -> Glossary:
    """Merge several glossaries; an entry of a later file overrides the same source earlier,
    with a warning naming both lines."""
    if not paths:
        return Glossary()
    resolved = [resolve_path(p) for p in paths]
    entries = [entry for path in resolved for entry in read_entries(path)]
    return _build(entries, ", ".join(map(str, resolved)), strict)
