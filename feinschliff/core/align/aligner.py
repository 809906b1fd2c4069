"""Sentence alignment: which sentences of text A correspond to which sentences of text B.

Pairs machine-translated German with a German re-translation (monolingual) or with the
English source (``bilingual=True``). The result is a list of beads covering every sentence of
both sides exactly once, in document order: 1-1, 1-2, 2-1 ... up to five sentences on a side,
and 1-0 / 0-1 for sentences without counterpart (omissions, additions).

The search runs coarse to fine, as in vecalign: blocks of 4, 16, 64 ... sentences are aligned
first, each finer level searches only a narrow band around the coarser path, and a cheap
word-level pass at the sentence level fixes the band for the full comparison (characters,
words and lengths, all bead sizes). Time and memory grow linearly with the texts; bead
similarities are computed in bulk by rapidfuzz. ``search`` prices the paths,
``similarity`` compares, ``dp`` finds the best path in a band.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import Bead
from .bilingual import bilingual_features
from .dp import Band
from .features import SideFeatures, monolingual_features
from .search import (
    FULL_SEARCH_NODES, Costs, guide_path, irregular_rows, length_ratio, rectangles, search,
)
from .similarity import Scorer, SpanTable, Weights

#: bead sizes of the full comparison
BEAD_TYPES = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (4, 1),
              (3, 3), (1, 5), (5, 1))
#: rows and columns searched beyond the guide path in the full comparison
FINAL_MARGIN = 1

MONOLINGUAL = Weights(char=0.45, key=0.45, length=0.1, chance=0.3, shared_keys=True)
MONOLINGUAL_COSTS = Costs(width=0.0, added=0.08, square=0.02)
BILINGUAL = Weights(char=0.65, key=0.1, length=0.25, no_keys=0.5, length_sigma=1.0)
BILINGUAL_COSTS = Costs(square=0.01, skip_similarity=0.3)
#: characters of German per character of English, until a long text shows its own ratio
GERMAN_PER_ENGLISH = 1.1


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
        return align_sides(fa, fb, BILINGUAL, BILINGUAL_COSTS, ratio=GERMAN_PER_ENGLISH)
    fa, fb = monolingual_features(a, b)
    return align_sides(fa, fb, MONOLINGUAL, MONOLINGUAL_COSTS, ratio=1.0)


def align_sides(fa: SideFeatures, fb: SideFeatures, weights: Weights, costs: Costs,
                ratio: float) -> list[Bead]:
    """Align two prepared sides (see ``align``). ``ratio`` is the length of A expected per
    character of B in short texts; long texts measure it on the sentence pairs the guide
    path found."""
    n, m = len(fa), len(fb)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    span_a, span_b = SpanTable(fa), SpanTable(fb)
    if (n + 1) * (m + 1) <= FULL_SEARCH_NODES:
        scorer = Scorer(span_a, span_b, weights, ratio)
        return _beads(scorer, search(scorer, Band.full(n, m), BEAD_TYPES, costs))
    guide = guide_path(fa, fb, span_a, span_b)
    scorer = Scorer(span_a, span_b, weights, length_ratio(fa, fb, guide, ratio))
    band = Band.around(rectangles(guide, 1, n, m), n, m, FINAL_MARGIN)
    return _beads(scorer, search(scorer, band, BEAD_TYPES, costs, irregular_rows(guide, n)))


def _beads(scorer: Scorer, sizes: list[tuple[int, int]]) -> list[Bead]:
    """Beads from the path's bead sizes, scored by the similarity of their two sides."""
    kinds = np.array(sizes, dtype=np.int64).reshape(-1, 2)
    starts = np.cumsum(kinds, axis=0) - kinds
    scores = np.zeros(len(sizes))
    for p, q in set(sizes):
        if p and q:
            which = np.flatnonzero((kinds[:, 0] == p) & (kinds[:, 1] == q))
            scores[which] = scorer.similarity(starts[which, 0], starts[which, 1], p, q, prior=False)
    scores = np.round(np.clip(scores, 0.0, 1.0), 4)
    return [
        Bead(tuple(range(i, i + p)), tuple(range(j, j + q)), float(score))
        for (p, q), (i, j), score in zip(sizes, starts.tolist(), scores.tolist())
    ]
