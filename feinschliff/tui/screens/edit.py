"""The modal segment editor: the checks re-run (in a worker) as the editor types, and the
flagged spans and issue list update live."""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Label, Static, TextArea
from textual.worker import Worker, WorkerState

from ...core.model import Issue, Segment
from ..widgets.flagged_text_area import FlaggedTextArea
from ..widgets.highlight import issue_line

CHECK_DELAY_SECONDS = 0.15


class EditScreen(ModalScreen[str | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save edit", priority=True, id="edit.save"),
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
    ]

    def __init__(self, segment: Segment, text: str, recheck: Callable[[Segment, str], list[Issue]]) -> None:
        super().__init__()
        self._segment = segment
        self._text = text
        self._recheck = recheck
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="editor"):
            yield Label(f"Edit segment {self._segment.index + 1} · flags update as you type · "
                        "ctrl+s saves · esc cancels", classes="prompt-title")
            yield FlaggedTextArea(self._text, id="edit-area")
            yield Static(id="edit-issues")
            if self._segment.reference:
                yield Label("Re-translation", classes="detail-label")
                yield Static(Content(self._segment.reference), id="edit-reference")

    def on_mount(self) -> None:
        self.query_one(FlaggedTextArea).focus()
        self.check(self._text)

    @property
    def area(self) -> FlaggedTextArea:
        return self.query_one(FlaggedTextArea)

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(CHECK_DELAY_SECONDS, lambda: self.check(self.area.text))

    @work(thread=True, exclusive=True, group="edit-check", exit_on_error=False)
    def check(self, text: str) -> tuple[str, list[Issue]]:
        return text, self._recheck(self._segment, text)

    @on(Worker.StateChanged)
    def _checked(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.state is WorkerState.ERROR:
            self.query_one("#edit-issues", Static).update(f"checks failed: {worker.error}")
        elif worker.state is WorkerState.SUCCESS:
            text, issues = worker.result
            if text != self.area.text:
                return
            self.area.flag(text, issues)
            self.query_one("#edit-issues", Static).update(self._issue_summary(issues))

    @staticmethod
    def _issue_summary(issues: list[Issue]) -> Content:
        if not issues:
            return Content.from_markup("[$success]✓ no issues[/]")
        head = Content.from_markup("[b]$count issue$s[/b]", count=len(issues), s="" if len(issues) == 1 else "s")
        return Content("\n").join([head, *(issue_line(i, None, False, None) for i in issues)])

    def action_save(self) -> None:
        text = self.area.text
        self.dismiss(None if text == self._text else text)

    def action_cancel(self) -> None:
        self.dismiss(None)
