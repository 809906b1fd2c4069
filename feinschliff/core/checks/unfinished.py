"""A paragraph of running text that stops in the middle of a sentence: "… um bis zu 20 neue
Rechenzentren zu bauen. Das Ergebnis wird bestimmen" (the end of the sample, whose object is
missing; its source and reference are cut off the same way, and a reader sees it either way).

Flagged: the last sentence of a paragraph (the segment ends its line of the document, or is a
unit of a bilingual file) when sentences come before it on the same line (as the sentence
splitter finds them, so "evtl." or "z. B." ends none), and it has at least three words, holds a
verb (``fragments.looks_like_verb``) and ends in a lowercase word with no punctuation after it.
Left alone: a heading run into the paragraph ("… entwickelt wurde. Die Zukunft"), which ends
in a noun and has no verb; a line or unit with one sentence only (a heading, a caption, a UI
string, a line of a line-parallel file); a paragraph whose last sentence ends in a name, a
number, a closing bracket or a file name or address ("main.c", "…@gmx.de"); a label and what
it names ("Beispiel: vim "+set si" main.c"); a line the next one continues in lowercase (a hard line break);
a segment whose source (or reference) ends with a mark, since ``typography.final-punctuation``
then adds it, with the fix; and a unit of a bilingual file whose source ends without one, as
software strings often do on purpose.

Measured: one flag on the sample reference (the cut-off last sentence above), none on ``ref``
of mqm-ted-dev nor on its 13 MT systems, none on the Text+Berg German (lines joined into
paragraphs of six), none on the 79,477 units of Debian's German UI catalogs (225 before units
were judged against their source and abbreviations by the splitter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..segment import split_sentences
from .context import CheckContext, labels
from .fragments import FINITE, looks_like_verb
from .registry import Finding, check

_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"“”„»«'’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_ENDS_IN_LOWERCASE_WORD = re.compile(r"(?<![\w.@/-])[a-zäöüß][\w-]*$")  # not "main.c", "gmx.de"
_MIN_WORDS = 3


def _paragraph_before(segment: Segment, ctx: CheckContext) -> str | None:
    """The paragraph's text before the segment, or None when the segment does not end its line."""
    document = ctx.document
    if segment.unit is not None or document[segment.start:segment.end] != segment.text:
        return ""  # a unit of a bilingual file, or a segment known alone: it ends with its text
    line_end = document.find("\n", segment.end)
    if document[segment.end:line_end if line_end >= 0 else None].strip():
        return None
    if line_end >= 0 and document[line_end:].lstrip()[:1].islower():
        return None  # a hard line break: the sentence goes on in lowercase
    return document[document.rfind("\n", 0, segment.start) + 1:segment.start]


def _last_sentence(text: str, before: str, lang: str) -> int | None:
    """Where the last sentence of the text's last line starts, when sentences ending with a
    mark come before it in its paragraph; else None (one sentence on its line)."""
    line_start = text.rfind("\n") + 1
    sentences = split_sentences(text[line_start:], lang)
    if len(sentences) > 1:
        return line_start + sentences[-1].start
    if line_start == 0 and sentences and _ENDS_A_SENTENCE.search(before):
        return sentences[-1].start
    return None


@check("fluency.unfinished-sentence", Category.FLUENCY, Severity.MINOR,
       "a paragraph of running text whose last sentence stops without a closing mark (\"… Das Ergebnis wird bestimmen\")")
def unfinished_sentence(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text.rstrip()
    if not text[-1:].isalpha() or not _ENDS_IN_LOWERCASE_WORD.search(text[-80:]):
        return
    counterpart = segment.source or segment.reference
    if counterpart and _ENDS_A_SENTENCE.search(counterpart):
        return  # the counterpart has the mark: typography.final-punctuation adds it, with the fix
    if segment.unit is not None and counterpart:
        return  # a unit that ends as its source does: software strings leave the stop out on purpose
    before = _paragraph_before(segment, ctx)
    start = None if before is None else _last_sentence(text, before, ctx.target_lang)
    if start is None:
        return
    if labels(text[start:]):
        return  # a label and what it names
    words = _WORD.findall(text[start:])
    if len(words) < _MIN_WORDS or not (FINITE.intersection(words)
                                       or any(looks_like_verb(w, i == 0) for i, w in enumerate(words))):
        return
    yield Finding(start, len(text), "unfinished sentence: the paragraph's last sentence stops without a closing mark")
