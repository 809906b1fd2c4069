"""Which glossary format a file is in, for reading and for writing.

Reading: ``.csv`` is DeepL's CSV; ``.tbx`` (or content starting with ``<``) is TBX; otherwise
a first line naming the columns marks the native TSV, and anything else with TABs is DeepL's
two-column TSV. Writing: ``.tsv`` native (DeepL's two columns with ``deepl_tsv``), ``.csv``
DeepL CSV with the language columns, ``.tbx`` TBX. DeepL's formats carry only source and
target, so forbidden variants, flags and notes are named as lost instead of vanishing quietly.
translate-toolkit is imported only when a TBX file is read or written.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError
from .io_csv import read_deepl_csv, write_deepl_csv
from .io_tsv import data_lines, is_native_header, read_deepl_tsv, read_native, write_deepl_tsv, write_native
from .model import GlossaryEntry


def detect_format(path: Path, text: str) -> str:
    """"native", "deepl-tsv", "csv" or "tbx"."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".tbx", ".xml") or text.lstrip("\ufeff \t\r\n").startswith("<"):
        return "tbx"
    first = next(data_lines(text), None)
    if first is not None and is_native_header(first[1]):
        return "native"
    if suffix == ".tsv" or (first is not None and "\t" in first[1]):
        return "deepl-tsv"
    return "csv"


def _read_tbx(text: str, path: str) -> list[GlossaryEntry]:
    from .io_tbx import read_tbx  # translate-toolkit is only imported when a TBX file is read

    return read_tbx(text, path)


READERS = {"native": read_native, "deepl-tsv": read_deepl_tsv, "csv": read_deepl_csv, "tbx": _read_tbx}


def parse(text: str, path: Path) -> list[GlossaryEntry]:
    """Entries of a decoded glossary file, in file order."""
    return READERS[detect_format(path, text)](text, str(path))


WRITERS = {".tsv": "native", ".csv": "csv", ".tbx": "tbx"}


def render(
    entries: list[GlossaryEntry], path: str | os.PathLike[str], *, deepl_tsv: bool = False
) -> tuple[str, str | None]:
    """(file content, warning about what the format drops or None)."""
    suffix = Path(path).suffix.lower()
    kind = WRITERS.get(suffix)
    if kind is None:
        raise UsageError(f"cannot tell the format of '{path}' (use .tsv, .csv or .tbx)")
    if deepl_tsv and kind != "native":
        raise UsageError("--deepl-tsv writes a .tsv file")
    if kind == "tbx":
        from .io_tbx import write_tbx

        return write_tbx(entries), None
    if kind == "native" and not deepl_tsv:
        return write_native(entries), None
    lost = sum(bool(e.forbidden or e.admitted or e.note or (e.case_sensitive and not e.do_not_translate))
               for e in entries)
    warning = (f"{lost} entries have forbidden or admitted variants, notes or case rules that DeepL's format cannot hold"
               if lost else None)
    return (write_deepl_tsv(entries) if kind == "native" else write_deepl_csv(entries)), warning
