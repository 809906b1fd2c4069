"""Every report format of ``feinschliff check`` by name, each written from a ``ReportContext``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from .context import ReportContext


def write_text(out: TextIO, context: ReportContext) -> None:
    from rich.console import Console

    from .terminal import print_report

    console = Console(highlight=False) if out is sys.stdout else Console(file=out, no_color=True, width=120)
    print_report(console, context.results, context.gate, context.flagged_only)


def write_json(out: TextIO, context: ReportContext) -> None:
    from .json_report import write_report

    pretty = context.pretty or (out is sys.stdout and sys.stdout.isatty())
    write_report(out, context.results, context.gate, context.fail_on, context.glossaries, pretty)


def write_sarif(out: TextIO, context: ReportContext) -> None:
    from .sarif import write_sarif as write

    write(out, context)


def write_junit(out: TextIO, context: ReportContext) -> None:
    from .junit import write_junit as write

    write(out, context)


def write_github(out: TextIO, context: ReportContext) -> None:
    from .github import write_github as write

    write(out, context)


def write_html(out: TextIO, context: ReportContext) -> None:
    from .html import write_html as write

    write(out, context)


WRITERS: dict[str, Callable[[TextIO, ReportContext], None]] = {
    "text": write_text, "json": write_json, "sarif": write_sarif,
    "junit": write_junit, "github": write_github, "html": write_html,
}
FORMATS = tuple(WRITERS)
