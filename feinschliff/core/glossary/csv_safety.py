"""CSV injection: cells a spreadsheet would run as a formula are written as text.

Following OWASP's advice, a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or with a TAB
or CR, which some spreadsheets skip before looking for a formula) gets a leading ``'``, which
Excel, LibreOffice and Google Sheets show as nothing and read as "this is text". Readers of
such files drop that one quote again, so a file written and read back gives the same cells.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise_cell(value: str) -> str:
    """``=HYPERLINK(…)`` -> ``'=HYPERLINK(…)``; a value that already looks neutralised
    (``'=x``) gets one more quote, so reading gives it back; every other value unchanged."""
    return QUOTE + value if value.lstrip(QUOTE).startswith(FORMULA_STARTS) else value


def restore_cell(value: str) -> str:
    """The inverse of ``neutralise_cell``: ``'=x`` -> ``=x``; a lone leading quote stays."""
    if value.startswith(QUOTE) and value.lstrip(QUOTE).startswith(FORMULA_STARTS):
        return value[1:]
    return value
