"""The glossary screen: the merged glossary in a table with search; add, edit and remove
entries. Writes go to native TSV files of the user (atomically); an entry of a shipped
glossary is changed by overriding it in the learn file, which loads after it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label
from textual.worker import Worker, WorkerState

from ...core.errors import FeinschliffError
from ...core.glossary import FORBIDDEN_SEPARATOR, GlossaryEntry, remove_entry
from ...core.model import Issue
from ...core.review import editable, save_entry
from ..document import ReviewDocument
from .entry_form import EntryScreen
from .prompts import ConfirmScreen

COLUMNS = ("Source", "Target", "Forbidden", "Name", "Case", "Note", "File")


class GlossaryScreen(Screen):
    BINDINGS = [
        Binding("escape", "close", "Back", id="glossary.close"),
        Binding("slash", "focus_search", "Search", id="glossary.search"),
        Binding("a", "add", "Add", id="glossary.add"),
        Binding("e", "edit", "Edit", id="glossary.edit"),
        Binding("d,delete", "remove", "Remove", id="glossary.remove"),
    ]

    def __init__(self, doc: ReviewDocument, on_changed: Callable[[list[tuple[int, list[Issue]]]], int]) -> None:
        super().__init__()
        self.doc = doc
        self._on_changed = on_changed
        self._shown: list[GlossaryEntry] = []

    def compose(self) -> ComposeResult:
        refs = ", ".join(self.doc.glossary_refs) or "none"
        yield Label(f"Glossaries: {refs} · new and changed rules go to {self.doc.learn_to}", id="glossary-title")
        yield Input(placeholder="search source, target, forbidden or note", id="glossary-search")
        yield DataTable(id="glossary-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        self.fill()
        table.focus()

    @property
    def entries(self) -> list[GlossaryEntry]:
        return list(self.doc.glossary.entries) if self.doc.glossary is not None else []

    def fill(self) -> None:
        needle = self.query_one("#glossary-search", Input).value.strip().casefold()
        table = self.query_one(DataTable)
        table.clear()
        self._shown = [e for e in self.entries if not needle or needle in " ".join(
            (e.source, e.target, *e.forbidden, e.note)).casefold()]
        for n, e in enumerate(self._shown):
            table.add_row(e.source, e.target, FORBIDDEN_SEPARATOR.join(e.forbidden), "yes" if e.do_not_translate else "",
                          "yes" if e.case_sensitive else "", e.note, f"{Path(e.path).name}:{e.line}", key=str(n))
        table.border_title = f"{len(self._shown)} of {len(self.entries)} entries"

    @on(Input.Changed, "#glossary-search")
    def _search(self) -> None:
        self.fill()

    @on(Input.Submitted, "#glossary-search")
    def _search_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_edit()

    def action_focus_search(self) -> None:
        self.query_one("#glossary-search", Input).focus()

    def action_close(self) -> None:
        self.app.pop_screen()

    def _selected(self) -> GlossaryEntry | None:
        table = self.query_one(DataTable)
        if not self._shown or table.cursor_row < 0:
            self.notify("no entry selected")
            return None
        return self._shown[min(table.cursor_row, len(self._shown) - 1)]

    def action_add(self) -> None:
        blank = GlossaryEntry("", "", note=f"added in review of {self.doc.path.name}")
        self.app.push_screen(EntryScreen(blank, f"Add an entry to {self.doc.learn_to}"),
                             lambda entry: entry is not None and self.change(self.doc.learn_to, entry, None))

    def action_edit(self) -> None:
        old = self._selected()
        if old is None:
            return
        target = Path(old.path) if editable(Path(old.path)) else self.doc.learn_to
        how = "edit in" if target == Path(old.path) else "override in"
        self.app.push_screen(EntryScreen(old, f"Edit “{old.source}” ({how} {target})"),
                             lambda entry: entry is not None and self.change(target, entry, old.source))

    def action_remove(self) -> None:
        old = self._selected()
        if old is None:
            return
        if not editable(Path(old.path)):
            self.notify(f"“{old.source}” is in {old.path}, which is not yours to edit: edit it to override it "
                        f"in {self.doc.learn_to}", severity="warning")
            return
        self.app.push_screen(ConfirmScreen(f"Remove “{old.source}” → “{old.target}” from {old.path}?"),
                             lambda yes: yes and self.change(Path(old.path), None, old.source))

    @work(thread=True, exclusive=True, group="glossary-edit", exit_on_error=False)
    def change(self, path: Path, entry: GlossaryEntry | None, replaces: str | None) -> tuple[str, list]:
        if entry is None:
            remove_entry(path, replaces or "")
            message = f"removed “{replaces}” from {path.name}"
        else:
            stored = save_entry(path, entry, replaces)
            message = f"saved “{stored.source}” → “{stored.target}” in {stored.where}"
        return message, self.doc.reload_glossary()

    @on(Worker.StateChanged)
    def _changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.state is WorkerState.ERROR:
            error = worker.error
            text = str(error) if isinstance(error, FeinschliffError) else f"{type(error).__name__}: {error}"
            self.notify(text, severity="error", timeout=10)
        elif worker.state is WorkerState.SUCCESS:
            message, changed = worker.result
            count = self._on_changed(changed)
            self.fill()
            self.notify(message + (f"; {count} segments re-checked" if count else ""))
