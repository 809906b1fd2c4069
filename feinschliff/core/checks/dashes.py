"""The German dash (Gedankenstrich): an en dash with a space on each side („Sie kam – endlich –
nach Hause“). Text typed on a keyboard, and much MT, puts a hyphen-minus or two in its place
(" - ", " -- ", "Wort--Wort"), which German typesetting never uses for a dash.

Not matched: a hyphen at the start of a segment (a list item), a minus between numbers
("5 - 3") and hyphens inside code spans. The em dash is left alone: some house styles use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

DASH = "typography.dash"
_SPACED = re.compile(r"(?<=\S)(?P<space>[ \u00a0])(?P<dash>--?)(?=[ \u00a0]\S)")
_GLUED = re.compile(r"(?<=[^\W\d_])--(?=[^\W\d_])")
_CODE = re.compile(r"`[^`\n]*`")


def _minus(text: str, start: int, end: int) -> bool:
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return before.isdigit() and after.isdigit()


@check(DASH, Category.LOCALE, Severity.MINOR,
       "a hyphen-minus (or two) where German sets a dash: an en dash between spaces")
def dash(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    text = segment.text
    if "-" not in text or not ctx.target_lang.lower().startswith("de"):
        return
    protected = [m.span() for m in _CODE.finditer(text)] if "`" in text else []
    for match in _SPACED.finditer(text):
        start, end = match.span("dash")
        if _minus(text, start, end) or any(a <= start < b for a, b in protected):
            continue
        yield Finding(start, end, f"German sets a dash as an en dash between spaces: “ – ”, not “ {match['dash']} ”", "–")
    for match in _GLUED.finditer(text):
        if not any(a <= match.start() < b for a, b in protected):
            yield Finding(match.start(), match.end(), "German sets a dash as an en dash between spaces: “ – ”", " – ")
