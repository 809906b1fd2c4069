"""A modal form for one glossary entry (learn, add, edit); validated before it closes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from ...core.errors import InputError
from ...core.glossary import FORBIDDEN_SEPARATOR, GlossaryEntry, make_entry

FIELDS = (("source", "English term"), ("target", "German term"),
          ("forbidden", "Forbidden renderings, separated by |"),
          ("admitted", "Admitted alternatives, separated by |"), ("note", "Note"))


class EntryScreen(ModalScreen[GlossaryEntry | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save entry", priority=True, id="entry.save"),
        Binding("escape", "dismiss(None)", "Cancel", id="entry.cancel"),
    ]

    def __init__(self, entry: GlossaryEntry, title: str) -> None:
        super().__init__()
        self._entry = entry
        self._title = title

    def compose(self) -> ComposeResult:
        entry = self._entry
        values = {"source": entry.source, "target": entry.target,
                  "forbidden": FORBIDDEN_SEPARATOR.join(entry.forbidden),
                  "admitted": FORBIDDEN_SEPARATOR.join(entry.admitted), "note": entry.note}
        with Vertical(classes="prompt", id="entry-form"):
            yield Label(self._title, classes="prompt-title")
            for name, label in FIELDS:
                yield Label(label, classes="field-label")
                yield Input(values[name], id=f"entry-{name}")
            with Horizontal(classes="entry-flags"):
                yield Checkbox("do not translate (a name)", entry.do_not_translate, id="entry-dnt")
                yield Checkbox("case-sensitive", entry.case_sensitive, id="entry-case")
            yield Static("", id="entry-error")
            with Horizontal(classes="entry-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="entry-save")
                yield Button("Cancel (esc)", id="entry-cancel")

    def _value(self, name: str) -> str:
        return self.query_one(f"#entry-{name}", Input).value

    def _variants(self, name: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in self._value(name).split(FORBIDDEN_SEPARATOR) if v.strip())

    def action_save(self) -> None:
        try:
            entry = make_entry(self._value("source"), self._value("target"), forbidden=self._variants("forbidden"),
                               admitted=self._variants("admitted"),
                               do_not_translate=self.query_one("#entry-dnt", Checkbox).value,
                               case_sensitive=self.query_one("#entry-case", Checkbox).value,
                               note=self._value("note"))
        except InputError as error:
            self.query_one("#entry-error", Static).update(error.message)
            return
        self.dismiss(entry)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#entry-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#entry-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)
