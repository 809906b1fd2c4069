"""The detail pane and the status bar.

The detail pane shows the current segment: flagged German text, the issues with their fixes
(right below the text, so the current one is in view), the re-translation with a word diff,
the English source, and whole-segment candidates. It is one ``Static`` in a scroll
container, so showing another segment costs one update and one layout pass, not one per
section. The status bar shows progress, the live MQM-style score and chrF, and the view.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...core.markup import plain_text
from ...core.review import SegmentReview, Totals
from .highlight import diffed_reference, flagged_text, issue_list

KIND_NAMES = {"deepl-write": "DeepL Write"}
TEXT_MARK = "▌ "


def _label(text: str) -> Content:
    return Content.from_markup("\n[b $text-muted]$text[/]", text=text)


class DetailPane(VerticalScroll):
    _segment: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="detail-body")

    def show(self, state: SegmentReview, current: str | None, chrf: float | None, penalty: float, count: int) -> None:
        segment = state.segment
        how = {"edit": " · edited", "take": " · taken from a candidate"}.get(state.replaced_by or "", "")
        parts = [Content.from_markup(
            "[b]Segment $number[/b] [$text-muted]of $count · chars $start–$end$how · MQM $penalty · chrF $chrf[/]\n",
            number=segment.index + 1, count=count, start=segment.start, end=segment.end, how=how,
            penalty=f"{penalty:g}", chrf="–" if chrf is None else f"{chrf:.1f}",
        )]
        parts.append(Content.from_markup("[$accent]$mark[/]", mark=TEXT_MARK) + flagged_text(state, current))
        parts.append(_label("Issues"))
        parts.append(issue_list(state, current))
        if segment.reference is not None:
            reference, overlap = diffed_reference(plain_text(state.text, segment.markup), segment.reference)
            parts.append(_label(f"Re-translation · {overlap:.0%} of its words match · t takes it"))
            parts.append(reference)
        if segment.source is not None:
            parts.append(_label("English source"))
            parts.append(Content(segment.source))
        candidates = [c for c in segment.candidates if c.kind != "reference"]
        if candidates:
            parts.append(_label("Candidates"))
            parts.extend(Content.from_markup("  [$accent]$kind[/]: $text", kind=KIND_NAMES.get(c.kind, c.kind),
                                             text=c.text) for c in candidates)
        self.query_one("#detail-body", Static).update(Content("\n").join(parts))
        if segment.index != self._segment:
            self._segment = segment.index
            self.scroll_home(animate=False)


class StatusBar(Static):
    def show(self, totals: Totals, view: str, visible: int, segments: int, busy: str = "") -> None:
        share = totals.decided / totals.total if totals.total else 1.0
        chrf = "–" if totals.chrf is None else f"{totals.chrf:.1f}"
        self.update(Content.from_markup(
            "[b]$decided/$total[/b] issues decided ($share) · MQM [b]$mqm[/b] per 1,000 words · chrF [b]$chrf[/b]"
            " · [$text-muted]$view: $visible of $segments segments[/]$busy",
            decided=totals.decided, total=totals.total, share=f"{share:.0%}", mqm=f"{totals.mqm_per_1000:.1f}",
            chrf=chrf, view=view, visible=visible, segments=segments, busy=f" · {busy}" if busy else "",
        ))
