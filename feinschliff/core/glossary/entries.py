"""Validation shared by every glossary reader and by the editing functions.

Terms are stripped of surrounding spaces and must not be empty or contain control characters
(U+0000-U+001F, DEL, U+0080-U+009F, U+2028/U+2029): DeepL rejects them and they can never
match running text. Every problem is an ``InputError`` naming the file and line.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .model import GlossaryEntry

FORBIDDEN_SEPARATOR = "|"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0", ""}


def clean_field(value: str, column: str, path: str, line: int) -> str:
    """Strip a field and reject control characters, naming the column and the code point."""
    bad = _CONTROL.search(value)
    if bad:
        raise InputError(
            f"control character U+{ord(bad.group()):04X} in column '{column}' "
            f"at position {bad.start() + 1}",
            path,
            line,
        )
    return value.strip()


def parse_bool(value: str, column: str, path: str, line: int) -> bool:
    word = value.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise InputError(f"column '{column}': '{value}' is not yes/no (or true/false, 1/0, y/n)", path, line)


def format_bool(value: bool) -> str:
    return "yes" if value else "no"


def split_variants(value: str, path: str, line: int, column: str = "forbidden") -> tuple[str, ...]:
    """Parse ``a|b|c``; an empty variant between separators is an error, not skipped."""
    if not value.strip():
        return ()
    variants = tuple(part.strip() for part in value.split(FORBIDDEN_SEPARATOR))
    if not all(variants):
        raise InputError(f"column '{column}': empty variant in '{value}'", path, line)
    return variants


def make_entry(
    source: str,
    target: str,
    *,
    forbidden: tuple[str, ...] = (),
    admitted: tuple[str, ...] = (),
    do_not_translate: bool = False,
    case_sensitive: bool = False,
    note: str = "",
    path: str = "",
    line: int = 0,
) -> GlossaryEntry:
    """Build a validated entry; a do-not-translate entry with an empty target keeps the source."""
    source = clean_field(source, "source", path, line)
    target = clean_field(target, "target", path, line)
    if not source:
        raise InputError("empty source term", path, line)
    if not target:
        if not do_not_translate:
            raise InputError(f"empty target term for '{source}'", path, line)
        target = source
    return GlossaryEntry(
        source=source,
        target=target,
        forbidden=_variants(forbidden, "forbidden", source, path, line),
        admitted=_variants(admitted, "admitted", source, path, line),
        do_not_translate=do_not_translate,
        case_sensitive=case_sensitive or do_not_translate,
        note=" ".join(clean_field(note, "note", path, line).split()),
        path=path,
        line=line,
    )


def _variants(values: tuple[str, ...], column: str, source: str, path: str, line: int) -> tuple[str, ...]:
    variants = tuple(clean_field(v, column, path, line) for v in values)
    for variant in variants:
        if not variant:
            raise InputError(f"empty {column} variant for '{source}'", path, line)
        if FORBIDDEN_SEPARATOR in variant:
            raise InputError(f"{column} variant '{variant}' contains '|'", path, line)
    return variants


def revalidated(entry: GlossaryEntry, path: str, line: int) -> GlossaryEntry:
    """``entry`` checked again as it is stored at ``path``:``line``."""
    return make_entry(entry.source, entry.target, forbidden=entry.forbidden, admitted=entry.admitted,
                      do_not_translate=entry.do_not_translate, case_sensitive=entry.case_sensitive,
                      note=entry.note, path=path, line=line)


def same_source(a: GlossaryEntry, b: GlossaryEntry) -> bool:
    """Two entries claim the same source term: exact match when either side is case-sensitive."""
    if a.case_sensitive or b.case_sensitive:
        return a.source == b.source
    return a.source.casefold() == b.source.casefold()
