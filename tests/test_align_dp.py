"""The banded bead search against a plain dynamic program, and the bands it searches."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st

from feinschliff.core.align.dp import Band, best_path
from feinschliff.core.align.search import rectangles

TYPES = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
sizes_strategy = st.lists(st.sampled_from(TYPES + ((1, 0), (0, 1))), min_size=1, max_size=25)


def random_problem(seed: int, n: int, m: int):
    """Gains for every bead type ending at every node, and skip gains."""
    rng = np.random.default_rng(seed)
    table = {t: rng.normal(size=(n + 1, m + 1)) for t in TYPES}
    return table, rng.normal(size=n) - 0.5, rng.normal(size=m) - 0.5


def plain_best(table, skip_a, skip_b, n: int, m: int) -> float:
    """Textbook O(n*m*types) dynamic program over the full grid."""
    best = np.full((n + 1, m + 1), -np.inf)
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i:
                best[i, j] = max(best[i, j], best[i - 1, j] + skip_a[i - 1])
            if j:
                best[i, j] = max(best[i, j], best[i, j - 1] + skip_b[j - 1])
            for p, q in TYPES:
                if i >= p and j >= q:
                    best[i, j] = max(best[i, j], best[i - p, j - q] + table[(p, q)][i, j])
    return best[n, m]


def path_total(path, table, skip_a, skip_b) -> float:
    total, i, j = 0.0, 0, 0
    for p, q in path:
        i, j = i + p, j + q
        total += skip_a[i - 1] if q == 0 else skip_b[j - 1] if p == 0 else table[(p, q)][i, j]
    return total


@settings(max_examples=150, deadline=None)
@given(n=st.integers(0, 9), m=st.integers(0, 9), seed=st.integers(0, 2**32 - 1))
def test_full_band_finds_the_optimum_of_the_plain_program(n, m, seed):
    table, skip_a, skip_b = random_problem(seed, n, m)
    path = best_path(Band.full(n, m), TYPES, lambda p, q, rows, cols: table[(p, q)][rows, cols],
                     skip_a, skip_b)
    assert sum(p for p, _ in path) == n and sum(q for _, q in path) == m
    assert np.isclose(path_total(path, table, skip_a, skip_b), plain_best(table, skip_a, skip_b, n, m))


@settings(max_examples=150, deadline=None)
@given(sizes=sizes_strategy, scale=st.sampled_from([1, 4]), margin=st.integers(0, 3))
def test_a_band_holds_the_coarse_path_and_is_monotone(sizes, scale, margin):
    n, m = sum(p for p, _ in sizes) * scale, sum(q for _, q in sizes) * scale
    band = Band.around(rectangles(sizes, scale, n, m), n, m, margin)
    assert band.lo[0] == 0 and band.hi[n] == m
    assert (np.diff(band.lo) >= 0).all() and (np.diff(band.hi) >= 0).all()
    assert (band.lo <= band.hi).all() and (band.lo[1:] <= band.hi[:-1]).all()  # rows connect
    i = j = 0
    for p, q in sizes:
        for row in range(i * scale, (i + p) * scale + 1):
            assert band.lo[row] <= j * scale and (j + q) * scale <= band.hi[row]
        i, j = i + p, j + q


@settings(max_examples=100, deadline=None)
@given(sizes=sizes_strategy, seed=st.integers(0, 2**32 - 1))
def test_the_path_stays_inside_its_band_and_beats_the_guide(sizes, seed):
    n, m = sum(p for p, _ in sizes), sum(q for _, q in sizes)
    table, skip_a, skip_b = random_problem(seed, n, m)
    band = Band.around(rectangles(sizes, 1, n, m), n, m, 1)
    path = best_path(band, TYPES, lambda p, q, rows, cols: table[(p, q)][rows, cols], skip_a, skip_b)
    i = j = 0
    for p, q in path:
        i, j = i + p, j + q
        assert band.lo[i] <= j <= band.hi[i]
    assert (i, j) == (n, m)
    assert path_total(path, table, skip_a, skip_b) >= path_total(sizes, table, skip_a, skip_b) - 1e-9
