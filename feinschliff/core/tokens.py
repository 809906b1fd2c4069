"""Word tokens with character offsets, shared by checks, alignment and diffing.

``words`` keeps hyphenated compounds whole ("Open-Source-Community"); ``pieces`` splits them
at hyphens and apostrophes ("Open", "Source", "Community"), which is what term matching
needs ("Azure-AI-Angeboten" contains the name "Azure AI").
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD = re.compile(r"\w+(?:(?:[-‐‑'’.]|(?<=\d),(?=\d))\w+)*", re.UNICODE)
_PIECE = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,  ]\d+)*")


class Token(NamedTuple):
    """A tuple, not a dataclass: documents have millions of tokens and tuples build fastest."""

    text: str
    start: int
    end: int


def _tokens(pattern: re.Pattern[str], text: str) -> list[Token]:
    new = tuple.__new__  # skips the NamedTuple constructor's argument handling
    return [new(Token, (m.group(), m.start(), m.end())) for m in pattern.finditer(text)]


def words(text: str) -> list[Token]:
    """Words and hyphenated compounds, with offsets into ``text``."""
    return _tokens(_WORD, text)


def pieces(text: str) -> list[Token]:
    """Maximal runs of word characters; hyphens, apostrophes and dots separate pieces."""
    return _tokens(_PIECE, text)


def piece_texts(text: str) -> list[str]:
    """The texts of ``pieces(text)`` without their offsets, several times faster: for scans
    that need offsets only where they find something."""
    return _PIECE.findall(text)


def numbers(text: str) -> list[Token]:
    """Digit groups with their separators, e.g. "15.000", "1,5", "200"."""
    return _tokens(_NUMBER, text)
