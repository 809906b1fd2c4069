"""sacrebleu's TER, computed faster with exactly the same result.

sacrebleu's ``lib_ter`` (a port of Tercom) spends nearly all of a check's scoring time in
its pure-Python beam edit distance: it builds three tuples per matrix cell and scans every
pair of word positions for shift candidates. This module follows the same algorithm step by
step — same beam, same tie-breaking, same candidate order and limits, same prefix cache — but
keeps costs and operations in flat lists, only visits word pairs that match, and where only
the distance of a shift candidate is needed (not its trace) and the beam covers the whole
matrix, asks rapidfuzz's C Levenshtein (and ``levenshtein_trace`` where the trace is needed
too). Beyond that, a shift candidate whose Levenshtein
distance (a lower bound of the beam distance) already rules it out is not computed further.
Property tests compare it with sacrebleu's own implementation on random and real sentences.
"""

from __future__ import annotations

import math
from typing import Any

from rapidfuzz.distance import Levenshtein
from sacrebleu.metrics import TER
from sacrebleu.metrics.lib_ter import (
    _BEAM_WIDTH,
    _INT_INFINITY,
    _MAX_CACHE_SIZE,
    _MAX_SHIFT_CANDIDATES,
    _MAX_SHIFT_DIST,
    _MAX_SHIFT_SIZE,
    _flip_trace,
    _perform_shift,
    trace_to_alignment,
)

from .levenshtein_trace import levenshtein_trace, positions

_Row = tuple[list[int], str]


def _beam(n_ref: int, n_hyp: int) -> tuple[float, int]:
    """lib_ter's diagonal slope and beam half-width for these lengths."""
    ratio = n_ref / n_hyp if n_hyp else 1
    return ratio, (math.ceil(ratio / 2 + _BEAM_WIDTH) if _BEAM_WIDTH < ratio / 2 else _BEAM_WIDTH)


class _EditDistance:
    """Beam edit distance against one reference, with a prefix cache of matrix rows."""

    def __init__(self, ref: list[str]):
        self.ref = ref
        self.n_ref = len(ref)
        self.initial: _Row = (list(range(self.n_ref + 1)), "i" * (self.n_ref + 1))
        self.cache: dict[str, tuple[dict, _Row]] = {}
        self.cache_size = 0
        self.masks = positions(ref)
        self.clearances: dict[int, float] = {}

    def bound(self, hyp: list[str]) -> int:
        """A lower bound of ``value``: the Levenshtein distance, which rapidfuzz computes in C
        and which the beam can only raise."""
        return Levenshtein.distance(hyp, self.ref)

    def _clearance(self, n_hyp: int) -> float:
        """The least Levenshtein distance any cell outside the beam can have: at least
        ``|i - j|``; infinite where the beam spans the whole matrix (references shorter than
        ``_BEAM_WIDTH``). A distance below it was reached on a path inside the beam, and so was
        every cell the trace compares, so there the beam changes nothing."""
        if n_hyp not in self.clearances:
            ratio, beam = _beam(self.n_ref, n_hyp)
            least = math.inf
            for i in range(1, n_hyp + 1):
                diag = math.floor(i * ratio)
                lo = max(0, diag - beam)
                hi = self.n_ref + 1 if i == n_hyp else min(self.n_ref + 1, diag + beam)
                if lo > 0:
                    least = min(least, max(0, i - lo + 1))
                if hi <= self.n_ref:
                    least = min(least, max(0, hi - i))
            self.clearances[n_hyp] = least
        return self.clearances[n_hyp]

    def value(self, hyp: list[str], bound: int | None = None) -> int:
        """The edit distance alone: the Levenshtein distance (``bound``, when the caller has it
        already) wherever the beam cannot have changed it, else the beam path."""
        distance = self.bound(hyp) if bound is None else bound
        return distance if distance < self._clearance(len(hyp)) else self(hyp)[0]

    def __call__(self, hyp: list[str]) -> tuple[int, str]:
        clearance = self._clearance(len(hyp))
        if clearance == math.inf or self.bound(hyp) < clearance:  # the beam changes nothing
            return levenshtein_trace(hyp, self.ref, self.masks)
        rows = [self.initial]
        node = self.cache
        for word in hyp:
            hit = node.get(word)
            if hit is None:
                break
            node, row = hit
            rows.append(row)
        start = len(rows) - 1
        self._compute(hyp, rows)
        self._remember(hyp, rows, start)
        return rows[-1][0][-1], self._trace(rows)

    def _compute(self, hyp: list[str], rows: list[_Row]) -> None:
        ref, n_ref, n_hyp = self.ref, self.n_ref, len(hyp)
        ratio, beam = _beam(n_ref, n_hyp)
        inf = _INT_INFINITY
        for i in range(len(rows), n_hyp + 1):
            up, _ = rows[i - 1]
            diag = math.floor(i * ratio)
            lo, hi = max(0, diag - beam), (n_ref + 1 if i == n_hyp else min(n_ref + 1, diag + beam))
            cost = [inf] * (n_ref + 1)
            ops = ["x"] * (n_ref + 1)
            word = hyp[i - 1]
            for j in range(lo, hi):
                if j == 0:
                    cost[0], ops[0] = up[0] + 1, "d"
                    continue
                if word == ref[j - 1]:
                    best, op = up[j - 1], " "
                else:
                    best, op = up[j - 1] + 1, "s"
                if up[j] + 1 < best:
                    best, op = up[j] + 1, "d"
                if cost[j - 1] + 1 < best:
                    best, op = cost[j - 1] + 1, "i"
                if best < inf:
                    cost[j], ops[j] = best, op
            rows.append((cost, "".join(ops)))

    def _remember(self, hyp: list[str], rows: list[_Row], start: int) -> None:
        if self.cache_size >= _MAX_CACHE_SIZE:
            return
        node = self.cache
        for word in hyp[:start]:
            node = node[word][0]
        for word, row in zip(hyp[start:], rows[start + 1 :]):
            if word not in node:
                node[word] = ({}, row)
                self.cache_size += 1
            node = node[word][0]

    def _trace(self, rows: list[_Row]) -> str:
        ops: list[str] = []
        i, j = len(rows) - 1, self.n_ref
        while i > 0 or j > 0:
            op = rows[i][1][j]
            ops.append(op)
            if op in " s":
                i, j = i - 1, j - 1
            elif op == "i":
                j -= 1
            elif op == "d":
                i -= 1
            else:
                raise ValueError(f"unknown operation {op!r}")
        return "".join(reversed(ops))


