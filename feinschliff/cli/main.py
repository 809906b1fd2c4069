"""Command-line entry point: ``feinschliff <command> ...``.

Every command module exposes ``register(subparsers)``, which adds its parser and sets
``func`` to a callable ``(args) -> int``. Errors the user can fix are printed as one line
and exit with 2; a failed quality gate exits with 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..core.errors import FeinschliffError

EXIT_OK, EXIT_GATE, EXIT_USAGE = 0, 1, 2

COMMAND_MODULES = (
    "check_cmd",
    "align_cmd",
    "review_cmd",
    "export_cmd",
    "glossary_cmd",
    "retranslate_cmd",
    "deepl_cmd",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one line, like every other error
        self.exit(EXIT_USAGE, f"feinschliff: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="feinschliff", description="Repair machine-translated German.")
    parser.add_argument("--version", action="version", version=f"feinschliff {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    from importlib import import_module

    for name in COMMAND_MODULES:
        import_module(f"{__package__}.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except FeinschliffError as exc:
        print(f"feinschliff: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("feinschliff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
