"""The polite "Sie" where the English source says "they" or "she": "Aber sie sind nicht
eingefroren; Sie verschmelzen tatsächlich." ("they're actually merging") → "sie".

German writes the polite address (Sie, Ihnen, Ihr …) with a capital; the third person (sie,
ihnen, ihr …) in lowercase. A capital form after a clause boundary (a comma, semicolon or
dash, or a conjunction such as "und", "dass", "weil") is flagged when the segment's English
source has a third-person pronoun and no "you" or "your": nobody is addressed, so the capital
is wrong. Sentence-initial "Sie" says nothing (every pronoun is capitalised there), nor does
"Sie" after a colon, which may open a sentence of its own ("wie sich ihre Beziehung wandelt:
Sie müssen …", the sample reference), and an imperative ("Stellen Sie sich vor") follows its
verb, not a boundary.

Measured on mqm-ted-dev: 1 flag on the 13 MT systems, on a rater-marked spelling error; none
on ``ref`` and none on the sample, its MT and its reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

_AFTER_BOUNDARY = re.compile(
    r"(?:[,;–—] |(?<![\w-])(?:und|aber|denn|weil|dass|wenn|als|ob|sondern|oder|da|damit|obwohl|während|bis|sobald) )"
    r"(?P<word>Sie|Ihnen|Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres)(?![\w-])")
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|yourselves|y'all)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:they|them|their|theirs|themselves|she|her|hers|herself)\b", re.I)


@check("fluency.polite-pronoun", Category.FLUENCY, Severity.MINOR,
       "the polite \"Sie\" mid-sentence where the English source says \"they\" or \"she\" and addresses nobody")
def polite_pronoun(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source = segment.source
    if (not source or not ctx.target_lang.lower().startswith("de") or not ctx.source_lang.lower().startswith("en")
            or _ADDRESSED.search(source) or not _THIRD_PERSON.search(source)):
        return
    for match in _AFTER_BOUNDARY.finditer(segment.text):
        word = match.group("word")
        yield Finding(match.start("word"), match.end("word"),
                      f"“{word}” is the polite address, but the source addresses nobody: {word.lower()}",
                      word.lower())
