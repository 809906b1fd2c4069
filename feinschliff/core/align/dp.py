"""Best monotone bead path through a band of the alignment grid.

Grid nodes ``(i, j)`` mean "``a[:i]`` and ``b[:j]`` are aligned"; a bead ``(p, q)`` steps from
``(i-p, j-q)`` to ``(i, j)``. Only nodes inside the band are visited: row ``i`` holds the
columns ``lo[i]..hi[i]``, both non-decreasing, so the work grows with the band's area, not with
``len(a) * len(b)``. Each row is one vectorised step: gather the origins of every bead type,
add the bead gains, take the best, then let 0-1 beads run along the row with a running maximum.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

#: gain of every candidate bead of one type: (node rows, node columns) -> gains
GainFunction = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]
BLOCK_NODES = 200_000


@dataclass(frozen=True, slots=True)
class Band:
    """Allowed columns ``lo[i]..hi[i]`` of each grid row ``i`` in ``0..n``."""

    lo: np.ndarray
    hi: np.ndarray

    @classmethod
    def full(cls, n: int, m: int) -> Band:
        return cls(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64))

    @classmethod
    def around(cls, path: Sequence[tuple[int, int, int, int]], n: int, m: int, margin: int) -> Band:
        """The rectangles ``(i0, i1, j0, j1)`` a coarse path passes through, widened by
        ``margin`` columns to each side and by the columns of the ``margin`` rows above and
        below (a cross, not a square: along a diagonal path a square would double the width)."""
        i0, i1, j0, j1 = np.array(path, dtype=np.int64).reshape(-1, 4).T
        rows = np.arange(n + 1)
        # the path is a staircase: the first rectangle reaching a row starts its columns,
        # the last one starting at or before it ends them
        lo = j0[np.minimum(np.searchsorted(i1, rows, side="left"), len(i1) - 1)]
        hi = j1[np.maximum(np.searchsorted(i0, rows, side="right") - 1, 0)]
        lo = np.maximum(np.minimum(lo - margin, lo[np.maximum(rows - margin, 0)]), 0)
        hi = np.minimum(np.maximum(hi + margin, hi[np.minimum(rows + margin, n)]), m)
        lo[0], hi[n] = 0, m
        return cls(lo, np.maximum(hi, lo))


def best_path(
    band: Band, bead_types: Sequence[tuple[int, int]], gain: GainFunction,
    skip_a: np.ndarray, skip_b: np.ndarray,
) -> list[tuple[int, int]]:
    """Bead sizes ``(p, q)`` of the highest-gain path from ``(0, 0)`` to ``(n, m)``, in order.

    ``gain(p, q, rows, cols)`` scores the beads ending at the given nodes (p, q >= 1);
    ``skip_a[i]`` / ``skip_b[j]`` are the gains of leaving ``a[i]`` / ``b[j]`` unaligned.
    Rows are processed in blocks of about ``BLOCK_NODES`` nodes, so memory beyond one score and
    one choice per node stays constant however long the texts are.
    """
    lo, hi = band.lo, band.hi
    n = len(lo) - 1
    widths = hi - lo + 1
    offsets = np.concatenate(([0], np.cumsum(widths)))
    total = int(offsets[-1])
    steps = [(p, q) for p, q in bead_types if p >= 1] + [(1, 0)]
    # 0-1 beads run along a row. With along[j] the summed gain of skipping b[:j], the "lifted"
    # score L = score - along[col] of a node is the running maximum over the row of the lifted
    # scores its other beads lead to, so a row is four vectorised operations.
    along = np.concatenate(([0.0], np.cumsum(skip_b)))
    lifted = np.full(total + 1, -np.inf)
    lifted[: offsets[1]] = 0.0
    choice = np.full(total, -1, dtype=np.int8)  # row 0 is reached by 0-1 beads only
    first = 1
    while first <= n:
        last = min(n + 1, int(np.searchsorted(offsets, offsets[first] + BLOCK_NODES, side="right")))
        last = max(last, first + 1)
        _block(first, last, steps, gain, skip_a, along, lo, hi, offsets, lifted, choice)
        first = last
    return _trace(steps, choice, offsets, lo, n, int(hi[n]))


def _block(first: int, last: int, steps, gain: GainFunction, skip_a: np.ndarray, along: np.ndarray,
           lo: np.ndarray, hi: np.ndarray, offsets: np.ndarray, lifted: np.ndarray, choice: np.ndarray) -> None:
    """Scores and choices of the nodes of rows ``first..last-1`` (earlier rows are done)."""
    total = len(choice)
    start, stop = int(offsets[first]), int(offsets[last])
    widths = hi[first:last] - lo[first:last] + 1
    rows = np.repeat(np.arange(first, last), widths)
    cols = np.arange(start, stop) - np.repeat(offsets[first:last] - lo[first:last], widths)
    # per node and step: where the step comes from (``total`` = nowhere) and what it gains
    origin = np.full((stop - start, len(steps)), total, dtype=np.int64)
    gains = np.full((stop - start, len(steps)), -np.inf)
    for t, (p, q) in enumerate(steps):
        prev_rows, prev_cols = rows - p, cols - q
        safe = np.maximum(prev_rows, 0)
        ok = (prev_rows >= 0) & (prev_cols >= lo[safe]) & (prev_cols <= hi[safe])
        origin[ok, t] = offsets[safe[ok]] + prev_cols[ok] - lo[safe[ok]]
        bead = skip_a[prev_rows[ok]] if q == 0 else gain(p, q, rows[ok], cols[ok])
        gains[ok, t] = bead + along[prev_cols[ok]] - along[cols[ok]]
    for i in range(first, last):
        s, e = int(offsets[i]) - start, int(offsets[i + 1]) - start
        candidates = lifted[origin[s:e]]
        candidates += gains[s:e]
        np.maximum.accumulate(candidates.max(axis=1), out=lifted[start + s : start + e])
    # which bead each node took: the best step, unless the row's running maximum came from
    # a node further left (then the node ends a 0-1 bead)
    candidates = lifted[origin] + gains
    taken = candidates.argmax(axis=1).astype(np.int8)
    taken[lifted[start:stop] > candidates.max(axis=1)] = -1
    choice[start:stop] = taken


def _trace(steps, choice, offsets, lo, i: int, j: int) -> list[tuple[int, int]]:
    path = []
    while i > 0 or j > 0:
        c = int(choice[offsets[i] + j - lo[i]])
        p, q = (0, 1) if c < 0 else steps[c]
        path.append((p, q))
        i, j = i - p, j - q
    path.reverse()
    return path
