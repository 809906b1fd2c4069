"""Edit a native TSV glossary in place: add or remove one entry, leaving every other line,
comment and line ending as it was. Writes are atomic; an edit that would create a duplicate or
a conflict is refused. The review UI uses ``add_entry`` to keep rules learnt from editors'
decisions (with a note saying where each came from).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from ..textio import read_text, write_text_atomic
from .entries import revalidated, same_source
from .io_tsv import columns_for, format_row, header_of, read_native
from .lint import clash, dnt_problem
from .formats import detect_format
from .model import GlossaryEntry


def _native_text(path: Path) -> str:
    text = read_text(path)
    if detect_format(path, text) != "native":
        raise InputError(
            "only glossaries in the native TSV format can be edited; "
            "convert it first with `feinschliff glossary import`",
            str(path),
        )
    return text


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def add_entries(
    path: str | os.PathLike[str], entries: list[GlossaryEntry], *, skip_known: bool = False
) -> list[GlossaryEntry]:
    """Append ``entries`` (validated) to the glossary at ``path`` in one atomic write, creating
    the file if needed. Any duplicate or conflict refuses the whole edit, except that with
    ``skip_known`` an entry whose source is already there with the same target is left out.
    Returns the entries as stored, with their path and line."""
    p = Path(path)
    text = _native_text(p) if p.exists() else ""
    existing = read_native(text, str(p)) if text else []
    newline = _newline(text) if text else "\n"
    names = header_of(text, str(p)) if text else columns_for(entries)
    if not text:
        text = "\t".join(names) + newline
    elif not text.endswith("\n"):
        text += newline
    line = text.count("\n")
    stored: list[GlossaryEntry] = []
    for entry in entries:
        if skip_known and any(same_source(entry, old) and entry.target == old.target for old in existing):
            continue
        line += 1
        new = revalidated(entry, str(p), line)
        origin = f" (from {entry.where})" if entry.path else ""
        if (problem := dnt_problem(new)) is not None:
            raise InputError(f"not added{origin}: {problem.message}", str(p))
        for old in existing:
            if (problem := clash(new, old)) is not None:
                raise InputError(f"not added{origin}: {problem.message}", str(p), old.line)
        existing.append(new)
        stored.append(new)
    if stored:
        write_text_atomic(p, text + "".join(format_row(e, names, str(p)) + newline for e in stored))
    return stored


def add_entry(path: str | os.PathLike[str], entry: GlossaryEntry) -> GlossaryEntry:
    """Append one entry; a duplicate or conflict is refused with an ``InputError``."""
    return add_entries(path, [entry])[0]


def remove_entry(path: str | os.PathLike[str], source: str) -> list[GlossaryEntry]:
    """Remove the entry (or duplicate entries) for ``source``: exact match, else the one entry
    whose source matches ignoring case. Returns what was removed."""
    p = Path(path)
    text = _native_text(p)
    entries = read_native(text, str(p))
    doomed = [e for e in entries if e.source == source]
    if not doomed:
        folded = [e for e in entries if e.source.casefold() == source.strip().casefold()]
        if len(folded) > 1:
            spelled = ", ".join(f"'{e.source}' ({e.where})" for e in folded)
            raise InputError(f"'{source}' is ambiguous: {spelled}; give the exact spelling", str(p))
        doomed = folded
    if not doomed:
        raise InputError(f"no entry for '{source}'", str(p))
    drop = {e.line for e in doomed}
    kept = [line for number, line in enumerate(text.split("\n"), start=1) if number not in drop]
    write_text_atomic(p, "\n".join(kept))
    return doomed
