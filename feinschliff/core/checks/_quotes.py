"""Which quotation mark opens and which closes, and what German would use instead.

German quotes are „…“ (and ‚…‘ nested); guillemets »…« and «…» are correct as well and are
left alone. English “…”, ”…” and straight "…" quotes get the role they play in the text:
they are paired in order, and a lone mark takes the role its neighbours suggest ("als”uns" is
an opening quote that lacks a space, "Hacking”." a closing one). Single quotes count only as a
confirmed pair (‘…’ or '…' around words); everything else with ’ or ' is an apostrophe
("Xai’s", "geht's", "Jens' Auto").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GERMAN_OPEN, GERMAN_CLOSE = "„", "“"
GERMAN_OPEN_SINGLE, GERMAN_CLOSE_SINGLE = "‚", "‘"
_MARK = re.compile("[„“”\"‟‚‘’']")
_SPACE_LIKE_BEFORE = "([{–—-/"
_SPACE_LIKE_AFTER = ".,;:!?)]}…-–—/"


@dataclass(frozen=True, slots=True)
class Quote:
    position: int
    char: str
    opening: bool
    expected: str

    @property
    def wrong(self) -> bool:
        return self.char != self.expected


def _flanks(text: str, position: int) -> tuple[bool, bool]:
    """(space or start before, space/punctuation or end after)."""
    before = text[position - 1] if position else ""
    after = text[position + 1 : position + 2]
    return (not before or before.isspace() or before in _SPACE_LIKE_BEFORE,
            not after or after.isspace() or after in _SPACE_LIKE_AFTER)


def _double(mark: str, text: str, position: int, state: dict[str, int]) -> Quote | None:
    if mark == GERMAN_OPEN:
        state["german"] += 1
        return Quote(position, mark, True, GERMAN_OPEN)
    if state["german"] or state["other"]:
        state["german" if state["german"] else "other"] -= 1
        return Quote(position, mark, False, GERMAN_CLOSE)
    space_before, space_after = _flanks(text, position)
    if mark == '"' and position and text[position - 1].isdigit() and space_after:
        return None  # an inch mark: 27"
    if not space_before and space_after:
        return Quote(position, mark, False, GERMAN_CLOSE)  # closes a quote opened earlier
    state["other"] += 1
    return Quote(position, mark, True, GERMAN_OPEN)


def find_quotes(text: str) -> list[Quote]:
    """Every quotation mark of ``text`` with its role, in order (apostrophes left out)."""
    quotes: list[Quote] = []
    state = {"german": 0, "other": 0}
    single_open = 0
    pending_single: Quote | None = None
    for match in _MARK.finditer(text):
        mark, position = match.group(), match.start()
        if mark in "„“”\"‟":
            quote = _double(mark, text, position, state)
            if quote:
                quotes.append(quote)
        elif mark == GERMAN_OPEN_SINGLE:
            single_open += 1
            quotes.append(Quote(position, mark, True, GERMAN_OPEN_SINGLE))
        elif mark == GERMAN_CLOSE_SINGLE and single_open:
            single_open -= 1
            quotes.append(Quote(position, mark, False, GERMAN_CLOSE_SINGLE))
        else:
            space_before, space_after = _flanks(text, position)
            after = text[position + 1 : position + 2]
            if mark in "‘'" and space_before and after.isalpha() and pending_single is None:
                pending_single = Quote(position, mark, True, GERMAN_OPEN_SINGLE)
            elif mark in "’'" and pending_single and space_after and not space_before:
                quotes += [pending_single, Quote(position, mark, False, GERMAN_CLOSE_SINGLE)]
                pending_single = None
    quotes.sort(key=lambda q: q.position)
    return quotes
