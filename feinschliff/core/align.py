"""Sentence alignment: which sentences of text A correspond to which sentences of text B.

Pairs machine-translated German with a German re-translation (monolingual) or with the
English source (``bilingual=True``). The result is a list of beads covering every sentence of
both sides exactly once, in document order: 1-1, 1-2, 2-1 ... up to five sentences on a side,
and 1-0 / 0-1 for sentences without counterpart (omissions, additions).

A bead earns its similarity for every character it covers, minus a small price for each
sentence beyond the first on a side; a sentence left unaligned earns a fixed low similarity
minus a fixed price. The path with the highest total wins.

The search runs coarse to fine, as in vecalign: consecutive sentences are merged into blocks
(4, 16, 64 ... sentences), the block sequences are aligned, and each finer level searches only
a narrow band around the coarser path. A cheap word-level pass at the sentence level then
fixes the band for the full comparison, so time and memory grow linearly with the texts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .align_dp import Band, best_path
from .align_features import SideFeatures, monolingual_features
from .align_bilingual import bilingual_features
from .align_similarity import Scorer, SpanTable, Weights
from .model import Bead

#: bead sizes of the final comparison
BEAD_TYPES = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (4, 1),
              (3, 3), (1, 5), (5, 1))
#: bead sizes of the passes that only fix the band
GUIDE_TYPES = ((1, 1), (1, 2), (2, 1))

MONOLINGUAL = Weights(char=0.45, key=0.45, length=0.1)
BILINGUAL = Weights(char=0.65, key=0.1, length=0.25, no_keys=0.5, length_sigma=1.0)
GUIDE = Weights(char=0.0, key=1.0, length=0.0)

#: similarity a bead gives up per character for every sentence beyond the first on a side
WIDTH_PENALTY = 0.02
#: and per extra sentence, in characters
MERGE_COST = 2.0
#: similarity per character of a sentence left unaligned ...
SKIP_SIMILARITY = 0.1
#: ... minus this, in characters
SKIP_COST = 5.0

#: sentences per block of the next coarser level
BLOCK = 4
#: keys per block kept at coarse levels (a fixed subset of all keys, the same on both sides)
BLOCK_KEYS = 24
#: grids up to this many nodes are searched in full
FULL_SEARCH_NODES = 40_000
#: rows and columns searched beyond a coarser path, in units of the finer level
MARGIN = 3
#: rows and columns searched beyond the sentence-level guide path in the final comparison
FINAL_MARGIN = 1


def align(
    a: Sequence[str], b: Sequence[str], *, bilingual: bool = False,
    anchors: Sequence[tuple[str, str]] = (),
) -> list[Bead]:
    """Align sentences ``a`` with sentences ``b``; every index appears in exactly one bead.

    Monolingual (default): both sides in the same language. ``bilingual=True``: ``a`` is the
    German text, ``b`` the English source, and ``anchors`` are glossary pairs
    ``(English term, German term)`` that count as shared words when both sides contain them.
    A bead's ``score`` is the similarity of its two sides in [0, 1] (characters and words,
    without the length prior); 1-0 and 0-1 beads score 0.
    """
    if bilingual:
        fa, fb = bilingual_features(a, b, anchors)
        return align_features(fa, fb, BILINGUAL)
    fa, fb = monolingual_features(a, b)
    return align_features(fa, fb, MONOLINGUAL)


def align_features(fa: SideFeatures, fb: SideFeatures, weights: Weights) -> list[Bead]:
    """Align two prepared sides (see ``align``)."""
    n, m = len(fa), len(fb)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    span_a, span_b = SpanTable(fa), SpanTable(fb)
    if (n + 1) * (m + 1) > FULL_SEARCH_NODES:
        keys_per_sentence = (len(fa.codes) + len(fb.codes)) / (n + m)
        block_band = _block_band(fa, fb, BLOCK, keys_per_sentence)
        guide = _search(Scorer(span_a, span_b, GUIDE), block_band, GUIDE_TYPES)
        scorer = Scorer(span_a, span_b, weights, _length_ratio(fa, fb, guide))
        band = Band.around(_rectangles(guide, 1, n, m), n, m, FINAL_MARGIN)
        return _beads(scorer, _search(scorer, band, BEAD_TYPES, _irregular_rows(guide, n)))
    scorer = Scorer(span_a, span_b, weights)
    return _beads(scorer, _search(scorer, Band.full(n, m), BEAD_TYPES))


def _length_ratio(fa: SideFeatures, fb: SideFeatures, guide: list[tuple[int, int]]) -> float:
    """Characters of A per character of B over the guide's 1-1 beads: unlike the ratio of the
    whole texts, long passages present on one side only do not distort it."""
    sizes = np.array(guide, dtype=np.int64).reshape(-1, 2)
    ends = np.cumsum(sizes, axis=0)
    one = (sizes[:, 0] == 1) & (sizes[:, 1] == 1)
    total_a = fa.lengths[ends[one, 0] - 1].sum()
    total_b = fb.lengths[ends[one, 1] - 1].sum()
    if total_a == 0 or total_b == 0:
        return float(fa.lengths.sum()) / float(fb.lengths.sum())
    return float(total_a) / float(total_b)


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
    scorer = Scorer(SpanTable(ca), SpanTable(cb), GUIDE)
    sizes = _search(scorer, coarse_band, GUIDE_TYPES)
    return Band.around(_rectangles(sizes, BLOCK, n, m), n, m, MARGIN)


def _stride(ratio: float) -> int:
    """A power of two near ``ratio``: the strides of successive levels divide each other,
    so every level keeps a subset of the keys of the level below."""
    return 1 << max(0, int(np.log2(max(ratio, 1.0))))


def coarsen(features: SideFeatures, size: int, stride: int) -> SideFeatures:
    """Blocks of ``size`` consecutive items that keep only the keys whose code is a multiple
    of ``stride``: blocks stay short strings, and both sides keep the same subset of words."""
    starts = np.arange(0, len(features), size)
    owner = np.repeat(np.arange(len(features)), np.diff(features.offsets)) // size
    keep = features.codes % stride == 0
    codes = features.codes[keep]
    counts = np.bincount(owner[keep], minlength=len(starts))
    order = np.lexsort((codes, owner[keep]))
    lengths = np.add.reduceat(features.lengths, starts) if len(starts) else features.lengths[:0]
    return SideFeatures([], codes[order], np.concatenate(([0], np.cumsum(counts))), lengths)


def _rectangles(sizes, scale: int, n: int, m: int) -> list[tuple[int, int, int, int]]:
    rects = []
    i = j = 0
    for p, q in sizes:
        rects.append((i * scale, min((i + p) * scale, n), j * scale, min((j + q) * scale, m)))
        i, j = i + p, j + q
    return rects


def _irregular_rows(guide: list[tuple[int, int]], n: int) -> np.ndarray:
    """Running count of grid rows at or next to a guide bead other than 1-1: beads with three
    or more sentences on a side are only tried where the guide already saw sentences split,
    merged or left out."""
    marks = np.zeros(n + 2, dtype=np.int64)
    i = 0
    for p, q in guide:
        if (p, q) != (1, 1):
            marks[i : i + p + 2] = 1
        i += p
    return np.cumsum(marks)


def _search(scorer: Scorer, band: Band, types, irregular: np.ndarray | None = None
            ) -> list[tuple[int, int]]:
    def gain(p: int, q: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        result = np.full(len(rows), -np.inf)
        tried = np.ones(len(rows), dtype=bool)
        if irregular is not None and max(p, q) > 2:
            tried = irregular[rows + 1] > irregular[rows - p]
        starts_a, starts_b = rows[tried] - p, cols[tried] - q
        sim = scorer.similarity(starts_a, starts_b, p, q)
        size = scorer.span_a.span_lengths(starts_a, p) + scorer.span_b.span_lengths(starts_b, q)
        extra = p + q - 2
        result[tried] = size * (sim - WIDTH_PENALTY * extra) - MERGE_COST * extra
        return result

    skip_a = SKIP_SIMILARITY * np.diff(scorer.span_a.cumulative) - SKIP_COST
    skip_b = SKIP_SIMILARITY * np.diff(scorer.span_b.cumulative) - SKIP_COST
    return best_path(band, types, gain, skip_a, skip_b)


def _beads(scorer: Scorer, sizes: list[tuple[int, int]]) -> list[Bead]:
    starts = np.zeros((len(sizes), 2), dtype=np.int64)
    if sizes:
        starts[1:] = np.cumsum(np.array(sizes[:-1], dtype=np.int64), axis=0)
    scores = np.zeros(len(sizes))
    for p, q in set(sizes):
        if p and q:
            which = np.array([k for k, size in enumerate(sizes) if size == (p, q)])
            scores[which] = scorer.similarity(starts[which, 0], starts[which, 1], p, q, prior=False)
    scores = np.round(np.clip(scores, 0.0, 1.0), 4)
    return [
        Bead(tuple(range(i, i + p)), tuple(range(j, j + q)), float(score))
        for (p, q), (i, j), score in zip(sizes, starts.tolist(), scores.tolist())
    ]
