"""Words of a target sentence aligned to the words of its re-translation: the spans where the
two say different things.

Two words match by form (any case), by lemma (simplemma), fuzzily (an inflection or compound
variant, rapidfuzz ratio ≥ 80 on words of four letters or more), as a compound and its head
("Mitarbeiter" in "Microsoft-Mitarbeiter") or as the same number. A
monotone alignment maximises the matched similarity (dynamic programming over the two word
sequences, the similarity matrix computed by rapidfuzz in C). Between two aligned anchors, the
target words are a *gap* and the re-translation words at that place are its counterpart. A
target word is *supported* when it matches a re-translation word anywhere (German reorders
freely) or a word of the source (names, English terms). A divergence is a gap with unsupported
content words whose counterpart has content words the target lacks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from ..lemmas import lemma
from ..tokens import Token, words

FUZZY = 80.0
MIN_FUZZY_LENGTH = 4
#: German function words: never the content that makes a divergence
FUNCTION_WORDS = frozenset("""
der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen keines
und oder aber sondern denn doch sowie als wie wenn dass ob weil da damit zu zum zur im ins am
an auf aus bei bis durch für gegen hinter in mit nach neben ohne seit über um unter vor von
während wegen zwischen ab er sie es wir ihr ich du man sich sein seine seiner seinem seinen
ihre ihrer ihrem ihren ihr unser unsere dies diese dieser diesem diesen dieses jene jener
welche welcher welches wer was wo auch noch nur schon sehr so nicht nun dann hier dort ist sind
war waren wird werden wurde wurden hat haben hatte hatten kann können muss müssen soll sollen
will wollen darf dürfen mag möchte habe bin bist seid gewesen worden etwa etwas alle allen aller
alles jeder jede jedes mehr viel viele vielen einige dabei dazu davon darauf daran darin
""".split())


@dataclass(frozen=True, slots=True)
class Divergence:
    """Target words ``start:end`` that nothing supports, and what the re-translation has there."""

    start: int
    end: int
    counterpart: str
    #: unsupported content words in the target span / content words of the counterpart
    target_words: int
    counterpart_words: int


def _key(token: Token) -> str:
    text = token.text.casefold()
    return "".join(c for c in text if c.isdigit()) if text[:1].isdigit() else text


def _content(token: Token) -> bool:
    return len(token.text) > 2 and token.text.casefold() not in FUNCTION_WORDS and not token.text.isdigit()


def similarity(a: list[Token], b: list[Token], lang: str = "de") -> np.ndarray:
    """Match strength of every word pair, 0 (no match) to 100 (same form)."""
    ka, kb = [_key(t) for t in a], [_key(t) for t in b]
    if not ka or not kb:
        return np.zeros((len(ka), len(kb)))
    scores = process.cdist(ka, kb, scorer=fuzz.ratio, dtype=np.float32)
    short = np.array([len(k) < MIN_FUZZY_LENGTH for k in ka])[:, None] | \
        np.array([len(k) < MIN_FUZZY_LENGTH for k in kb])[None, :]
    scores[(scores < FUZZY) | (short & (scores < 100))] = 0
    for i, x in enumerate(ka):  # a compound and its head ("Mitarbeiter" in "Microsoft-Mitarbeiter")
        if len(x) >= MIN_FUZZY_LENGTH + 2:
            for j, y in enumerate(kb):
                if len(y) >= MIN_FUZZY_LENGTH + 2 and x != y and (x.endswith(y) or y.endswith(x)):
                    scores[i, j] = max(scores[i, j], 85.0)
    la, lb = [lemma(t.text, lang) for t in a], [lemma(t.text, lang) for t in b]
    index: dict[str, list[int]] = {}
    for j, form in enumerate(lb):
        index.setdefault(form, []).append(j)
    for i, form in enumerate(la):
        for j in index.get(form, ()):
            scores[i, j] = max(scores[i, j], 95.0)
    return scores


def monotone_pairs(scores: np.ndarray) -> list[tuple[int, int]]:
    """The order-keeping word pairs with the largest total similarity."""
    n, m = scores.shape
    best = np.zeros((n + 1, m + 1), dtype=np.float32)
    for i in range(1, n + 1):
        row, above, s = best[i], best[i - 1], scores[i - 1]
        for j in range(1, m + 1):
            diagonal = above[j - 1] + s[j - 1] if s[j - 1] > 0 else -1.0
            row[j] = max(above[j], row[j - 1], diagonal)
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        if scores[i - 1, j - 1] > 0 and best[i, j] == best[i - 1, j - 1] + scores[i - 1, j - 1]:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i, j] == best[i - 1, j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def divergences(target: str, reference: str, source: str | None = None, lang: str = "de") -> list[Divergence]:
    """The gaps of ``target`` against ``reference`` that hold unsupported content words."""
    tw, rw = words(target), words(reference)
    if not tw or not rw:
        return []
    scores = similarity(tw, rw, lang)
    supported = scores.max(axis=1) > 0
    source_keys = {_key(t) for t in words(source)} if source else set()
    covered = scores.max(axis=0) > 0
    pairs = monotone_pairs(scores)
    found = []
    bounds = [(-1, -1), *pairs, (len(tw), len(rw))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        gap = [k for k in range(i0 + 1, i1) if _content(tw[k]) and not supported[k]
               and _key(tw[k]) not in source_keys]
        other = [k for k in range(j0 + 1, j1) if _content(rw[k]) and not covered[k]]
        if gap and other:
            found.append(Divergence(tw[gap[0]].start, tw[gap[-1]].end,
                                    reference[rw[j0 + 1].start:rw[j1 - 1].end], len(gap), len(other)))
    return found
