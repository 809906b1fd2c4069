"""Terminology rules backed by the loaded glossary (``ctx.glossary``; none loaded: silent).

- ``glossary.forbidden`` (major): a forbidden rendering, inflected forms included ("AI" in
  "AI-Rennen" under the house rule AI -> KI, "Fluchtluken"), or a case-sensitive term in the
  wrong case (minor). Wrong terminology changes what the reader understands: major.
- ``glossary.name`` (minor): a do-not-translate name miscased ("Openai", "DOD", "Xai’s"),
  which a reader still recognises; an altered name ("Mustafa Sulyman") is major, since it
  names someone or something else.
- ``glossary.missing`` (major): the source (without a source: the reference) has a term the
  MT lacks; the garbled span in its place is located and replaced ("Azure Ai Giesel" ->
  "Azure AI Foundry"), else the whole segment is flagged. A lost product or concept name is an
  accuracy error a reader cannot repair: major.

The glossary index is built once per document and kept in ``ctx.cache``; the three rules share
one analysis per segment (see ``core/glossary/analysis.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..glossary.analysis import FORBIDDEN, MISSING, NAME, GlossaryIndex, analyse
from ..model import Category, Segment, Severity
from .registry import Finding, check

_INDEX, _LAST = "glossary.index", "glossary.last-segment"


def findings(segment: Segment, ctx) -> dict[str, list[Finding]]:
    """All glossary findings of ``segment``, computed once and shared by the three rules."""
    glossary = ctx.glossary
    cached = ctx.cache.get(_INDEX)
    if cached is None or cached.glossary is not glossary:
        cached = ctx.cache[_INDEX] = GlossaryIndex.build(glossary)
        ctx.cache.pop(_LAST, None)
    key = (segment.text, segment.source, segment.reference)
    last = ctx.cache.get(_LAST)
    if last is None or last[0] != key:
        last = ctx.cache[_LAST] = (key, analyse(segment, cached))
    return last[1]


@check(FORBIDDEN, Category.TERMINOLOGY, Severity.MAJOR,
       "forbidden rendering of a glossary term, or a case-sensitive term miscased")
def forbidden_term(segment: Segment, ctx) -> Iterable[Finding]:
    return findings(segment, ctx)[FORBIDDEN] if ctx.glossary else ()


@check(NAME, Category.TERMINOLOGY, Severity.MINOR, "do-not-translate name miscased (minor) or altered (major)")
def altered_name(segment: Segment, ctx) -> Iterable[Finding]:
    return findings(segment, ctx)[NAME] if ctx.glossary else ()


@check(MISSING, Category.TERMINOLOGY, Severity.MAJOR,
       "required glossary term missing; the span that replaced it is located")
def missing_term(segment: Segment, ctx) -> Iterable[Finding]:
    return findings(segment, ctx)[MISSING] if ctx.glossary else ()
