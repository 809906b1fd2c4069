"""Which segments the editor sees (filter and search) and how the cursor moves between
segments and issues. Pure functions over the review state."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Category
from .segment import SegmentReview

MODES = ("all", "flagged", "undecided")


@dataclass(frozen=True, slots=True)
class View:
    """``mode``: all segments, those with issues, or those with undecided issues;
    ``category``: only segments with an issue of this category; ``query``: only segments
    whose text, re-translation or source contains it (ignoring case)."""

    mode: str = "all"
    category: Category | None = None
    query: str = ""

    def describe(self) -> str:
        parts = [] if self.mode == "all" else [self.mode]
        if self.category is not None:
            parts.append(self.category.value)
        if self.query:
            parts.append(f"“{self.query}”")
        return " · ".join(parts) if parts else "all segments"


def shows(state: SegmentReview, view: View) -> bool:
    if view.mode == "flagged" and not (state.issues or state.segment.issues):
        return False
    if view.mode == "undecided" and state.state != "open":
        return False
    if view.category is not None and not any(i.category is view.category for i in state.issues):
        return False
    if view.query:
        needle = view.query.casefold()
        texts = (state.text, state.segment.reference or "", state.segment.source or "")
        if not any(needle in t.casefold() for t in texts):
            return False
    return True


def visible(states: Sequence[SegmentReview], view: View) -> list[int]:
    if view == View():
        return list(range(len(states)))
    return [s.index for s in states if shows(s, view)]


def ordered_issues(state: SegmentReview) -> list[str]:
    """Issue ids in reading order of the current text."""
    _, spans = state.layout()
    return [s.issue.id for s in sorted(spans, key=lambda s: (s.start, s.end, s.issue.rule))]


def step_issue(states: Sequence[SegmentReview], order: Sequence[int], position: int, issue: str | None,
               forward: bool = True, open_only: bool = False) -> tuple[int, str] | None:
    """The issue after (or before) ``issue`` in the segment at ``order[position]``, continuing
    through the following (or preceding) visible segments: (position in ``order``, issue id).
    Without a current issue, the segment's own first (or last) issue comes first."""
    step = 1 if forward else -1
    pos = position
    while 0 <= pos < len(order):
        state = states[order[pos]]
        ids = ordered_issues(state)
        if not forward:
            ids.reverse()
        if pos == position and issue in ids:
            ids = ids[ids.index(issue) + 1 :]
        for candidate in ids:
            if not open_only or candidate not in state.decisions:
                return pos, candidate
        pos += step
    return None


def position_of(order: Sequence[int], segment: int) -> int:
    """Where a segment is in the visible order, or the nearest visible one before it."""
    if not order:
        return 0
    at = bisect_right(order, segment) - 1
    return max(at, 0)