def _shifted_pairs(hyp: list[str], ref: list[str], positions: dict[str, list[int]]):
    """(start_h, start_r, length) of matching runs, in lib_ter's order."""
    n_h, n_r = len(hyp), len(ref)
    for start_h, word in enumerate(hyp):
        for start_r in positions.get(word, ()):
            if abs(start_r - start_h) > _MAX_SHIFT_DIST:
                continue
            length = 0
            while hyp[start_h + length] == ref[start_r + length] and length < _MAX_SHIFT_SIZE:
                length += 1
                yield start_h, start_r, length
                if n_h == start_h + length or n_r == start_r + length:
                    break


def _best_shift(hyp, ref, positions, distance, checked):
    score, inverse = distance(hyp)
    align, ref_err, hyp_err = trace_to_alignment(_flip_trace(inverse))
    best: tuple | None = None
    for start_h, start_r, length in _shifted_pairs(hyp, ref, positions):
        if not any(hyp_err[start_h : start_h + length]) or not any(ref_err[start_r : start_r + length]):
            continue
        if start_h <= align[start_r] < start_h + length:
            continue
        previous = -1
        for offset in range(-1, length):
            if start_r + offset == -1:
                idx = 0
            elif start_r + offset in align:
                idx = align[start_r + offset] + 1
            else:
                break
            if idx == previous:
                continue
            previous = idx
            shifted = _perform_shift(hyp, start_h, length, idx)
            checked += 1
            lowest = distance.bound(shifted)
            if best is not None and (score - lowest, length, -start_h, -idx, shifted) <= best:
                continue  # cannot win even at its lower-bound distance
            candidate = (score - distance.value(shifted, lowest), length, -start_h, -idx, shifted)
            if best is None or candidate > best:
                best = candidate
        if checked >= _MAX_SHIFT_CANDIDATES:
            break
    if best is None:
        return 0, hyp, checked
    return best[0], best[4], checked


def translation_edit_rate(hyp: list[str], ref: list[str]) -> tuple[int, int]:
    """(number of edits, reference length), as ``sacrebleu.metrics.lib_ter``."""
    if not ref:
        return len(hyp), 0
    distance = _EditDistance(ref)
    positions: dict[str, list[int]] = {}
    for j, word in enumerate(ref):
        positions.setdefault(word, []).append(j)
    shifts, checked, words = 0, 0, hyp
    while True:
        delta, shifted, checked = _best_shift(words, ref, positions, distance, checked)
        if checked >= _MAX_SHIFT_CANDIDATES or delta <= 0:
            break
        shifts += 1
        words = shifted
    return shifts + distance.value(words), len(ref)


class FastTER(TER):
    """sacrebleu's TER metric (same tokenisation, statistics and signature), faster."""

    def _compute_segment_statistics(self, hypothesis: str, ref_kwargs: dict[str, Any]) -> list[float]:
        words_hyp = hypothesis.split()
        best, total = int(1e16), 0
        for words_ref in ref_kwargs["ref_words"]:
            edits, length = translation_edit_rate(words_hyp, words_ref)
            total += length
            best = min(best, edits)
        return [best, total / len(ref_kwargs["ref_words"])]
