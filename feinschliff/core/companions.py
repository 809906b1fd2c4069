"""Which files belong together in a batch run: a document, its English source and its
reference, by naming convention or by an explicit mapping (``[inputs]`` of the configuration).

Convention (configurable)::

    [inputs]
    include = ["*.de.txt", "*.xlf", "*.xliff", "*.po"]   # what a directory argument picks up
    exclude = ["drafts/**"]                              # globs relative to this file
    target_suffix = ".de.txt"                            # x.de.txt has the stem x
    source = "{stem}.en.txt"                             # relative to the document's folder
    reference = "{stem}.ref.de.txt"

    [inputs.documents."chapter1/intro.de.txt"]           # a mapping wins over the convention
    source = "../originals/intro.en.txt"                 # relative to this file
    reference = "../deepl/intro.de.txt"

A companion found by convention is used when it exists; a mapped one must exist.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wcmatch import glob as wglob

from .errors import InputError

GLOB_FLAGS = wglob.GLOBSTAR | wglob.BRACE | wglob.NEGATE
DEFAULT_INCLUDE = ("*.de.txt", "*.xlf", "*.xliff", "*.po")
KEYS = {"include", "exclude", "target_suffix", "source", "reference", "documents"}


@dataclass(frozen=True, slots=True)
class Mapped:
    source: Path | None = None
    reference: Path | None = None


@dataclass(slots=True)
class InputsConfig:
    base: Path | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    target_suffix: str = ".de.txt"
    source: str = "{stem}.en.txt"
    reference: str = "{stem}.ref.de.txt"
    documents: dict[Path, Mapped] = field(default_factory=dict)

    def stem(self, document: Path) -> str | None:
        name = document.name
        if name.endswith(self.target_suffix) and len(name) > len(self.target_suffix):
            return name[: -len(self.target_suffix)]
        return None

    def _by_convention(self, document: Path, pattern: str) -> Path | None:
        stem = self.stem(document)
        if stem is None:
            return None
        candidate = document.parent / pattern.format(stem=stem)
        return candidate if candidate.is_file() else None

    def companions(self, document: Path) -> Mapped:
        """The document's source and reference (None where neither mapping nor convention has one)."""
        mapped = self.documents.get(_absolute(document))
        if mapped is not None:
            return mapped
        return Mapped(self._by_convention(document, self.source), self._by_convention(document, self.reference))

    def is_companion_name(self, path: Path) -> bool:
        """Is this file, by its name alone, some document's source or reference?"""
        for pattern in (self.source, self.reference):
            head, _, tail = Path(pattern).name.partition("{stem}")
            if (head or tail) and path.name.startswith(head) and path.name.endswith(tail) \
                    and len(path.name) > len(head) + len(tail):
                return True
        return False

    def excluded(self, path: Path) -> bool:
        if not self.exclude:
            return False
        base = self.base or Path.cwd()
        relative = os.path.relpath(_absolute(path), _absolute(base)).replace(os.sep, "/")
        return wglob.globmatch(relative, list(self.exclude), flags=GLOB_FLAGS)


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _strings(value: Any, key: str, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"inputs.{key} must be a string or a list of strings", name)
    return tuple(value)


def _pattern(value: Any, key: str, name: str) -> str:
    if not isinstance(value, str) or "{stem}" not in value:
        raise InputError(f"inputs.{key} must be a file name pattern containing {{stem}}", name)
    try:
        value.format(stem="x")
    except (KeyError, IndexError, ValueError):
        raise InputError(f"inputs.{key}: only {{stem}} may appear in braces", name) from None
    return value


def parse_inputs(data: dict[str, Any], path: Path) -> InputsConfig:
    name = str(path)
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise InputError(f"unknown key inputs.{unknown[0]} (known: {', '.join(sorted(KEYS))})", name)
    base = path.parent
    out = InputsConfig(base=base)
    if "include" in data:
        out.include = _strings(data["include"], "include", name)
    if "exclude" in data:
        out.exclude = _strings(data["exclude"], "exclude", name)
    if "target_suffix" in data:
        if not isinstance(data["target_suffix"], str) or not data["target_suffix"]:
            raise InputError("inputs.target_suffix must be a non-empty string such as \".de.txt\"", name)
        out.target_suffix = data["target_suffix"]
    for key in ("source", "reference"):
        if key in data:
            setattr(out, key, _pattern(data[key], key, name))
    documents = data.get("documents", {})
    if not isinstance(documents, dict):
        raise InputError("inputs.documents must be a table of documents", name)
    for document, entry in documents.items():
        if not isinstance(entry, dict) or not set(entry) <= {"source", "reference"} or \
                not all(isinstance(v, str) for v in entry.values()):
            raise InputError(f"inputs.documents.{document!r} takes source and reference paths (strings)", name)
        out.documents[_absolute(base / document)] = Mapped(
            *(None if entry.get(k) is None else base / entry[k] for k in ("source", "reference")))
    return out
