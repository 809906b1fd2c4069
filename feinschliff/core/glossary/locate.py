"""Locate the garbled span that took a missing term's place.

With a reference: diff the word pieces of the MT and of the reference (compared by lemma, so
inflection does not break the alignment) and carry the term's span in the reference over to
the MT — through equal runs one to one, through changed runs in proportion. "in Azure Ai
Giesel erhältlich" / "in Azure AI Foundry verfügbar" maps "Azure AI Foundry" to "Azure Ai
Giesel". Without a reference (or when the mapping is too loose to trust): fuzzy-align the term
against the text, snap to word pieces and keep as many pieces as the term has.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..lemmas import lemma
from ..tokens import Token, pieces

MIN_FUZZY_RATIO = 50.0
MAX_STRETCH = 2  # a mapped span may have at most this many pieces more than the term


def _blocks(a: list[str], b: list[str]) -> list[tuple[bool, int, int, int, int]]:
    """(equal, a_start, a_end, b_start, b_end) runs; adjacent insertions and deletions merge."""
    merged: list[list] = []
    for op in Indel.opcodes(a, b):
        equal = op.tag == "equal"
        if merged and not equal and not merged[-1][0]:
            merged[-1][2], merged[-1][4] = op.src_end, op.dest_end
        else:
            merged.append([equal, op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [tuple(block) for block in merged]


def _keys(toks: list[Token]) -> list[str]:
    return [lemma(t.text) for t in toks]


def map_span(text: str, reference: str, ref_start: int, ref_end: int) -> tuple[int, int] | None:
    """The character span of ``text`` that corresponds to ``reference[ref_start:ref_end]``."""
    mt, ref = pieces(text), pieces(reference)
    inside = [i for i, t in enumerate(ref) if t.start >= ref_start and t.end <= ref_end]
    if not mt or not inside:
        return None
    first, last = inside[0], inside[-1] + 1
    lo = hi = None
    for equal, r1, r2, m1, m2 in _blocks(_keys(ref), _keys(mt)):
        if r2 <= first or r1 >= last:
            continue
        a, b = max(first, r1), min(last, r2)
        if equal:
            start, end = m1 + (a - r1), m1 + (b - r1)
        else:
            scale = (m2 - m1) / (r2 - r1) if r2 > r1 else 0.0
            start, end = m1 + math.floor((a - r1) * scale), m1 + math.ceil((b - r1) * scale)
        if end > start:
            lo = start if lo is None else min(lo, start)
            hi = end if hi is None else max(hi, end)
    if lo is None or hi - lo > (last - first) + MAX_STRETCH:
        return None
    return mt[lo].start, mt[hi - 1].end


def fuzzy_span(text: str, term: str) -> tuple[int, int] | None:
    """Best window of ``text`` with as many pieces as ``term`` that resembles it enough,
    scored piece by piece ("Azure Ai Giesel" beats "in Azure Ai" for "Azure AI Foundry")."""
    toks, want = pieces(text), len(pieces(term))
    if not toks or not want or len(toks) < want:
        return None
    hit = fuzz.partial_ratio_alignment(term.casefold(), text.casefold())
    if hit is None:
        return None
    touched = [i for i, t in enumerate(toks) if t.end > hit.dest_start and t.start < hit.dest_end]
    if not touched:
        return None
    parts = [t.text.casefold() for t in pieces(term)]
    best, best_score = None, MIN_FUZZY_RATIO - 1e-9
    for first in range(max(0, touched[0] - want + 1), min(touched[-1], len(toks) - want) + 1):
        window = toks[first : first + want]
        score = sum(fuzz.ratio(p, t.text.casefold()) for p, t in zip(parts, window)) / want
        if score > best_score:
            best, best_score = (window[0].start, window[-1].end), score
    return best
