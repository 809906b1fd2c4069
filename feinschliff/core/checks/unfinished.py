"""A paragraph of running text that stops in the middle of a sentence: "… um bis zu 20 neue
Rechenzentren zu bauen. Das Ergebnis wird bestimmen" (the end of the sample, whose object is
missing; its source and reference are cut off the same way, and a reader sees it either way).

Flagged: the last sentence of a paragraph (the segment ends its line of the document, or is a
unit of a bilingual file) when sentences ending with a full stop, question or exclamation mark
come before it in the same paragraph, and it has at least three words, holds a verb
(``fragments.looks_like_verb``) and ends in a lowercase word with no punctuation after it.
Left alone: a heading run into the paragraph ("… entwickelt wurde. Die Zukunft"), which ends
in a noun and has no verb; a line or unit with one sentence only (a heading, a caption, a UI
string, a line of a line-parallel file); a paragraph whose last sentence ends in a name, a
number or a closing bracket; and a line the next one continues in lowercase (a hard line
break).

Measured: one flag on the sample reference (the cut-off last sentence above), none on ``ref``
of mqm-ted-dev nor on its 13 MT systems, none on the Text+Berg German (lines joined into
paragraphs of six).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext
from .fragments import FINITE, looks_like_verb
from .registry import Finding, check

_SENTENCE_END = re.compile(r"[.!?…][\"“”„»«'’)\]]*\s+(?=\S)")
_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"“”„»«'’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_ENDS_IN_LOWERCASE_WORD = re.compile(r"(?<![\w-])[a-zäöüß][\w-]*$")
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


@check("fluency.unfinished-sentence", Category.FLUENCY, Severity.MINOR,
       "a paragraph of running text that ends in the middle of a sentence (\"… Das Ergebnis wird bestimmen\")")
def unfinished_sentence(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text.rstrip()
    if not text[-1:].isalpha() or not _ENDS_IN_LOWERCASE_WORD.search(text[-80:]):
        return
    before = _paragraph_before(segment, ctx)
    if before is None:
        return
    ends = list(_SENTENCE_END.finditer(text))
    start = ends[-1].end() if ends else 0
    if not ends and not _ENDS_A_SENTENCE.search(before):
        return  # one sentence on its line: a heading, a caption, a UI string
    words = _WORD.findall(text[start:])
    if len(words) < _MIN_WORDS or not (FINITE.intersection(words)
                                       or any(looks_like_verb(w, i == 0) for i, w in enumerate(words))):
        return
    yield Finding(start, len(text), "unfinished sentence: the paragraph ends in the middle of a sentence")
