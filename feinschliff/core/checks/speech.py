"""Direct speech after its introducing clause takes a colon, not a comma: "…, unverblümt
zusammengefasst, „Geld zu geben … aus dem Weg zu bleiben.“" → "zusammengefasst: „Geld …“".

Flagged: a comma right before an opening quotation mark whose quotation is a sentence of its
own — it begins with a capital and ends with its own full stop, question or exclamation mark
inside the closing mark. Left alone: a quotation resumed after an inserted "sagte er"
("„Ja“, sagte er, „das stimmt.“": a quotation mark earlier in the sentence), and quoted words
in a list, which end without a full stop of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

_OPENING = "„\"“»‚"
_CLOSING = "“\"”«‘"
_QUOTED = re.compile(rf"(?<=[^\W\d_]),(?P<space> ?)(?P<open>[{_OPENING}])(?P<quote>[A-ZÄÖÜ][^{_CLOSING}]*?[.!?])[{_CLOSING}]")
_QUOTES = frozenset(_OPENING + _CLOSING)


@check("fluency.speech-colon", Category.FLUENCY, Severity.MINOR,
       "direct speech introduced with a comma instead of a colon (\"zusammengefasst, „Geld zu geben …“\")")
def speech_colon(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    if "," not in text:
        return
    for match in _QUOTED.finditer(text):
        sentence = re.split(r"(?<=[.!?])\s", text[:match.start()])[-1]
        if _QUOTES & set(sentence):
            continue  # a quotation resumed after "sagte er"
        yield Finding(match.start(), match.start() + 1, "direct speech is introduced by a colon",
                      ":")
