"""What the editor does to the document: decide, edit, take, undo, learn, export.

Every decision goes through ``ReviewSession``, which journals it durably before applying
it; only then does the screen redraw. Slow work (DeepL Write, glossary reloads, export)
runs in thread workers; their failures become notifications.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual import work
from textual.worker import Worker, WorkerState

from ...core.errors import FeinschliffError
from ...core.export import export_review, renderer
from ...core.glossary import GlossaryEntry
from ...core.model import Candidate, Issue
from ...core.review import Refused, Step, learned_entry, ordered_issues, save_entry
from .edit import EditScreen
from .entry_form import EntryScreen
from .glossary import GlossaryScreen

WRITE_KIND = "deepl-write"
#: between chunks of 200 segments while computing chrF statistics in the background
SCORING_PAUSE_SECONDS = 0.01


class DecisionActions:
    """Mixed into ``ReviewScreen``."""

    # -- deciding -----------------------------------------------------------------------------

    def _issue_here(self) -> Issue | None:
        """The selected issue, else the segment's first open one (selecting it)."""
        state = self.current
        if state is None:
            return None
        ids = ordered_issues(state)
        if self.issue not in ids:
            self.issue = next((i for i in ids if i not in state.decisions), ids[0] if ids else None)
        if self.issue is None:
            self.notify("no issue in this segment (n moves to the next one)")
            return None
        return state.issue(self.issue)

    def _decide(self, command: Callable[[], object], advance: bool = False) -> object | None:
        try:
            outcome = command()
        except Refused as refused:
            self.notify(str(refused), severity="warning")
            return None
        except FeinschliffError as error:
            self.notify(str(error), severity="error")
            return None
        self.segment_list.changed(self.current.index)
        if not (advance and self._step_issue(forward=True, open_only=True)):
            self.show_current()
        return outcome

    def action_approve(self) -> None:
        if (issue := self._issue_here()) is not None:
            self._decide(lambda: self.session.approve(issue.id), advance=True)

    def action_reject(self) -> None:
        if (issue := self._issue_here()) is not None:
            self._decide(lambda: self.session.reject(issue.id), advance=True)

    def action_approve_all(self) -> None:
        if (state := self.current) is not None:
            skipped = self._decide(lambda: self.session.approve_all(state.index))
            if skipped:
                self.notify(f"{skipped} fixes overlap the approved ones and stay open")

    def action_take(self, kind: str = "reference") -> None:
        if (state := self.current) is not None:
            self._replace_text(lambda: self.review.plan_take(state.index, kind))

    def action_edit(self) -> None:
        state = self.current
        if state is None:
            return
        index = state.index

        def edited(text: str | None) -> None:
            if text is not None:
                self._replace_text(lambda: self.review.plan_edit(index, text))

        self.app.push_screen(EditScreen(state.segment, state.text, self.doc.recheck), edited)

    def _replace_text(self, plan: Callable[[], Step]) -> None:
        """Edit and take re-run the segment's checks: that happens in a worker, then the step
        is journaled and applied here (the checker remembers the result)."""
        try:
            step = plan()
        except Refused as refused:
            self.notify(str(refused), severity="warning")
            return
        self.set_busy("checking…")
        self.check_replacement(step)

    @work(thread=True, exclusive=True, group="replace", exit_on_error=False)
    def check_replacement(self, step: Step) -> Step:
        action = step[0]
        self.doc.recheck(self.review.segments[action.segment].segment, action.text or "")
        return step

    def _apply_replacement(self, step: Step) -> None:
        index = step[0].segment
        self.jump_to_segment(index)
        self._decide(lambda: self.session.run(step))

    def _show_step(self, step: Step, verb: str) -> None:
        segments = sorted({a.segment for a in step})
        for index in segments:
            self.segment_list.changed(index)
        if segments:
            self.jump_to_segment(segments[0])
            self.issue = step[0].issue_id if step[0].issue_id in ordered_issues(self.current) else None
            self.show_current()
            self.notify(f"{verb} {step[0].kind} in segment {segments[0] + 1}")

    def action_undo(self) -> None:
        self._replay(self.session.undo, "undid")

    def action_redo(self) -> None:
        self._replay(self.session.redo, "redid")

    def _replay(self, command, verb: str) -> None:
        try:
            self._show_step(command(), verb)
        except FeinschliffError as error:
            self.notify(str(error), severity="error")
        except Refused as refused:
            self.notify(str(refused), severity="warning")

    @work(thread=True, exclusive=True, group="scores", exit_on_error=False)
    def prime_scores(self) -> None:
        self.session.scores.prime(pause=SCORING_PAUSE_SECONDS)

    # -- DeepL Write ----------------------------------------------------------------------------

    def action_rephrase(self) -> None:
        state = self.current
        if state is None:
            return
        if self.doc.rephrase is None:
            self.notify("DeepL Write needs DeepL: set DEEPL_AUTH_KEY (and DEEPL_SERVER_URL for another server)",
                        severity="warning")
            return
        self.set_busy("asking DeepL Write…")
        self.rephrase_segment(state.index, state.text)

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def rephrase_segment(self, index: int, text: str) -> tuple[int, str | None]:
        return index, self.doc.rephrase([text])[0]

    def _rephrased(self, index: int, suggestion: str | None) -> None:
        segment = self.review.segments[index].segment
        if not suggestion or suggestion == self.review.segments[index].text:
            self.notify("DeepL Write suggests no change for this segment")
            return
        segment.candidates[:] = [c for c in segment.candidates if c.kind != WRITE_KIND]
        segment.candidates.append(Candidate(WRITE_KIND, suggestion))
        self.notify("DeepL Write suggestion added: W takes it")
        self.show_current()

    # -- glossary ------------------------------------------------------------------------------

    def action_learn(self) -> None:
        state, issue = self.current, self._issue_here()
        if state is None or issue is None:
            return
        try:
            entry = learned_entry(issue, self.doc.glossary, self.doc.path.name, state.index + 1)
        except FeinschliffError as error:
            self.notify(str(error), severity="warning")
            return
        title = f"Learn “{issue.text}” → “{issue.suggestion}” into {self.doc.learn_to}"
        self.app.push_screen(EntryScreen(entry, title), self._learn)

    def _learn(self, entry: GlossaryEntry | None) -> None:
        if entry is not None:
            self.set_busy("learning…")
            self.save_glossary_entry(entry)

    @work(thread=True, exclusive=True, group="glossary", exit_on_error=False)
    def save_glossary_entry(self, entry: GlossaryEntry) -> tuple[str, list[tuple[int, list[Issue]]]]:
        stored = save_entry(self.doc.learn_to, entry)
        message = f"learned “{stored.source}” → “{stored.target}” in {stored.where}"
        return message, self.doc.reload_glossary()

    def adopt_issues(self, changed: Iterable[tuple[int, list[Issue]]]) -> int:
        """Take over re-checked issues after the glossary changed; returns how many segments."""
        self.review.set_rechecker(self.doc.checker)
        count = 0
        for index, issues in changed:
            self.review.adopt_issues(index, issues)
            self.segment_list.changed(index)
            count += 1
        self.show_current()
        return count

    def action_glossary(self) -> None:
        self.app.push_screen(GlossaryScreen(self.doc, self.adopt_issues))

    # -- saving and export ------------------------------------------------------------------

    def action_save(self) -> None:
        try:
            self.session.flush_cursor()
            self.session.session.checkpoint()
        except FeinschliffError as error:
            self.notify(str(error), severity="error")
            return
        decided, total = self.review.progress()
        self.notify(f"saved: {decided} of {total} issues decided, in {self.session.session.path.name}")

    def action_export(self) -> None:
        states = [s.copy() for s in self.review.segments]
        self.set_busy("exporting…")
        self.export_document(states, self.session.totals())

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_document(self, states, totals) -> str:
        content = self.doc.result.target.content
        render = renderer(self.doc.result.bilingual, states, self.doc.path)
        result = export_review(self.doc.path, content, states, totals, render=render)
        return f"exported {result.repaired.name} ({result.changed_segments} segments changed) and {result.decisions.name}"

    # -- worker results -----------------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        self.set_busy("")
        if worker.state is WorkerState.ERROR:
            error = worker.error
            text = str(error) if isinstance(error, FeinschliffError) else f"{type(error).__name__}: {error}"
            self.notify(text.splitlines()[0] if text else type(error).__name__, severity="error", timeout=10)
            return
        if worker.group == "write":
            self._rephrased(*worker.result)
        elif worker.group == "glossary":
            message, changed = worker.result
            count = self.adopt_issues(changed)
            self.notify(message + (f"; {count} segments re-checked" if count else ""))
        elif worker.group == "export":
            self.notify(worker.result, timeout=8)
        elif worker.group == "scores":
            self.refresh_status()
        elif worker.group == "replace":
            self._apply_replacement(worker.result)
