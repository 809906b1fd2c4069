"""Word-level Levenshtein distance *and* the edit trace sacrebleu's TER derives from it.

sacrebleu's ``lib_ter`` fills the whole cost matrix cell by cell, storing an operation per
cell, and then walks back from the last cell. When its beam spans the whole matrix (short
references) the matrix is the plain Levenshtein matrix, so here it is computed a row at a
time with the bit-vector algorithm of Myers and Hyyrö, one handful of integer operations per
hypothesis word. The rows keep the vertical and horizontal differences between neighbouring
cells as bits, which is all the walk back needs: every cell it looks at is one difference away
from the cell it stands on. At each cell it chooses exactly as ``lib_ter`` does — the diagonal
(match ``" "`` or substitution ``"s"``) first, then deletion ``"d"``, then insertion ``"i"``,
each only when strictly cheaper — so distance and trace are identical to ``lib_ter``'s.
"""

from __future__ import annotations

from collections.abc import Sequence


def positions(ref: Sequence[str]) -> dict[str, int]:
    """For each reference word, the bit mask of the positions where it occurs."""
    masks: dict[str, int] = {}
    for j, word in enumerate(ref):
        masks[word] = masks.get(word, 0) | (1 << j)
    return masks


def _rows(hyp: Sequence[str], masks: dict[str, int], m: int) -> tuple[list[tuple[int, int, int, int]], int]:
    """Per hypothesis prefix (row), the bit vectors of vertical (+1, -1) and horizontal
    (+1, -1) differences, and the distance of the whole hypothesis."""
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    rows = [(pv, mv, 0, 0)]
    for word in hyp:
        eq = masks.get(word, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & full
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = (ph << 1) | 1  # the top row grows by one per word: D(i, 0) = i
        mh <<= 1
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv & full
        rows.append((pv, mv, ph, mh))
    return rows, score


def levenshtein_trace(hyp: Sequence[str], ref: Sequence[str], masks: dict[str, int]) -> tuple[int, str]:
    """``(distance, trace)`` with ``lib_ter``'s operations, from the first word on; ``masks``
    is ``positions(ref)``. ``ref`` must not be empty."""
    m = len(ref)
    rows, score = _rows(hyp, masks, m)
    ops: list[str] = []
    i, j, cost = len(hyp), m, score
    while i and j:
        pv, mv, ph, mh = rows[i]
        left = cost - ((pv >> (j - 1)) & 1) + ((mv >> (j - 1)) & 1)
        up = cost - ((ph >> j) & 1) + ((mh >> j) & 1)
        above_pv, above_mv = rows[i - 1][0], rows[i - 1][1]
        diagonal = up - ((above_pv >> (j - 1)) & 1) + ((above_mv >> (j - 1)) & 1)
        if hyp[i - 1] == ref[j - 1]:
            best, op = diagonal, " "
        else:
            best, op = diagonal + 1, "s"
        if up + 1 < best:
            best, op = up + 1, "d"
        if left + 1 < best:
            op = "i"
        ops.append(op)
        if op == "d":
            i, cost = i - 1, up
        elif op == "i":
            j, cost = j - 1, left
        else:
            i, j, cost = i - 1, j - 1, diagonal
    ops.extend("d" * i)
    ops.extend("i" * j)
    return score, "".join(reversed(ops))
