"""Render entries in the format an output path asks for, and say what that format cannot hold.

``.tsv``: native (or DeepL's two columns with ``deepl_tsv``); ``.csv``: DeepL CSV with the
language columns; ``.tbx``: TBX. DeepL's formats carry only source and target, so forbidden
variants, flags and notes are named as lost instead of vanishing quietly.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError
from .io_csv import write_deepl_csv
from .io_tsv import write_deepl_tsv, write_native
from .model import GlossaryEntry

FORMATS = {".tsv": "native", ".csv": "csv", ".tbx": "tbx"}


def render(entries: list[GlossaryEntry], path: str | os.PathLike[str], *, deepl_tsv: bool = False) -> tuple[str, str | None]:
    """(file content, warning about what the format drops or None)."""
    suffix = Path(path).suffix.lower()
    kind = FORMATS.get(suffix)
    if kind is None:
        raise UsageError(f"cannot tell the format of '{path}' (use .tsv, .csv or .tbx)")
    if deepl_tsv and kind != "native":
        raise UsageError("--deepl-tsv writes a .tsv file")
    if kind == "tbx":
        from .io_tbx import write_tbx  # translate-toolkit is only imported for TBX

        return write_tbx(entries), None
    if kind == "native" and not deepl_tsv:
        return write_native(entries), None
    lost = sum(bool(e.forbidden or e.note or (e.case_sensitive and not e.do_not_translate)) for e in entries)
    warning = (f"{lost} entries have forbidden variants, notes or case rules that DeepL's format cannot hold"
               if lost else None)
    return (write_deepl_tsv(entries) if kind == "native" else write_deepl_csv(entries)), warning
