"""Shown while the pipeline runs (re-translation, alignment, checks) in a worker."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static


class LoadingScreen(Screen):
    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Static(f"Opening {self._path}", id="loading-title")
            yield LoadingIndicator()
            yield Static("", id="loading-step")

    def step(self, message: str) -> None:
        self.query_one("#loading-step", Static).update(message)
