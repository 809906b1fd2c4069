"""The main screen: segment list, detail pane, status bar; moving, filtering and searching.
Decisions, editing, learning and export are in ``review_actions``."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from ...core.errors import FeinschliffError
from ...core.review import SegmentReview, View, ordered_issues, position_of, step_issue, visible
from ..bindings import REVIEW_KEYS, bindings
from ..document import ReviewDocument
from ..widgets.panes import DetailPane, StatusBar
from ..widgets.segment_list import SegmentList
from .prompts import FilterScreen, SearchScreen
from .review_actions import DecisionActions

CURSOR_FLUSH_SECONDS = 1.0


class ReviewScreen(DecisionActions, Screen):
    BINDINGS = bindings(REVIEW_KEYS)
    AUTO_FOCUS = "#segments"

    def __init__(self, doc: ReviewDocument) -> None:
        super().__init__()
        self.doc = doc
        self.session = doc.session
        self.review = doc.session.review
        self.issue: str | None = None
        self.view = View()
        self.busy = ""
        self._scoring_started = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield SegmentList(self.review.segments, self.session.scores, id="segments")
            yield DetailPane(id="detail")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        segment, issue = self.session.cursor
        self.segment_list.set_order(self.segment_list.order, segment)
        self.segment_list.border_title = self.view.describe()
        self.segment_list.border_subtitle = "decided · MQM · chrF"
        state = self.current
        self.issue = issue if state is not None and issue in ordered_issues(state) else None
        self.show_current()
        self.call_after_refresh(self.segment_list.scroll_to_cursor)
        self.set_interval(CURSOR_FLUSH_SECONDS, self._flush_cursor)
        self.set_busy("scoring for live chrF…")
        self.call_after_refresh(self._start_scoring)
        if self.session.notice:
            self.notify(self.session.notice, title="Session", severity="warning", timeout=10)
        for warning in self.doc.warnings:
            self.notify(warning, severity="warning", timeout=8)

    def _flush_cursor(self) -> None:
        try:
            self.session.flush_cursor()
        except FeinschliffError as error:
            self.notify(f"the position is not saved: {error}", severity="error")

    def _start_scoring(self) -> None:
        """Once, after the first frame (after-refresh callbacks may run more than once)."""
        if not self._scoring_started:
            self._scoring_started = True
            self.prime_scores()

    # -- state ------------------------------------------------------------------------------

    @property
    def segment_list(self) -> SegmentList:
        return self.query_one(SegmentList)

    @property
    def current(self) -> SegmentReview | None:
        index = self.segment_list.segment
        return None if index is None else self.review.segments[index]

    def show_current(self) -> None:
        state = self.current
        if state is not None:
            self.query_one(DetailPane).show(state, self.issue, self.session.scores.chrf[state.index],
                                            self.session.scores.penalty(state.index), len(self.review.segments))
            self.session.move(state.index, self.issue)
        self.refresh_status()

    def refresh_status(self) -> None:
        self.query_one(StatusBar).show(self.session.totals(), self.view.describe(), len(self.segment_list.order),
                                       len(self.review.segments), self.busy)

    def set_busy(self, message: str) -> None:
        self.busy = message
        self.refresh_status()

    @on(SegmentList.Selected)
    def _selected(self, message: SegmentList.Selected) -> None:
        self.issue = None
        self.show_current()

    # -- moving -----------------------------------------------------------------------------

    def go(self, position: int, issue: str | None = None) -> None:
        self.segment_list.move_to(position, announce=False)
        self.issue = issue
        self.show_current()

    def action_next_segment(self) -> None:
        self.go(self.segment_list.position + 1)

    def action_previous_segment(self) -> None:
        self.go(self.segment_list.position - 1)

    def action_page(self, direction: int) -> None:
        height = max(self.segment_list.scrollable_content_region.height - 1, 1)
        self.go(self.segment_list.position + direction * height)

    def action_jump(self, where: int) -> None:
        self.go(where if where >= 0 else len(self.segment_list.order) - 1)

    def action_next_issue(self) -> None:
        self._step_issue(forward=True)

    def action_previous_issue(self) -> None:
        self._step_issue(forward=False)

    def _step_issue(self, forward: bool, open_only: bool = False) -> bool:
        found = step_issue(self.review.segments, self.segment_list.order, self.segment_list.position,
                           self.issue, forward, open_only)
        if found is None:
            where = "after" if forward else "before"
            self.notify(f"no {'open ' if open_only else ''}issue {where} this one in {self.view.describe()}")
            return False
        self.go(*found)
        return True

    def jump_to_segment(self, index: int) -> None:
        """Show a segment, leaving the filter if it hides the segment."""
        if index not in self.segment_list.order:
            self.apply_view(View())
        self.go(self.segment_list.order.index(index))

    # -- filter and search -----------------------------------------------------------------

    def action_filter(self) -> None:
        self.app.push_screen(FilterScreen(self.view), self._filtered)

    def action_search(self) -> None:
        self.app.push_screen(SearchScreen(self.view.query), self._searched)

    def _filtered(self, view: View | None) -> None:
        if view is not None:
            self.apply_view(replace(view, query=self.view.query))

    def _searched(self, query: str | None) -> None:
        if query is not None:
            self.apply_search(query)

    def apply_search(self, query: str) -> None:
        self.apply_view(replace(self.view, query=query.strip()))

    def apply_view(self, view: View) -> bool:
        order = visible(self.review.segments, view)
        if not order:
            self.notify(f"no segment matches {view.describe()}: the view is unchanged", severity="warning")
            return False
        current = self.segment_list.segment or 0
        self.view = view
        self.segment_list.set_order(order, position_of(order, current))
        self.segment_list.border_title = view.describe()
        if self.segment_list.segment != current:
            self.issue = None
        self.show_current()
        return True
