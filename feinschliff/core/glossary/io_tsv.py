"""The native glossary format (UTF-8 TSV) and DeepL's two-column TSV.

Native format: one entry per line, fields separated by TAB, with this header line::

    source	target	forbidden	do_not_translate	case_sensitive	note

- ``source``: the English term; ``target``: the required German rendering.
- ``forbidden``: renderings that must be replaced by ``target``, separated by ``|``
  (inflected forms are found automatically, list base forms).
- ``admitted`` (optional column, written only when an entry has one): further renderings,
  separated by ``|``, that are accepted where they stand (TBX ``admittedTerm``).
- ``do_not_translate``: ``yes`` for names that stay as written (GitHub, OpenAI); the target may
  be left empty and then equals the source. Names are always case-sensitive.
- ``case_sensitive``: ``yes`` when casing is part of the rule (KI, not Ki).
- Booleans: ``yes``/``no``; also true/false, 1/0, y/n; empty means no.
- ``note``: free text (where the rule comes from, context).
- Lines starting with ``#`` and blank lines are skipped; a BOM and CRLF line ends are accepted.
  The header may leave out optional columns and order them freely; ``source`` and ``target``
  are required.

DeepL TSV: ``source<TAB>target`` per line, no header, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..errors import InputError
from .entries import FORBIDDEN_SEPARATOR, format_bool, make_entry, parse_bool, split_variants
from .model import GlossaryEntry

COLUMNS = ("source", "target", "forbidden", "admitted", "do_not_translate", "case_sensitive", "note")
REQUIRED = ("source", "target")
DEFAULT_COLUMNS = tuple(c for c in COLUMNS if c != "admitted")
HEADER = "\t".join(DEFAULT_COLUMNS)


def data_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line that is not blank and not a ``#`` comment.

    Splits on LF only: U+2028/U+2029 and a lone CR stay inside the line and are rejected as
    control characters instead of silently starting a new entry.
    """
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        line = line.removesuffix("\r")
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def is_native_header(line: str) -> bool:
    """A line naming the source column and either the target column or only known columns."""
    fields = {f.strip().lower() for f in line.removeprefix("\ufeff").split("\t")}
    return "source" in fields and ("target" in fields or fields <= set(COLUMNS))


def parse_header(line: str, path: str, number: int) -> list[str]:
    names = [f.strip().lower() for f in line.split("\t")]
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise InputError(
            f"unknown header column '{unknown[0]}' (expected: {', '.join(COLUMNS)})", path, number
        )
    doubled = {n for n in names if names.count(n) > 1}
    if doubled:
        raise InputError(f"header column '{sorted(doubled)[0]}' appears twice", path, number)
    missing = [n for n in REQUIRED if n not in names]
    if missing:
        raise InputError(f"header lacks the required column '{missing[0]}'", path, number)
    return names


def header_of(text: str, path: str) -> list[str]:
    """The column names of the native glossary ``text``."""
    first = next(data_lines(text), None)
    if first is None or not is_native_header(first[1]):
        raise InputError(f"first line is not the header '{HEADER}'".replace("\t", "\\t"), path, first[0] if first else 1)
    return parse_header(first[1], path, first[0])


def read_native(text: str, path: str) -> list[GlossaryEntry]:
    lines = data_lines(text)
    first = next(lines, None)
    if first is None:
        raise InputError("no header line and no entries", path)
    if not is_native_header(first[1]):
        raise InputError(f"first line is not the header '{HEADER}'".replace("\t", "\\t"), path, first[0])
    names = parse_header(first[1], path, first[0])
    entries = []
    for number, line in lines:
        fields = line.split("\t")
        if len(fields) != len(names):
            raise InputError(
                f"expected {len(names)} TAB-separated fields ({', '.join(names)}), found {len(fields)}",
                path,
                number,
            )
        row = dict(zip(names, fields))
        entries.append(
            make_entry(
                row["source"],
                row["target"],
                forbidden=split_variants(row.get("forbidden", ""), path, number),
                admitted=split_variants(row.get("admitted", ""), path, number, "admitted"),
                do_not_translate=parse_bool(row.get("do_not_translate", ""), "do_not_translate", path, number),
                case_sensitive=parse_bool(row.get("case_sensitive", ""), "case_sensitive", path, number),
                note=row.get("note", ""),
                path=path,
                line=number,
            )
        )
    return entries


def read_deepl_tsv(text: str, path: str) -> list[GlossaryEntry]:
    entries = []
    for number, line in data_lines(text):
        fields = line.split("\t")
        if len(fields) != 2:
            message = f"expected 2 TAB-separated fields (source, target), found {len(fields)}"
            raise InputError(message, path, number)
        entries.append(make_entry(fields[0], fields[1], path=path, line=number))
    return entries


def _cells(entry: GlossaryEntry) -> dict[str, str]:
    return {
        "source": entry.source,
        "target": entry.target,
        "forbidden": FORBIDDEN_SEPARATOR.join(entry.forbidden),
        "admitted": FORBIDDEN_SEPARATOR.join(entry.admitted),
        "do_not_translate": format_bool(entry.do_not_translate),
        "case_sensitive": format_bool(entry.case_sensitive),
        "note": entry.note,
    }


def format_row(entry: GlossaryEntry, names: Sequence[str] = DEFAULT_COLUMNS, path: str = "") -> str:
    """One native TSV line (without line end) for ``entry`` under the header ``names``; a
    field the header has no column for is an ``InputError`` (it would be lost)."""
    cells = _cells(entry)
    lost = next((n for n in COLUMNS if n not in names and cells[n] not in ("", "no")), None)
    if lost is not None:
        raise InputError(f"the header has no column '{lost}' for the entry '{entry.source}'; add the column", path)
    return "\t".join(cells[n] for n in names)


def columns_for(entries: Iterable[GlossaryEntry]) -> tuple[str, ...]:
    """The default columns, and ``admitted`` after ``forbidden`` when an entry needs it."""
    return COLUMNS if any(e.admitted for e in entries) else DEFAULT_COLUMNS


def write_native(entries: Iterable[GlossaryEntry]) -> str:
    entries = list(entries)
    names = columns_for(entries)
    return "".join(line + "\n" for line in ("\t".join(names), *(format_row(e, names) for e in entries)))


def write_deepl_tsv(entries: Iterable[GlossaryEntry]) -> str:
    return "".join(f"{e.source}\t{e.target}\n" for e in entries)
