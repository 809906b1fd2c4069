"""A sentence mark the source ends with and the translation lost: "Vielen Dank" for "Thank
you." → "Vielen Dank." (mqm-ted-dev, marked by its rater as a punctuation error).

Flagged: a segment that ends in a letter or digit while its aligned source sentence (without
a source: its reference) ends with a full stop, question or exclamation mark, closing quotes
or brackets after it allowed. The last word is the span and the fix adds the source's mark.
A translation that ends with other punctuation (a colon, an ellipsis, a quotation mark) is
left alone: it may be a deliberate rendering, and the mark to add is not certain.

Measured: 1 flag on the 13 MT systems of mqm-ted-dev, on a rater-marked punctuation error;
none on ``ref`` and none on the sample (its two unpunctuated lines, "Die Zukunft" and "Das
Ergebnis wird bestimmen", have no mark in the source either).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

_SOURCE_MARK = re.compile(r"(?P<mark>[.!?])[\"“”’'»«)\]]*\s*$")
_LAST_WORD = re.compile(r"[\w-]+$")


@check("typography.final-punctuation", Category.FLUENCY, Severity.MINOR,
       "the full stop, question or exclamation mark that ends the source is missing at the end of the translation")
def final_punctuation(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    counterpart = segment.source or segment.reference
    text = segment.text.rstrip()
    if not counterpart or not text[-1:].isalnum():
        return
    mark = _SOURCE_MARK.search(counterpart[-8:])
    word = _LAST_WORD.search(text[-80:])
    if mark is None or word is None or mark.group("mark") == "." and counterpart.rstrip().endswith(".."):
        return
    start = len(text) - len(word.group())
    yield Finding(start, len(text), f"the source ends with “{mark.group('mark')}”, the translation with no mark",
                  word.group() + mark.group("mark"))
