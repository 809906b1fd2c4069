"""One reader, two forms of address: a document that says "Sie" to its reader and here and there
"du" ("Stellen Sie sich vor … Es ist überall um dich herum"). English "you" has one form, so MT
picks either, sentence by sentence; raters mark the switch as a register error, and a style
guide asks for one form throughout.

The document is read once. Formal address is a capitalised "Sie", "Ihnen" or "Ihr…" inside a
sentence (at its start "Sie" may be "they"); informal address is du, dich, dir, dein…, euch,
euer, eure… (not "ihr", which is also "her" and "their"). Words inside quotation marks (speech,
titles), in code ("--dir", "%du", "Dir::Bin") and words the source has as they stand ("dir")
are not address. When one form is used at least
``min_uses`` times (default 3) and at least twice as often as the other, every use of the
rarer form is flagged. There is no fix: the verb changes with the pronoun ("du kämpfst" → "Sie
kämpfen").

Measured before it went on (``python bench/mqm_ted.py``): the 13 MT systems of mqm-ted-dev
hold 74 informal words among their "Sie"; 26 of them are flagged (the rest are in systems that
mix the two too evenly), 53.8 % on a rater span, mostly marked Fluency/Register. None on
``ref``, the sample, its reference and the Text+Berg documents. Each of Debian's German UI
catalogs read as one document: 1 flag, libc's joke "Diesmal hast Du es wirklich kaputtgemacht"
among its formal messages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from .context import CheckContext, stands_in
from .registry import Finding, check

CONSISTENT_ADDRESS = "fluency.consistent-address"
DEFAULT_MIN_USES = 3
#: the usual form must be this many times as frequent as the rarer one
MAJORITY = 2
_CACHE = "consistent-address.rare"
# not in code: "--backup-to=dir", "$dir", "index.(bt|db|dir|pag)"
_INFORMAL = re.compile(r"(?<![\w/$`.=_%\\|-])(?<!\()(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e|en|em|er|es)?|[Ee]uch"
                       r"|[Ee]uer|[Ee]ur(?:e|en|em|er|es))(?![\w/`(=_\[|-]|::)")
_FORMAL = re.compile(r"(?<=[\w,;–—)] )(?:Sie|Ihnen|Ihr(?:e|en|em|er|es)?)(?![\w-])")
#: a quotation within one line: German, English, straight or guillemets
_QUOTED = re.compile(r"„[^“”\"\n]*[“”\"]|“[^”\n]*”|\"[^\"\n]*\"|»[^«\n]*«|«[^»\n]*»")
#: what each form starts with: found with ``str.find`` first, far faster over a long document
#: than a pattern tried at every position
_STEMS = {_INFORMAL: ("du", "Du", "dich", "Dich", "dir", "Dir", "dein", "Dein", "eu", "Eu"),
          _FORMAL: ("Sie", "Ihnen", "Ihr")}
_KINDS = {True: ("“Sie”", _FORMAL), False: ("“du”", _INFORMAL)}


def _matches(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    found = set()
    for stem in _STEMS[pattern]:
        at = text.find(stem)
        while at >= 0:
            match = pattern.match(text, at)
            if match:
                found.add(match.span())
            at = text.find(stem, at + 1)
    return sorted(found)


def _uses(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where ``pattern`` matches outside quotations."""
    quoted = [m.span() for m in _QUOTED.finditer(text)] if any(q in text for q in "„“\"»«") else []
    starts = [start for start, _ in quoted]
    uses = []
    for start, end in _matches(text, pattern):
        at = bisect_right(starts, start) - 1
        if at < 0 or quoted[at][1] <= start:
            uses.append((start, end))
    return uses


def _rare_form(ctx: CheckContext) -> tuple[bool, int, list[tuple[int, int]]] | None:
    """Which form the document uses rarely (True: the formal one), how often it uses the usual
    one, and where in the document the rare uses are; None when it keeps to one form, or mixes
    them too evenly to tell."""
    if _CACHE in ctx.cache:
        return ctx.cache[_CACHE]
    text = ctx.document
    rare = None
    informal = _uses(text, _INFORMAL)
    if informal:
        formal = _uses(text, _FORMAL)
        usual, fewer = max(len(formal), len(informal)), min(len(formal), len(informal))
        least = int(ctx.setting(CONSISTENT_ADDRESS, "min_uses", DEFAULT_MIN_USES))
        if fewer and usual >= least and usual >= MAJORITY * fewer:
            rare = (len(formal) < len(informal), usual, formal if len(formal) < len(informal) else informal)
    ctx.cache[_CACHE] = rare
    return rare


@check(CONSISTENT_ADDRESS, Category.FLUENCY, Severity.MINOR,
       "the reader addressed as “du” in a document that says “Sie” (or the other way round)")
def consistent_address(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    rare = _rare_form(ctx)
    if rare is None:
        return
    formal, usual_count, in_document = rare
    usual, _ = _KINDS[not formal]
    text = segment.text
    if ctx.document[segment.start:segment.end] == text:  # the document's own uses, looked up
        first, last = bisect_left(in_document, (segment.start, 0)), bisect_left(in_document, (segment.end, 0))
        uses = [(a - segment.start, b - segment.start) for a, b in in_document[first:last] if b <= segment.end]
    else:
        uses = _uses(text, _KINDS[formal][1])
    for start, end in uses:
        if stands_in(segment.source, text[start:end]):  # "--backup-to dir": code, not address
            continue
        yield Finding(start, end, f"the document addresses its reader as {usual} elsewhere "
                                  f"({usual_count} times); keep to one form of address")
