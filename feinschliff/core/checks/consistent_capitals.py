"""One term, two spellings: an adjective and noun the document writes both with a capital and
without one in mid-sentence ("Schwarze Löcher" … "schwarze Löcher"). Either may be right (the
official rules admit the capital for a fixed term), but one document keeps to one, and raters
mark the switch as an inconsistency.

The document is read once: every adjective + noun pair in mid-sentence (not after . ! ? : ;
an opening quote or a dash, where a capital says nothing), grouped by the adjective's lemma
and the noun's ("Schwarzen Löchern" and "schwarzes Loch" are one term). A term written both
ways, at least ``min_uses`` times (default 4), the usual way at least twice as often as the
other, has its rarer spelling flagged, with the usual one as the fix. A term split more
evenly is left alone: which spelling is the slip is not certain.

Measured before it went on (``python bench/mqm_ted.py``): each of the 13 MT systems of
mqm-ted-dev writes "schwarzes Loch" both ways; 77 flags, 31.2 % on a rater span (recall on
grammar, spelling and punctuation 17.9 % → 20.0 %). On human text: none on the sample
reference, on the sample MT and on the Text+Berg original and its machine translation; on
``ref`` the one lowercase "schwarzes Loch" among 19 capitals, which its rater marked. Reading
the document costs 0.06 s per MB, once, before the workers start (one pattern for every word
with an adjective ending before a capitalised word, then a set look-up of its stem).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..lemmas import lemma
from ..model import Category, Segment, Severity
from ._phrases import is_adjective
from .context import CheckContext
from .registry import Finding, check

CONSISTENT_CAPITALS = "fluency.consistent-capitals"
DEFAULT_MIN_USES = 4
#: the usual spelling must be this many times as frequent as the rarer one
MAJORITY = 2
_CACHE = "consistent-capitals.terms"
#: a capitalised adjective after a lowercase word or a comma, and the noun after it
_CAPITAL = re.compile(r"(?<=[a-zäöüß,] )([A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)) [A-ZÄÖÜ][\w-]*[a-zäöüß](?![\w-])")
_SENTENCE_START = frozenset(".!?:;\"„“”»«(–-")

_ENDINGS = ("en", "em", "er", "es", "e")
#: any word with an adjective ending before a capitalised word: stem, ending and (not consumed,
#: so that the noun can start the next pair) the noun
_PAIR = re.compile(r"(?<![\w-])([A-Za-zÄÖÜäöüß]+?)(e[nmrs]?) (?=([A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w-]))")


def _stem(adjective: str) -> str:
    return next(adjective[: -len(e)] for e in _ENDINGS if adjective.endswith(e))


def _both_ways(stems: set[str]) -> set[str]:
    return stems | {stem[0].upper() + stem[1:] for stem in stems}


def _pairs(text: str, written: set[str]) -> Iterable[tuple[int, str, str]]:
    """Every adjective + noun pair of ``text`` whose adjective's stem is one of ``written``:
    (start, adjective, noun). One pattern finds every word with an adjective ending before a
    capitalised word; a set look-up keeps those with a known stem (five times faster over a
    long document than a ``str.find`` per stem)."""
    for match in _PAIR.finditer(text):
        stem, ending, noun = match.groups()
        if stem in written:
            yield match.start(), stem + ending, noun


def _mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].rstrip()[-3:]
    return bool(before) and before[-1] not in _SENTENCE_START and not before.endswith("..")


def _term(adjective: str, noun: str) -> tuple[str, str] | None:
    word = adjective.lower()
    return (lemma(word), lemma(noun)) if is_adjective(word) else None


def _rare_spellings(ctx: CheckContext) -> tuple[set[str], dict[tuple[str, str], bool]]:
    """For each term the document writes both ways, its rarer spelling (True: with the
    capital), and the stems its adjective takes, written both ways."""
    cached = ctx.cache.get(_CACHE)
    if cached is not None:
        return cached
    text = ctx.document
    stems = {_stem(word) for word in {m.group(1).lower() for m in _CAPITAL.finditer(text)} if is_adjective(word)}
    rare: dict[tuple[str, str], bool] = {}
    rare_stems: set[str] = set()
    if stems:
        counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        stems_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for start, adjective, noun in _pairs(text, _both_ways(stems)):
            term = _term(adjective, noun)
            if term is not None and _mid_sentence(text, start):
                counts[term][adjective[0].isupper()] += 1
                stems_of[term].add(_stem(adjective.lower()))
        least = int(ctx.setting(CONSISTENT_CAPITALS, "min_uses", DEFAULT_MIN_USES))
        for term, (lower, upper) in counts.items():
            if lower and upper and lower + upper >= least and max(lower, upper) >= MAJORITY * min(lower, upper):
                rare[term] = upper < lower
                rare_stems |= stems_of[term]
    ctx.cache[_CACHE] = (_both_ways(rare_stems), rare)
    return ctx.cache[_CACHE]


@check(CONSISTENT_CAPITALS, Category.FLUENCY, Severity.MINOR,
       "an adjective + noun term the document writes both with and without a capital")
def consistent_capitals(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    written, rare = _rare_spellings(ctx)
    text = segment.text
    if not rare or not any(stem in text for stem in written):  # a few substring tests spare the pattern
        return
    for start, adjective, noun in sorted(set(_pairs(text, written))):
        term = _term(adjective, noun)
        if term not in rare or rare[term] != adjective[0].isupper() or not _mid_sentence(text, start):
            continue
        usual = adjective.lower() if rare[term] else adjective[0].upper() + adjective[1:]
        way = "without" if rare[term] else "with"
        yield Finding(start, start + len(adjective),
                      f"the document writes “{usual} {noun}” {way} a capital elsewhere", usual)
