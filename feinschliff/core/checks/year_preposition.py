"""``fluency.year-preposition``: "in" before a bare year, the English construction ("dass in
1955 die Schneegrenze …", the Text+Berg machine translation of "en 1955"). German writes the
year alone or "im Jahr 1955"; the fix is the latter, which fits every sentence.

Only a year that stands as one is read: four digits from 1100 to 2099, followed by the end of
the text, a punctuation mark or a lowercase word that is no unit. Left alone: a number that
counts something ("in 1000 Metern Höhe", "in 2000 m", "in 1500 Fällen"), a number in a formula
or table ("in 1024 * Punkt/Zoll"), decades ("in den 1990ern") and a year range or list, which
gets the flag but no fix ("in 1955 und 1956": "in den Jahren …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

YEAR_PREPOSITION = "fluency.year-preposition"
_YEAR = re.compile(r"(?<![\w.,-])(?P<prep>[iI]n) (?P<year>1[1-9]\d\d|20\d\d)(?![\w.,:/-]\d|[\w%°])"
                   r"(?P<after>\s*(?:$|[.,;:!?)\]–—\"“”»«]|(?P<word>[a-zäöüß]+)\b))")
_RANGE = frozenset({"und", "bis", "oder", "sowie"})
#: lowercase units that follow a count, not a year ("in 2000 m Höhe")
_UNITS = frozenset("m km cm mm kg g t l ml h min s ha m² km² qm mio mrd".split())


@check(YEAR_PREPOSITION, Category.FLUENCY, Severity.MINOR,
       "\"in\" before a bare year, as English writes it (\"in 1955\" → \"im Jahr 1955\")")
def year_preposition(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    text = segment.text
    if not ctx.target_lang.lower().startswith("de") or "n 1" not in text and "n 20" not in text:
        return
    for match in _YEAR.finditer(text):
        word = match.group("word")
        if word in _UNITS:
            continue
        year = match.group("year")
        fix = None if word in _RANGE else f"{'I' if match.group('prep') == 'In' else 'i'}m Jahr {year}"
        yield Finding(match.start(), match.end("year"),
                      f"German puts no “in” before a year: “{year}” or “im Jahr {year}”", fix)
