"""The segment list: one line per visible segment, drawn with the Line API so only the
rows on screen are rendered (10,000+ segments load and scroll at the same cost as 40)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment as RichSegment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.review import LiveScores, SegmentReview

GLYPHS = {"open": "●", "decided": "✓", "clean": "·", "replaced": "✎"}


class SegmentList(ScrollView, can_focus=True, inherit_bindings=False):
    """Keys are the screen's (j/k, arrows, pages move the cursor, not just the view)."""

    COMPONENT_CLASSES = {
        "segment-list--cursor",
        "segment-list--open",
        "segment-list--decided",
        "segment-list--clean",
        "segment-list--number",
        "segment-list--score",
    }

    class Selected(Message):
        """The cursor moved to another segment (by key or click)."""

        def __init__(self, segment: int) -> None:
            super().__init__()
            self.segment = segment

    def __init__(self, states: Sequence[SegmentReview], scores: LiveScores, **kwargs) -> None:
        super().__init__(**kwargs)
        self._states = states
        self._scores = scores
        self.order: list[int] = list(range(len(states)))
        self.position = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._version = [0] * len(states)
        self._number_width = len(str(len(states)))
        self.virtual_size = Size(0, len(self.order))

    @property
    def segment(self) -> int | None:
        return self.order[self.position] if self.order else None

    def set_order(self, order: list[int], position: int) -> None:
        self.order = order
        self.position = max(0, min(position, len(order) - 1))
        self.virtual_size = Size(0, len(order))
        self._cache.clear()
        self.refresh()
        self.scroll_to_cursor()

    def move_to(self, position: int, announce: bool = True) -> None:
        """Put the cursor on a row; ``announce`` posts ``Selected`` (for clicks)."""
        if not self.order:
            return
        position = max(0, min(position, len(self.order) - 1))
        if position == self.position:
            return
        previous, self.position = self.position, position
        self.refresh_line(previous)
        self.refresh_line(position)
        self.scroll_to_cursor()
        if announce:
            self.post_message(self.Selected(self.order[position]))

    def scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = self.scroll_offset.y
        if self.position < top:
            self.scroll_to(y=self.position, animate=False)
        elif self.position >= top + height:
            self.scroll_to(y=self.position - height + 1, animate=False)

    def changed(self, segment: int) -> None:
        """A segment's text, decisions or scores changed: redraw its line."""
        self._version[segment] += 1
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + self.scroll_offset.y
        if 0 <= row < len(self.order):
            self.focus()
            self.move_to(row)

    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if row >= len(self.order):
            return Strip.blank(width, self.rich_style)
        index = self.order[row]
        cursor = row == self.position
        key = (index, self._version[index], width, cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(index, width, cursor)
            self._cache[key] = strip
        return strip.apply_offsets(0, row)

    def _kind(self, state: SegmentReview) -> str:
        if state.state == "open":
            return "open"
        if state.replaced_by:
            return "replaced"
        return "decided" if state.issues or state.segment.issues else "clean"

    def _render_row(self, index: int, width: int, cursor: bool) -> Strip:
        state = self._states[index]
        kind = self._kind(state)
        style_name = {"open": "open", "replaced": "decided", "decided": "decided", "clean": "clean"}[kind]
        base = self.rich_style
        if cursor:
            base = base + self.get_component_rich_style("segment-list--cursor")
        decided, total = state.progress()
        chrf = self._scores.chrf[index]
        penalty = self._scores.penalty(index)
        number = f"{index + 1:>{self._number_width}} "
        counts = f"{decided}/{total}" if total else "—"
        scores = f" {counts:>5} {penalty:>5.1f} {'' if chrf is None else f'{chrf:5.1f}':>5} "
        preview = " ".join(state.text.split())
        parts = [
            RichSegment(number, base + self.get_component_rich_style("segment-list--number", partial=True)),
            RichSegment(GLYPHS[kind], base + self.get_component_rich_style(f"segment-list--{style_name}", partial=True)),
            RichSegment(scores, base + self.get_component_rich_style("segment-list--score", partial=True)),
            RichSegment(preview, base),
        ]
        return Strip(parts).crop_extend(0, width, base if cursor else Style())
