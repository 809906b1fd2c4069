"""What every check may consult besides the segment itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..glossary.model import Glossary
from ..model import Segment


@dataclass(slots=True)
class CheckContext:
    """Shared, read-only inputs of all checks for one document.

    ``settings`` holds per-rule tuning from the configuration, keyed by rule id, e.g.
    ``{"accuracy.drift": {"min_chrf": 30.0}}``; checks read them with ``setting``.
    ``cache`` lets a family of rules share work computed once per document (e.g. the glossary
    matcher index); keys are chosen by the owning module.
    """

    glossary: Glossary | None = None
    #: whether omitted text is German reference text (else English source text)
    has_reference: bool = False
    #: median segment chrF of the document (None when too few segments have a reference)
    median_chrf: float | None = None
    target_lang: str = "de"
    source_lang: str = "en"
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the whole target text, for rules that learn from the document (the names it repeats)
    document: str = ""
    #: XLIFF files: each unit's plain target, in file order (what comes before a unit); empty
    #: for a PO catalog or a TMX, whose units follow no thread
    unit_texts: tuple[str, ...] = ()
    cache: dict[str, Any] = field(default_factory=dict)

    def setting(self, rule_id: str, key: str, default: Any) -> Any:
        return self.settings.get(rule_id, {}).get(key, default)


def stands_in(source: str | None, text: str) -> bool:
    """Does ``source`` have ``text`` as it stands, as a whole word or words ("mmap", "North
    Darfur")? What the source has verbatim is an identifier or a name, not a slip of German."""
    return bool(source) and re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", source) is not None


# a line that names what the next one describes: an option, a lowercase command, an identifier
_TERM_LINE = re.compile(r"\s*(?:[-?~!/$]|[a-zäöü]|[^\s_=/<>\[\]:]*[_=/<>\[\]]|[^\s:]+::)")
COMPLETE = re.compile(r"[.!?][\"“”’'»«)\]]*\s*$")  # a sentence end, then only closing marks


def ends_in_term_line(before: str, from_the_start: bool) -> bool:
    """Does the text end in a whole line that names a term the next line describes ("--test",
    "-q, --quiet", "FIRST_UID und LAST_UID", "update"), as manuals and help texts write them?
    ``from_the_start``: ``before`` begins where the document does, so its first line is whole."""
    _, newline, line = before.rstrip().rpartition("\n")
    return bool(newline or from_the_start) and bool(_TERM_LINE.match(line)) and not COMPLETE.search(line)


#: a line of at most three words with no sentence end, and the first letter of the line after it
_SHORT_THEN = re.compile(r"^[^\S\n]*(?:[^\s.!?]+[^\S\n]+){0,2}[^\s.!?]+[^\S\n]*\n[^\S\n]*(?P<next>[^\W\d_])", re.M)
_SENTENCE_MARK = re.compile(r"[.!?]")
MIN_DEFINITIONS = 3  # a document that describes short lines on the next this often is a definition list


def ends_in_short_line(before: str, from_the_start: bool) -> bool:
    """Does ``before`` end in a whole line of at most three words with no sentence end (a term
    a definition list describes on the next line: "Max-FutureTime", "COLUMNS", "Stufe 2")?
    ``from_the_start``: ``before`` begins where the document does."""
    _, newline, line = before.rpartition("\n")
    return bool(newline or from_the_start) and 0 < len(line.split()) <= 3 and not _SENTENCE_MARK.search(line)


def definition_list(ctx: CheckContext, lowercase: bool) -> bool:
    """Does the document write at least ``MIN_DEFINITIONS`` short lines, each followed by a line
    that starts with a letter (``lowercase``: a lowercase one)? Then the line after a short one
    describes it, as manual pages set their options and fields (apt.conf(5): "Max-ValidTime"
    then "maximale Zeit …"), where one heading before a lowercase line is a slip."""
    key = f"definition-list.{lowercase}"
    found = ctx.cache.get(key)
    if found is None:
        starts = [m.group("next") for m in _SHORT_THEN.finditer(ctx.document)]
        found = ctx.cache[key] = sum(c.islower() or not lowercase for c in starts) >= MIN_DEFINITIONS
    return found


_LABEL = re.compile(r"\s*(?:\S+\s+){0,2}\S+:(?:\s|$)")  # at most three words, then a colon


def labels(text: str) -> bool:
    """Does ``text`` open with a label of at most three words and a colon, naming what follows
    ("Gültige Modi: adduser, …", "Beispiel: vim "+set si" main.c")?"""
    return _LABEL.match(text) is not None


_SENTENCE_END = re.compile(r"[.!?…]+[\"“”»«)]*\s+|\n")
_LOOK_BACK = 600


def sentences_before(ctx: CheckContext, segment: Segment, count: int = 1) -> list[str]:
    """The last ``count`` sentences before the segment, nearest last: in the document, or in the
    units before it (XLIFF; the messages of a PO catalog and the units of a TMX follow no
    thread, and have none)."""
    if segment.unit is not None:
        if not 0 < segment.index <= len(ctx.unit_texts):
            return []
        before = "\n".join(ctx.unit_texts[max(0, segment.index - count):segment.index]).rstrip()
    elif segment.start > 0 and ctx.document:
        before = ctx.document[max(0, segment.start - _LOOK_BACK * count):segment.start].rstrip()
    else:
        return []
    ends = [0] + [m.end() for m in _SENTENCE_END.finditer(before)]
    if ends[-1] == len(before):
        ends.pop()
    whole = segment.unit is not None or segment.start <= _LOOK_BACK * count  # the window reaches back to the start
    pieces = [before[a:b] for a, b in zip(ends, ends[1:] + [len(before)])][-count:]
    return pieces if whole or len(ends) > count else pieces[1:]
