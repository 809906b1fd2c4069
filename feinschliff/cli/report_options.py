"""``--format F [-o OUT]``, repeatable: each ``-o`` belongs to the ``--format`` before it.

``check x --format sarif -o a.sarif --format junit -o junit.xml --format text`` writes SARIF and
JUnit files and the text report to stdout. A lone ``-o OUT`` before any ``--format`` belongs to
the first one (or to the default text report). At most one report goes to stdout (no ``-o``,
or ``-o -``).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import UsageError
from ..core.textio import atomic_writer
from ..reports.context import ReportContext
from ..reports.formats import FORMATS, WRITERS

STDOUT = "-"


@dataclass(slots=True)
class ReportSpec:
    format: str
    output: str | None = None  # None or "-": stdout

    @property
    def to_stdout(self) -> bool:
        return self.output in (None, STDOUT)


class _FormatAction(argparse.Action):
    def __call__(self, parser, namespace, value, option_string=None):
        specs = list(getattr(namespace, "reports", None) or [])
        pending = getattr(namespace, "pending_output", None)
        specs.append(ReportSpec(value, pending))
        namespace.pending_output = None
        namespace.reports = specs


class _OutputAction(argparse.Action):
    def __call__(self, parser, namespace, value, option_string=None):
        specs = list(getattr(namespace, "reports", None) or [])
        if not specs:
            if getattr(namespace, "pending_output", None) is not None:
                parser.error(f"-o/--output given twice ({namespace.pending_output}, {value}) without a --format between")
            namespace.pending_output = value
            return
        if specs[-1].output is not None:
            parser.error(f"--format {specs[-1].format} already writes to {specs[-1].output}; "
                         f"give another --format before -o {value}")
        specs[-1] = ReportSpec(specs[-1].format, value)
        namespace.reports = specs


def add_report_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--format", "-f", choices=FORMATS, action=_FormatAction, dest="reports", default=None,
                       help="report format, repeatable: " + ", ".join(FORMATS) + " (default text)")
    group.add_argument("--output", "-o", action=_OutputAction, dest="pending_output", default=None, metavar="OUT",
                       help="write the report of the --format before it to OUT instead of stdout ('-': stdout)")


def report_specs(args: argparse.Namespace) -> list[ReportSpec]:
    specs = list(args.reports or [ReportSpec("text")])
    if args.pending_output is not None:  # -o with no --format at all: the default text report
        specs[0] = ReportSpec(specs[0].format, args.pending_output)
    on_stdout = [s.format for s in specs if s.to_stdout]
    if len(on_stdout) > 1:
        raise UsageError(f"only one report can go to stdout, but {', '.join(on_stdout)} have no -o OUT")
    paths = [s.output for s in specs if not s.to_stdout]
    for path in paths:
        if paths.count(path) > 1:
            raise UsageError(f"two reports would be written to {path}")
    return specs


def write_reports(specs: list[ReportSpec], context: ReportContext) -> None:
    """Write the file reports first, then the one on stdout (so it comes last in a CI log)."""
    for spec in sorted(specs, key=lambda s: s.to_stdout):
        writer = WRITERS[spec.format]
        if spec.to_stdout:
            writer(sys.stdout, context)
        else:
            with atomic_writer(Path(spec.output)) as fh:
                writer(fh, context)
