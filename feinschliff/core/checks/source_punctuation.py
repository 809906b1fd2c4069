"""Punctuation the source has and the translation lost: the mark that ends the sentence, and
the partner of a bracket. Both compare with the aligned source sentence (without a source:
the reference), so only what the source itself has counts.

``typography.final-punctuation``: "Vielen Dank" for "Thank you." → "Vielen Dank." (mqm-ted-dev,
marked by its rater as a punctuation error). Flagged: a segment that ends in a letter or digit
while its source ends with a full stop, question or exclamation mark (closing quotes or
brackets after it allowed). The last word is the span and the fix adds the source's mark. A
translation that ends with other punctuation (a colon, an ellipsis, a quotation mark) is left
alone: it may be a deliberate rendering, and the mark to add is not certain. Measured: 1 flag
on the 13 MT systems of mqm-ted-dev, rater-marked; none on ``ref`` and none on the sample (its
two unpunctuated lines, "Die Zukunft" and "Das Ergebnis wird bestimmen", have no mark in the
source either); 8 on the Text+Berg machine translation, all real. A period that belongs to an
abbreviation the sentence splitter knows ("Virgin Islands, U.S.", "etc.") asks for none. On the
79,477 units of Debian's German UI catalogs (human translations): 170 flags (0.2 %), where the
translator left out the source's stop ("Did not find any settings." → "Keine Einstellungen
gefunden"), a mismatch that localisation QA reports.

``typography.unpaired-bracket``: "(Und einfach so zeigt Ihnen der Eisberg …" for "(Music) And
just like that, the iceberg shows you …" ("Musik)" was lost). Round and square brackets are
matched in order; the first one left unpaired is flagged. The source must have brackets and
pair all of them, so list markers ("a)", "1)") and emoticons, which it would carry too, never
count, nor does a sentence whose bracketed passage goes on in the next one (its partner stands
within 300 characters, or the source aligned to it has no brackets). Measured: 1 flag on the
13 MT systems of mqm-ted-dev (the one above, real, though its rater marked the sentence as
awkward rather than the bracket); none on ``ref``, on the sample, and on the Text+Berg original
and its machine translation against the French source; 4 on Debian's German UI catalogs, all
real ("Syntax: @GPGCONF@ {Optionen]", "UMWANDLUNGSFEHLER in Zeile %ld]").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..segment.lexicon import ABBREVIATIONS
from .context import CheckContext
from .registry import Finding, check

_SOURCE_MARK = re.compile(r"(?P<mark>[.!?])[\"“”’'»«)\]]*\s*$")
_LAST_WORD = re.compile(r"[\w-]+$")
_PARTNER = {")": "(", "]": "["}
_BRACKETS = frozenset("()[]")
_NEIGHBOURHOOD = 300  # characters around the segment where a partner pairs it across sentences


def _abbreviation_or_dots(source: str) -> bool:
    """Does the final period belong to an abbreviation ("Virgin Islands, U.S.", "etc.") or to
    dots ("and then...")? Then the translation needs none of its own."""
    last = source.rstrip().rstrip("\"“”’'»«)]").split()
    return bool(last) and (last[-1].endswith("..") or last[-1].rstrip(".").lstrip("(\"“") in ABBREVIATIONS)


@check("typography.final-punctuation", Category.FLUENCY, Severity.MINOR,
       "the full stop, question or exclamation mark that ends the source is missing at the end of the translation")
def final_punctuation(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    counterpart = segment.source or segment.reference
    text = segment.text.rstrip()
    if not counterpart or not text[-1:].isalnum():
        return
    mark = _SOURCE_MARK.search(counterpart[-8:])
    word = _LAST_WORD.search(text[-80:])
    if mark is None or word is None or mark.group("mark") == "." and _abbreviation_or_dots(counterpart):
        return
    start = len(text) - len(word.group())
    yield Finding(start, len(text), f"the source ends with “{mark.group('mark')}”, the translation with no mark",
                  word.group() + mark.group("mark"))


def unpaired(text: str) -> int | None:
    """The position of the first bracket without its partner, or None when all are paired."""
    if _BRACKETS.isdisjoint(text):
        return None
    open_at: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char in "([":
            open_at.append((char, i))
        elif char in _PARTNER:
            if not open_at or open_at[-1][0] != _PARTNER[char]:
                return i
            open_at.pop()
    return open_at[0][1] if open_at else None


def _paired_across(segment: Segment, ctx: CheckContext, at: int) -> bool:
    """Is the bracket's partner in the sentence before or after (a passage in brackets that
    runs over a sentence end: "( Basel :" / "Benno Schwabe 1935 ) .")?"""
    document = ctx.document
    if document[segment.start:segment.end] != segment.text:
        return False
    position = segment.start + at
    if segment.text[at] in "([":
        return unpaired(document[position:position + _NEIGHBOURHOOD]) != 0
    return _PARTNER[segment.text[at]] in document[max(0, position - _NEIGHBOURHOOD):position]


@check("typography.unpaired-bracket", Category.FLUENCY, Severity.MINOR,
       "a bracket opened or closed without its partner, where the source pairs its brackets")
def unpaired_bracket(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    counterpart = segment.source or segment.reference
    if (not counterpart or _BRACKETS.isdisjoint(segment.text) or _BRACKETS.isdisjoint(counterpart)
            or unpaired(counterpart) is not None):
        return  # a source with no brackets may be aligned to half of a bracketed passage
    at = unpaired(segment.text)
    if at is not None and not _paired_across(segment, ctx, at):
        yield Finding(at, at + 1, f"“{segment.text[at]}” has no partner in the sentence; the source pairs its brackets")
