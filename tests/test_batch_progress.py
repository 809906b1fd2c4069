"""The batch progress bar: drawn on a terminal, never into a pipe, a log or under CI."""

import io

from rich.console import Console

from feinschliff.cli.progress_batch import batch_progress, progress_wanted


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_wanted_only_on_a_terminal_without_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert progress_wanted(Tty())
    assert not progress_wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not progress_wanted(Tty())


def test_the_bar_counts_documents_and_segments():
    screen = Tty()
    console = Console(file=screen, force_terminal=True, width=120)
    with batch_progress(3, console) as progress:
        progress.step("scoring")
        progress.done(40)
        progress.done(2)
        console.file.flush()
        progress._progress.refresh()
        drawn = screen.getvalue()
    assert "2/3" in drawn and "42 segments" in drawn and "scoring" in drawn


def test_no_bar_when_not_wanted(monkeypatch, capsys):
    monkeypatch.setenv("CI", "1")
    with batch_progress(2) as progress:
        progress.step("loading")
        progress.done(5)
    assert capsys.readouterr().err == ""
