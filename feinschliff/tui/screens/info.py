"""Screens that only inform: the loading screen shown while the pipeline runs in a worker,
and F1 help with every key of the review editor and its binding id (for remapping)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import LoadingIndicator, Static

from ..bindings import APP_KEYS, REVIEW_KEYS


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


REMAP_HINT = ("Remap any key with its id: feinschliff review FILE --key approve=y --key next-issue=space,n · "
              "every action is also in the command palette (ctrl+p)")


def key_table(screen) -> dict[str, list[str]]:
    """Binding id -> the keys it has on ``screen`` now (the keymap applied)."""
    keys: dict[str, list[str]] = {}
    for _node, bindings in screen._binding_chain:
        for _key, binding in bindings:
            if binding.id:
                shown = screen.app.get_key_display(binding)
                if shown not in keys.setdefault(binding.id, []):
                    keys[binding.id].append(shown)
    return keys


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss(None)", "Close", id="help.close")]

    def __init__(self, keys: dict[str, list[str]]) -> None:
        super().__init__()
        self._keys = keys

    def compose(self) -> ComposeResult:
        by_group: dict[str, list[Content]] = {}
        for key in (*REVIEW_KEYS, *APP_KEYS):
            keys = ", ".join(self._keys.get(key.id, [])) or "—"
            by_group.setdefault(key.group, []).append(Content.from_markup(
                "  [b $accent]$keys[/]  $description  [$text-muted]($id)[/]",
                keys=f"{keys:<14}", description=f"{key.description:<48}", id=key.id))
        with VerticalScroll(id="help"):
            yield Static(Content.from_markup("[b]Keys of the review editor[/b]"), classes="prompt-title")
            for group, lines in by_group.items():
                yield Static(Content.from_markup("[b]$group[/b]", group=group), classes="help-group")
                yield Static(Content("\n").join(lines))
            yield Static(REMAP_HINT, classes="help-hint")
