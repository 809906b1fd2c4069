"""Word tokens with character offsets, shared by checks, alignment and diffing.

``words`` keeps hyphenated compounds whole ("Open-Source-Community"); ``pieces`` splits them
at hyphens and apostrophes ("Open", "Source", "Community"), which is what term matching
needs ("Azure-AI-Angeboten" contains the name "Azure AI").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:(?:[-‐‑'’.]|(?<=\d),(?=\d))\w+)*", re.UNICODE)
_PIECE = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,  ]\d+)*")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def words(text: str) -> list[Token]:
    """Words and hyphenated compounds, with offsets into ``text``."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def pieces(text: str) -> list[Token]:
    """Maximal runs of word characters; hyphens, apostrophes and dots separate pieces."""
    return [Token(m.group(), m.start(), m.end()) for m in _PIECE.finditer(text)]


def numbers(text: str) -> list[Token]:
    """Digit groups with their separators, e.g. "15.000", "1,5", "200"."""
    return [Token(m.group(), m.start(), m.end()) for m in _NUMBER.finditer(text)]
