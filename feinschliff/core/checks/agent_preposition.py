"""The agent of an English action noun turned into a place or a goal: "a planned $500 billion
investment by the partners" → "eine geplante Investition … in die Partner" (the partners
invest; they are not what is invested in). German names the agent of an action noun with a
genitive ("die Investition der Partner"), *von* or *durch*; MT that takes the head noun's
usual preposition ("Investition in", "Angriff auf", "Einfluss auf") reverses the roles.

Flagged, with an English source: "by the <agent>" in the source, and in the translation the
agent's noun (the same word or its cognate: "partners" / "Partner", fuzzy ratio ≥ 85) after a
preposition no agent takes (in, auf, für, aus, über, unter, gegen, ohne, hinter, vor, zu) and
a determiner. Only "by the …" counts (a definite agent: "by a signal" may well become "für
ein Signal" in a rebuilt sentence), and the agent must occur once in the source and once in
the translation. Prepositions that do render "by" are never flagged: nach ("sorted by the
name"), mit ("by the bus"), an or bei ("by the window"), um ("by the factor"), bis. The fix
puts *durch* (which takes the same accusative) or *von* (for a dative) in place of the
preposition when the phrase reads as one case only.

Measured before it went on: 1 flag on the sample MT ("in die Partner", its gold error), none
on the sample reference and none on the 13 MT systems and ``ref`` of mqm-ted-dev. Debian's
German UI catalogs (``bench/ui_catalogs.py``, 79,477 human-translated messages) have 27 "by
the" agents with a cognate in the translation, all rendered with von, vom, durch or a rebuilt
phrase: no flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..model import Category, Segment, Severity
from ._phrases import DETERMINER, is_adjective, phrase_cells
from .context import CheckContext
from .registry import Finding, check

AGENT_PREPOSITION = "accuracy.agent-preposition"
_ENGLISH_AGENT = re.compile(r"\bby the (?:[a-z]+ ){0,2}?(?P<agent>[A-Za-z][\w-]{3,})\b")
_NOT_AGENT = "in|auf|für|aus|über|unter|gegen|ohne|hinter|vor|zu"
_PHRASE = re.compile(
    rf"(?<![\w-])(?P<prep>{_NOT_AGENT}) (?P<det>{DETERMINER}) (?P<adjs>(?:[a-zäöüß][\w-]*(?:e|en|em|er|es) )*)"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w‐‑-])")
COGNATE = 85.0


def _agent(source: str) -> str | None:
    """The agent of the one "by the …" in ``source``, when that word occurs nowhere else there."""
    found = [m["agent"].casefold() for m in _ENGLISH_AGENT.finditer(source)]
    if len(found) != 1 or len(re.findall(rf"\b{re.escape(found[0])}\b", source, re.I)) != 1:
        return None
    return found[0]


def _replacement(det: str, adjectives: tuple[str, ...], noun: str) -> str | None:
    """*durch* when the phrase reads as an accusative, *von* as a dative, else no certain fix."""
    cases = {cell[1] for cell in phrase_cells(det.lower(), adjectives, noun)}
    if cases == {"A"}:
        return "durch"
    return "von" if cases == {"D"} else None


@check(AGENT_PREPOSITION, Category.ACCURACY, Severity.MAJOR,
       "the agent of an English action noun (“investment by the partners”) under a preposition no agent takes")
def agent_preposition(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source = segment.source
    if not source or " by the " not in source or not ctx.source_lang.lower().startswith("en"):
        return
    agent = _agent(source)
    if agent is None:
        return
    same = [w for w in re.findall(r"[\w-]{4,}", segment.text) if fuzz.ratio(w.casefold(), agent) >= COGNATE]
    if len(same) != 1:
        return
    for match in _PHRASE.finditer(segment.text):
        if fuzz.ratio(match["noun"].casefold(), agent) < COGNATE:
            continue
        adjectives = tuple(match["adjs"].split())
        if not all(is_adjective(a) for a in adjectives):
            return
        fix = _replacement(match["det"], adjectives, match["noun"])
        yield Finding(match.start("prep"), match.end("prep"),
                      f"the source's agent (“by the {agent}”) is rendered as a place or goal "
                      f"(“{match['prep']} {match['det']} …”); German names it with von, durch or a genitive",
                      fix)
        return
