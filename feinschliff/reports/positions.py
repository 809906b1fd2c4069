"""Line and column positions of character offsets, as editors and CI tools count them.

Offsets index the decoded file (a BOM kept as U+FEFF, CRLF kept). Positions are 1-based. Lines
end at CR, LF or CRLF (the terminators SARIF 2.1.0 §3.30.2 names). A leading BOM is the
encoding's signature, not text: columns of the first line start after it. Columns count UTF-16
code units (SARIF's default ``columnKind``, and how browsers and GitHub count), so a character
outside the Basic Multilingual Plane (an emoji) is two columns wide.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..core.textio import BOM

_LINE_END = re.compile(r"\r\n|\r|\n")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))


class LineIndex:
    """Line and column of character offsets into one text, in O(log n) per offset."""

    def __init__(self, text: str):
        self.text = text
        self._starts = [1 if text.startswith(BOM) else 0] + [m.end() for m in _LINE_END.finditer(text)]
        self._byte_starts: list[int] | None = None

    def position(self, offset: int) -> Position:
        """The line and UTF-16 column of the character at ``offset`` (or just after the text)."""
        line = bisect_right(self._starts, offset)
        if line == 0:  # the BOM itself: report the first column
            return Position(1, 1)
        start = self._starts[line - 1]
        return Position(line, utf16_length(self.text[start:offset]) + 1)

    def code_point_position(self, offset: int) -> Position:
        """Line and column counted in characters (Unicode code points), as terminals show them."""
        line = bisect_right(self._starts, offset)
        if line == 0:
            return Position(1, 1)
        return Position(line, offset - self._starts[line - 1] + 1)

    def byte_offset(self, offset: int) -> int:
        """Byte offset of a character offset in the UTF-8 file (BOM included)."""
        if self._byte_starts is None:
            bounds = [0, *self._starts[1:]]
            self._byte_starts = [0]
            for start, end in zip(bounds, bounds[1:]):
                self._byte_starts.append(self._byte_starts[-1] + len(self.text[start:end].encode("utf-8")))
        line = max(bisect_right(self._starts, offset), 1)
        start = 0 if line == 1 else self._starts[line - 1]
        return self._byte_starts[line - 1] + len(self.text[start:offset].encode("utf-8"))
