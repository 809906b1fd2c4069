"""The status bar: progress, the document's live MQM-style score and chrF, the view."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...core.review_scores import Totals


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
