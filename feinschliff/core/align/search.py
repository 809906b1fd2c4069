"""What a path through the alignment grid earns, and the coarse levels that fix the band.

A bead earns its similarity for every character it covers, minus a price for each sentence
beyond the first on a side (fixed, and per character: of the whole bead, or of the sentences
beyond the longest on each side) and, for beads with two or more sentences on both sides, an
extra price per character: such a bead must beat the 1-1 beads it could be cut into. Pricing
the characters of the added sentences, not the whole bead, lets a short fragment join the
long sentence it belongs to, while a long sentence costs as much to add as to cut off. A
sentence left unaligned earns a fixed low similarity per character minus a fixed price. The
path with the highest total wins.

Coarse levels merge ``BLOCK`` consecutive items into one, keeping a fixed subset of the keys
(the same on both sides) so blocks stay short strings, until the grid is small enough to be
searched in full; each finer level then searches a band around the coarser path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .dp import Band, best_path
from .features import SideFeatures
from .similarity import Scorer, SpanTable, Weights

#: bead sizes of the passes that only fix the band
GUIDE_TYPES = ((1, 1), (1, 2), (2, 1))
#: the word level alone: cheap, and all that blocks carry
GUIDE = Weights(char=0.0, key=1.0, length=0.0)
#: items per block of the next coarser level
BLOCK = 4
#: keys per block kept at coarse levels
BLOCK_KEYS = 24
#: grids up to this many nodes are searched in full
FULL_SEARCH_NODES = 40_000
#: rows and columns searched beyond a coarser path, in units of the finer level
MARGIN = 3

Sizes = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Costs:
    """Prices of a path (see the module documentation); characters are the unit."""

    #: similarity given up per character of the bead for every sentence beyond the first on a
    #: side
    width: float = 0.02
    #: similarity given up per character of the sentences beyond the longest on each side
    #: (0.08 charges a 1-2 bead split evenly what ``width`` 0.02 does)
    added: float = 0.0
    #: characters given up for every sentence beyond the first on a side
    merge: float = 2.0
    #: similarity given up per character by beads with two or more sentences on both sides
    square: float = 0.0
    #: similarity per character of a sentence left unaligned ...
    skip_similarity: float = 0.06
    #: ... minus this many characters (no more than ``merge``: a sentence that matches
    #: nothing must not be cheaper to hide in a neighbouring bead than to leave unaligned)
    skip: float = 2.0


def search(scorer: Scorer, band: Band, types: Sequence[tuple[int, int]], costs: Costs,
           irregular: np.ndarray | None = None) -> Sizes:
    """Bead sizes of the best path through ``band``. With ``irregular`` (see
    ``irregular_rows``), beads with three or more sentences on a side are only tried there."""

    def gain(p: int, q: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        result = np.full(len(rows), -np.inf)
        tried = np.ones(len(rows), dtype=bool)
        if irregular is not None and max(p, q) > 2:
            tried = irregular[rows + 1] > irregular[rows - p]
        starts_a, starts_b = rows[tried] - p, cols[tried] - q
        sim = scorer.similarity(starts_a, starts_b, p, q)
        size = scorer.span_a.span_lengths(starts_a, p) + scorer.span_b.span_lengths(starts_b, q)
        extra = p + q - 2
        penalty = costs.width * extra + (costs.square if min(p, q) >= 2 else 0.0)
        result[tried] = size * (sim - penalty) - costs.merge * extra
        if costs.added and extra:
            longest = scorer.span_a.longest(starts_a, p) + scorer.span_b.longest(starts_b, q)
            result[tried] -= costs.added * (size - longest)
        return result

    skip_a = costs.skip_similarity * np.diff(scorer.span_a.cumulative) - costs.skip
    skip_b = costs.skip_similarity * np.diff(scorer.span_b.cumulative) - costs.skip
    return best_path(band, types, gain, skip_a, skip_b)


def guide_path(fa: SideFeatures, fb: SideFeatures, span_a: SpanTable, span_b: SpanTable) -> Sizes:
    """A cheap sentence-level path (word level only, 1-1/1-2/2-1) inside the band the
    coarse levels leave, to centre the full comparison on."""
    keys_per_sentence = (len(fa.codes) + len(fb.codes)) / (len(fa) + len(fb))
    band = _block_band(fa, fb, BLOCK, keys_per_sentence)
    return search(Scorer(span_a, span_b, GUIDE), band, GUIDE_TYPES, Costs())


def _block_band(fa: SideFeatures, fb: SideFeatures, sentences: int, keys_per_sentence: float
                ) -> Band:
    """Band for ``fa`` x ``fb`` around the path between blocks of ``BLOCK`` of their items,
    ``sentences`` sentences per block."""
    n, m = len(fa), len(fb)
    stride = _stride(keys_per_sentence * sentences / BLOCK_KEYS)
    ca, cb = coarsen(fa, BLOCK, stride), coarsen(fb, BLOCK, stride)
    if (len(ca) + 1) * (len(cb) + 1) <= FULL_SEARCH_NODES:
        coarse_band = Band.full(len(ca), len(cb))
    else:
        coarse_band = _block_band(ca, cb, sentences * BLOCK, keys_per_sentence)
    sizes = search(Scorer(SpanTable(ca), SpanTable(cb), GUIDE), coarse_band, GUIDE_TYPES, Costs())
    return Band.around(rectangles(sizes, BLOCK, n, m), n, m, MARGIN)


def _stride(ratio: float) -> int:
    """A power of two near ``ratio``: the strides of successive levels divide each other,
    so every level keeps a subset of the keys of the level below."""
    return 1 << max(0, int(np.log2(max(ratio, 1.0))))


def coarsen(features: SideFeatures, size: int, stride: int) -> SideFeatures:
    """Blocks of ``size`` consecutive items that keep only the keys whose code is a multiple
    of ``stride``."""
    starts = np.arange(0, len(features), size)
    owner = np.repeat(np.arange(len(features)), np.diff(features.offsets)) // size
    keep = features.codes % stride == 0
    codes = features.codes[keep]
    counts = np.bincount(owner[keep], minlength=len(starts))
    order = np.lexsort((codes, owner[keep]))
    lengths = np.add.reduceat(features.lengths, starts) if len(starts) else features.lengths[:0]
    return SideFeatures([], codes[order], np.concatenate(([0], np.cumsum(counts))), lengths)


def rectangles(sizes: Sizes, scale: int, n: int, m: int) -> list[tuple[int, int, int, int]]:
    """The grid rectangles ``(i0, i1, j0, j1)`` a path of blocks of ``scale`` passes through."""
    rects = []
    i = j = 0
    for p, q in sizes:
        rects.append((min(i * scale, n), min((i + p) * scale, n),
                      min(j * scale, m), min((j + q) * scale, m)))
        i, j = i + p, j + q
    return rects


def irregular_rows(guide: Sizes, n: int) -> np.ndarray:
    """Running count of the grid rows at or next to a guide bead other than 1-1, i.e. where
    the guide saw sentences split, merged or left out."""
    marks = np.zeros(n + 2, dtype=np.int64)
    i = 0
    for p, q in guide:
        if (p, q) != (1, 1):
            marks[i : i + p + 2] = 1
        i += p
    return np.cumsum(marks)


def length_ratio(fa: SideFeatures, fb: SideFeatures, guide: Sizes, default: float) -> float:
    """Characters of A per character of B over the guide's 1-1 beads (``default`` if there
    are none): unlike the ratio of the whole texts, passages on one side only do not count."""
    sizes = np.array(guide, dtype=np.int64).reshape(-1, 2)
    ends = np.cumsum(sizes, axis=0)
    one = (sizes[:, 0] == 1) & (sizes[:, 1] == 1)
    total_a = fa.lengths[ends[one, 0] - 1].sum()
    total_b = fb.lengths[ends[one, 1] - 1].sum()
    if total_a == 0 or total_b == 0:
        return default
    return float(total_a) / float(total_b)
