"""The review app: wiring only. It shows a loading screen while the pipeline runs in a
worker, then the review screen; F1 help, the command palette and quitting live here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from ..core.errors import FeinschliffError
from .bindings import APP_KEYS, REVIEW_KEYS, bindings
from .commands import SegmentCommands
from .document import ReviewDocument
from .screens.info import HelpScreen, LoadingScreen, key_table
from .screens.review import ReviewScreen

#: builds the document (runs the pipeline); gets a callback for progress messages
Loader = Callable[[Callable[[str], None]], ReviewDocument]


class ReviewApp(App[None]):
    CSS_PATH = "review.tcss"
    TITLE = "feinschliff review"
    BINDINGS = bindings(APP_KEYS)
    COMMANDS = App.COMMANDS | {SegmentCommands}

    def __init__(self, load: Loader, name: str, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self._load = load
        self._name = name
        self._initial_keymap = keymap or {}
        self.doc: ReviewDocument | None = None
        self.error: FeinschliffError | None = None
        #: said on the terminal after the screen closes
        self.warning: str | None = None

    def on_mount(self) -> None:
        if self._initial_keymap:
            self.set_keymap(self._initial_keymap)
        self.push_screen(LoadingScreen(self._name))
        self.load_document()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_document(self) -> ReviewDocument:
        loading = self.screen

        def step(message: str) -> None:
            if isinstance(loading, LoadingScreen):
                self.call_from_thread(loading.step, message)

        return self._load(step)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "load":
            return
        if worker.state is WorkerState.SUCCESS:
            self.doc = worker.result
            self.switch_screen(ReviewScreen(self.doc))
        elif worker.state is WorkerState.ERROR:
            error = worker.error
            if not isinstance(error, FeinschliffError):
                raise error
            self.error = error
            self.exit(return_code=2)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_table(self.screen)))

    async def action_quit(self) -> None:
        self.exit()

    def on_unmount(self) -> None:
        """However the app ends, the cursor is saved and the session unlocked."""
        if self.doc is not None:
            try:
                self.doc.session.close()
            except FeinschliffError as error:
                self.warning = f"the position in the document is not saved: {error}"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReviewScreen):
            keys = key_table(screen)
            for key in REVIEW_KEYS:
                shown = ", ".join(keys.get(key.id, []))
                yield SystemCommand(key.description, f"key: {shown}" if shown else key.id,
                                    partial(self.run_action, key.action, screen))
        yield SystemCommand("Keys", "all keys and their ids (F1)", self.action_help)
