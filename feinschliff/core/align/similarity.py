"""Bead similarities in bulk: all candidate beads of a band are scored by rapidfuzz in C.

A bead joins sentences ``a[s:s+p]`` with ``b[t:t+q]``. Its similarity mixes

- the character level: normalised Indel similarity of the joined ``chars`` (spelling, word
  order, numbers; robust to garbled words that still share letters), less what unrelated
  texts reach by chance, so that material without counterpart earns nothing in a bead. The
  similarity of two strings is bounded by ``2 min(la, lb) / (la + lb)``, and unrelated texts
  reach a fixed share of that bound: texts of unequal length reach less by chance;
- the word level: Dice overlap of the key bags. Keys are written as one code point each and
  sorted, and the longest common subsequence of two sorted strings is exactly the size of
  their multiset intersection, so the same C routine computes bag-of-words overlap. With
  ``shared_keys`` the search counts the shared keys instead, each worth the characters per
  key of the two texts: a bead then earns what its parts share plus what they share across,
  never a better average merely because a key-dense part weighs more among keys than among
  characters (the reported score stays the Dice overlap, in [0, 1]);
- a length prior: how plausible the character length ratio is, relative to the ratio the two
  texts show (so it adapts to German running longer than English).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from .features import SideFeatures

#: keys are written as code points from here on (supplementary planes: never a surrogate)
KEY_BASE = 0x10000
KEY_SPACE = 0x10FFFF - KEY_BASE


@dataclass(frozen=True, slots=True)
class Weights:
    """How the character level, the word level and the length prior are mixed."""

    char: float
    key: float
    length: float
    #: word-level similarity of two beads without any keys (nothing to compare)
    no_keys: float = 1.0
    #: spread of the log length ratio that still counts as a plausible pair
    length_sigma: float = 0.4
    #: character similarity two unrelated texts of equal length reach by chance (it counts as
    #: none); unequal lengths lower it in proportion to the bound on their similarity
    chance: float = 0.0
    #: in the search, the word level counts shared keys (see the module) instead of Dice
    shared_keys: bool = False


class SpanTable:
    """Joined strings of ``width`` consecutive sentences of one side. Single sentences are
    kept for the whole text; wider spans are joined for the starts a request asks for, so
    memory follows the band being searched, not the text's length times the widths."""

    def __init__(self, features: SideFeatures) -> None:
        self.features = features
        self.size = len(features)
        self.cumulative = np.concatenate(([0], np.cumsum(features.lengths)))
        self._chars = _objects(list(features.chars))
        self._keys = _sorted_spans(features, 1, np.arange(self.size))

    def span_lengths(self, starts: np.ndarray, width: int) -> np.ndarray:
        """Characters of the ``width`` sentences from each start."""
        return self.cumulative[starts + width] - self.cumulative[starts]

    def longest(self, starts: np.ndarray, width: int) -> np.ndarray:
        """Characters of the longest of the ``width`` sentences from each start."""
        lengths = self.features.lengths
        result = lengths[starts]
        for k in range(1, width):
            result = np.maximum(result, lengths[starts + k])
        return result

    def chars(self, starts: np.ndarray, width: int) -> np.ndarray:
        if width == 1:
            return self._chars[starts]
        unique, inverse = np.unique(starts, return_inverse=True)
        chars = self.features.chars
        return _objects([" ".join(chars[s : s + width]) for s in unique.tolist()])[inverse]

    def keys(self, starts: np.ndarray, width: int) -> np.ndarray:
        if width == 1:
            return self._keys[starts]
        unique, inverse = np.unique(starts, return_inverse=True)
        return _sorted_spans(self.features, width, unique)[inverse]


def _sorted_spans(features: SideFeatures, width: int, starts: np.ndarray) -> np.ndarray:
    """Sorted key strings of the runs of ``width`` sentences from each of ``starts``."""
    count = len(starts)
    lo = features.offsets[starts]
    hi = features.offsets[starts + width]
    sizes = hi - lo
    total = int(sizes.sum())
    span_starts = np.concatenate(([0], np.cumsum(sizes)))
    index = np.arange(total) + np.repeat(lo - span_starts[:-1], sizes)
    owner = np.repeat(np.arange(count, dtype=np.int64), sizes)
    values = features.codes[index] % KEY_SPACE + owner * KEY_SPACE
    values = np.sort(values, kind="stable") - owner * KEY_SPACE  # runs of sorted codes: fast
    text = (values + KEY_BASE).astype("<u4").tobytes().decode("utf-32-le")
    bounds = span_starts.tolist()
    return _objects([text[bounds[k] : bounds[k + 1]] for k in range(count)])


def _objects(strings: list[str]) -> np.ndarray:
    table = np.empty(len(strings), dtype=object)
    table[:] = strings
    return table


class Scorer:
    """Scores beads ``a[s:s+p]`` x ``b[t:t+q]`` for many start pairs at once."""

    def __init__(self, span_a: SpanTable, span_b: SpanTable, weights: Weights,
                 ratio: float = 1.0) -> None:
        """``ratio``: the length of A expected per character of B."""
        self.span_a, self.span_b, self.weights = span_a, span_b, weights
        self.ratio = ratio
        fa, fb = span_a.features, span_b.features
        keys = len(fa.codes) + len(fb.codes)
        self.chars_per_key = float(fa.lengths.sum() + fb.lengths.sum()) / keys if keys else 0.0

    def similarity(self, starts_a: np.ndarray, starts_b: np.ndarray, p: int, q: int,
                   *, prior: bool = True) -> np.ndarray:
        """Mixed similarity, in [0, 1] unless ``shared_keys``; ``prior=False`` leaves the
        length prior out and keeps the Dice overlap (the text similarity reported to users)."""
        w = self.weights
        sim = np.zeros(len(starts_a))
        if len(starts_a) == 0:
            return sim
        la = self.span_a.span_lengths(starts_a, p)
        lb = self.span_b.span_lengths(starts_b, q)
        if w.key:
            keys_a, keys_b = self.span_a.keys(starts_a, p), self.span_b.keys(starts_b, q)
            key = _pairwise(keys_a, keys_b)
            counts = _key_counts(self.span_a, starts_a, p) + _key_counts(self.span_b, starts_b, q)
            if w.shared_keys and prior:
                key *= counts * self.chars_per_key / (la + lb)
            key[counts == 0] = w.no_keys
            sim += w.key * key
        if w.char:
            char = _pairwise(self.span_a.chars(starts_a, p), self.span_b.chars(starts_b, q))
            if w.chance:
                chance = w.chance * 2.0 * np.minimum(la, lb) / (la + lb)
                char = np.maximum(char - chance, 0.0) / (1.0 - chance)
            sim += w.char * char
        if not prior:
            return sim / (w.char + w.key) if w.char + w.key else sim
        if w.length:
            log_ratio = np.log(la / (lb * self.ratio))
            sim += w.length * np.exp(-0.5 * (log_ratio / w.length_sigma) ** 2)
        return sim


def _key_counts(span: SpanTable, starts: np.ndarray, width: int) -> np.ndarray:
    offsets = span.features.offsets
    return offsets[starts + width] - offsets[starts]


def _pairwise(queries: np.ndarray, choices: np.ndarray) -> np.ndarray:
    scores = process.cpdist(
        queries, choices, scorer=Indel.normalized_similarity, dtype=np.float64, workers=-1
    )
    return np.asarray(scores, dtype=np.float64).reshape(-1)
