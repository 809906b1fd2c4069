"""Small modal prompts: the segment filter and the search box."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ...core.model import Category
from ...core.review import View

FILTERS: tuple[tuple[str, View], ...] = (
    ("All segments", View("all")),
    ("Flagged segments (with issues)", View("flagged")),
    ("Undecided segments (open issues)", View("undecided")),
    *((f"Category: {c.value}", View("flagged", c)) for c in Category),
    *((f"Undecided {c.value}", View("undecided", c)) for c in Category),
)


class FilterScreen(ModalScreen[View | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="prompt.cancel")]

    def __init__(self, current: View) -> None:
        super().__init__()
        self._current = replace(current, query="")

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield Label("Show which segments?", classes="prompt-title")
            options = [Option(label, id=str(n)) for n, (label, _) in enumerate(FILTERS)]
            yield OptionList(*options, id="filter-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = next((n for n, (_, v) in enumerate(FILTERS) if v == self._current), 0)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(FILTERS[int(event.option.id or 0)][1])


class SearchScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="prompt.cancel")]

    def __init__(self, query: str) -> None:
        super().__init__()
        self._query = query

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield Label("Search the text, re-translation and source (empty: show all)", classes="prompt-title")
            yield Input(self._query, placeholder="e.g. Copilot", id="search-input")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("y", "dismiss(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "dismiss(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield Label(self._question, classes="prompt-title")
            yield Label("y: yes · n: no")
