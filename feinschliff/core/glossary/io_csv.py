"""DeepL's glossary CSV: ``source,target`` or ``source,target,EN,DE`` per line, no header.

Standard CSV quoting applies (a field with a comma or quote is enclosed in double quotes, a
quote inside is doubled). The optional third and fourth columns are the language codes DeepL
writes when it exports a glossary; its glossary generator adds a fifth column (relevance),
which is read and ignored. A file for another language pair is refused. A first row
``source,target`` is taken as a header and skipped. A line break inside a quoted field is a
control character in a term and is reported with the line where the field starts.

The CSV is the export meant for spreadsheets: a term starting with ``=``, ``+``, ``-`` or ``@``
is written with a leading ``'`` (see ``glossary.csv_safety``), and reading drops it again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .csv_safety import neutralise_cell, restore_cell
from ..errors import InputError
from .entries import make_entry
from .model import GlossaryEntry

SOURCE_LANG, TARGET_LANG = "EN", "DE"


def _language_ok(code: str, expected: str) -> bool:
    return code.strip().upper().split("-")[0] == expected


def read_deepl_csv(text: str, path: str) -> list[GlossaryEntry]:
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    entries = []
    end_of_previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"malformed CSV: {exc}", path, reader.line_num) from None
        number = end_of_previous + 1
        end_of_previous = reader.line_num
        if not any(field.strip() for field in row) or row[0].lstrip().startswith("#"):
            continue
        if not entries and [f.strip().lower() for f in row[:2]] == ["source", "target"]:
            continue
        entries.append(_entry(row, path, number))
    return entries


def _entry(row: list[str], path: str, number: int) -> GlossaryEntry:
    if len(row) not in (2, 4, 5):
        raise InputError(
            f"expected 2 fields (source,target) or 4 (source,target,EN,DE), found {len(row)}",
            path,
            number,
        )
    if len(row) >= 4 and not (_language_ok(row[2], SOURCE_LANG) and _language_ok(row[3], TARGET_LANG)):
        raise InputError(
            f"entry is for {row[2].strip()}->{row[3].strip()}, this glossary must be "
            f"{SOURCE_LANG}->{TARGET_LANG}",
            path,
            number,
        )
    return make_entry(restore_cell(row[0]), restore_cell(row[1]), path=path, line=number)


def write_deepl_csv(entries: Iterable[GlossaryEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for entry in entries:
        writer.writerow((neutralise_cell(entry.source), neutralise_cell(entry.target), SOURCE_LANG, TARGET_LANG))
    return out.getvalue()
