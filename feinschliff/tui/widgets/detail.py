"""The detail pane of the current segment: flagged German text, the re-translation with a
word diff, the English source, the issues with their fixes, and whole-segment candidates."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...core.review_segment import SegmentReview
from .highlight import diffed_reference, flagged_text, issue_list

KIND_NAMES = {"deepl-write": "DeepL Write"}


class DetailPane(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Static(id="detail-heading", classes="detail-heading")
        yield Static(id="detail-text", classes="detail-block")
        yield Static("Re-translation", classes="detail-label", id="detail-reference-label")
        yield Static(id="detail-reference", classes="detail-block")
        yield Static("English source", classes="detail-label", id="detail-source-label")
        yield Static(id="detail-source", classes="detail-block")
        yield Static("Issues", classes="detail-label")
        yield Static(id="detail-issues", classes="detail-block")
        yield Static("Candidates", classes="detail-label", id="detail-candidates-label")
        yield Static(id="detail-candidates", classes="detail-block")

    def show(self, state: SegmentReview, current: str | None, chrf: float | None, penalty: float, count: int) -> None:
        segment = state.segment
        how = {"edit": " · edited", "take": " · taken from a candidate"}.get(state.replaced_by or "", "")
        heading = Content.from_markup(
            "[b]Segment $number[/b] [$text-muted]of $count · chars $start–$end$how · MQM $penalty · chrF $chrf[/]",
            number=segment.index + 1, count=count, start=segment.start, end=segment.end, how=how,
            penalty=f"{penalty:g}", chrf="–" if chrf is None else f"{chrf:.1f}",
        )
        self.query_one("#detail-heading", Static).update(heading)
        self.query_one("#detail-text", Static).update(flagged_text(state, current))
        reference = segment.reference
        self._toggle("reference", reference is not None)
        if reference is not None:
            content, overlap = diffed_reference(state.text, reference)
            label = f"Re-translation · {overlap:.0%} of its words match · t takes it"
            self.query_one("#detail-reference-label", Static).update(label)
            self.query_one("#detail-reference", Static).update(content)
        self._toggle("source", segment.source is not None)
        if segment.source is not None:
            self.query_one("#detail-source", Static).update(Content(segment.source))
        self.query_one("#detail-issues", Static).update(issue_list(state, current))
        candidates = [c for c in segment.candidates if c.kind != "reference"]
        self._toggle("candidates", bool(candidates))
        if candidates:
            lines = [Content.from_markup("[$accent]$kind[/]: $text", kind=KIND_NAMES.get(c.kind, c.kind), text=c.text)
                     for c in candidates]
            self.query_one("#detail-candidates", Static).update(Content("\n").join(lines))

    def _toggle(self, name: str, visible: bool) -> None:
        self.query_one(f"#detail-{name}", Static).display = visible
        self.query_one(f"#detail-{name}-label", Static).display = visible
