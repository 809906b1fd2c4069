"""Learn glossary rules from review decisions, and edit entries of a native TSV glossary.

"Learn" turns the current fix (bad rendering -> correct term) into a glossary entry with a
note saying where it came from. Where it is written:

1. the file given with ``--learn-to``;
2. else the first glossary the input uses that is a writable native TSV file of the user's
   (shipped glossaries such as ``ai-tech`` are never edited);
3. else ``glossary.learned.tsv`` next to the input, created on first use.

When the correct term is already the target of a loaded entry, the learned entry extends that
entry (same source, flags and note, plus the new forbidden variant); a case-only fix makes
the term case-sensitive instead. An entry for the same source in the file is replaced in
place (one atomic write); anything else is appended with ``glossary.edit.add_entry``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..glossary.edit import add_entry
from ..glossary.entries import revalidated, same_source
from ..glossary.io_tsv import data_lines, format_row, header_of, is_native_header, read_native
from ..glossary.lint import clash, dnt_problem
from ..glossary.load import shipped_dirs
from ..glossary.model import Glossary, GlossaryEntry
from ..model import Issue
from ..textio import read_text, write_text_atomic

LEARNED_NAME = "glossary.learned.tsv"
MAX_TERM_WORDS = 8


def editable(path: Path) -> bool:
    """A user's native TSV glossary that may be written (never a shipped one)."""
    if not path.is_file() or path.suffix.lower() != ".tsv" or not os.access(path, os.W_OK):
        return False
    resolved = path.resolve()
    if any(resolved.is_relative_to(d.resolve()) for d in shipped_dirs()):
        return False
    try:
        first = next(data_lines(read_text(path)), None)
    except InputError:
        return False
    return first is not None and is_native_header(first[1])


def learn_target(input_path: str | Path, glossary_refs: list[str], explicit: str | Path | None = None) -> Path:
    if explicit is not None:
        return Path(explicit)
    for ref in glossary_refs:
        if editable(Path(ref)):
            return Path(ref)
    return Path(input_path).with_name(LEARNED_NAME)


def learned_entry(issue: Issue, glossary: Glossary | None, input_name: str, segment_number: int) -> GlossaryEntry:
    """The entry the fix of ``issue`` teaches (not yet validated against a file)."""
    bad, correct = issue.text.strip(), (issue.suggestion or "").strip()
    if not correct or not bad:
        raise InputError("only a fix that replaces a term can be learned")
    if bad == correct:
        raise InputError("the fix does not change the term")
    if len(bad.split()) > MAX_TERM_WORDS or len(correct.split()) > MAX_TERM_WORDS:
        raise InputError(f"terms are at most {MAX_TERM_WORDS} words: edit the glossary for longer rules")
    note = f"learned from review of {input_name} segment {segment_number}"
    known = next((e for e in (glossary or ()) if e.target.casefold() == correct.casefold()), None)
    case_only = bad.casefold() == correct.casefold()
    if known is not None:
        forbidden = known.forbidden if case_only or bad in known.forbidden else (*known.forbidden, bad)
        notes = "; ".join(n for n in (known.note, note) if n)
        admitted = tuple(a for a in known.admitted if a != bad)
        return replace(known, forbidden=forbidden, admitted=admitted,
                       case_sensitive=known.case_sensitive or case_only, note=notes, path="", line=0)
    return GlossaryEntry(correct, correct, forbidden=() if case_only else (bad,), case_sensitive=case_only, note=note)


def save_entry(path: str | Path, entry: GlossaryEntry, replaces: str | None = None) -> GlossaryEntry:
    """Write ``entry`` to the native glossary at ``path``: in place of the entry for
    ``replaces`` (or for the entry's own source) if the file has one, else appended."""
    p = Path(path)
    if not p.exists():
        return add_entry(p, entry)
    text = read_text(p)
    names = header_of(text, str(p))
    entries = read_native(text, str(p))
    key = replace(entry, source=replaces) if replaces is not None else entry
    old = next((e for e in entries if same_source(e, key)), None)
    if old is None:
        return add_entry(p, entry)
    new = revalidated(entry, str(p), old.line)
    others = [e for e in entries if e is not old]
    problem = dnt_problem(new) or next((c for e in others if (c := clash(new, e))), None)
    if problem is not None:
        raise InputError(f"not saved: {problem.message}", str(p), problem.line)
    lines = text.split("\n")
    ending = "\r" if lines[old.line - 1].endswith("\r") else ""
    lines[old.line - 1] = format_row(new, names, str(p)) + ending
    write_text_atomic(p, "\n".join(lines))
    return new
