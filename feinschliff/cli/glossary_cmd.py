"""``feinschliff glossary``: list, add, remove, lint, import and export glossary entries.

FILE is a glossary file or the name of a shipped glossary (``ai-tech``). Edits apply to the
native TSV format only and keep comments and line order; conversions pick the format from
the extension: ``.tsv`` native (``--deepl-tsv`` for DeepL's two columns), ``.csv`` DeepL CSV,
``.tbx`` TBX.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.errors import UsageError
from ..core.glossary import (
    GlossaryEntry, add_entries, add_entry, lint_glossary, load_glossary, make_entry, merge_entries, read_entries,
    remove_entry, render,
)
from ..core.textio import write_text_atomic
from .main import EXIT_GATE, EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("glossary", help="list, edit, lint and convert glossaries", description=__doc__)
    commands = parser.add_subparsers(dest="glossary_command", metavar="ACTION")
    commands.required = True

    listing = commands.add_parser("list", help="show entries")
    listing.add_argument("file", metavar="FILE")
    listing.add_argument("--search", metavar="TEXT", help="only entries containing TEXT (any field, any case)")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(func=run_list)

    add = commands.add_parser("add", help="add an entry (refuses duplicates and conflicts)")
    add.add_argument("file", metavar="FILE")
    add.add_argument("source", metavar="SOURCE")
    add.add_argument("target", metavar="TARGET")
    add.add_argument("--forbidden", action="append", default=[], metavar="X",
                     help="a rendering to flag; repeat or separate with |")
    add.add_argument("--admitted", action="append", default=[], metavar="X",
                     help="a further rendering that is accepted; repeat or separate with |")
    add.add_argument("--dnt", action="store_true", help="do not translate (a name)")
    add.add_argument("--case-sensitive", action="store_true")
    add.add_argument("--note", default="", metavar="N")
    add.set_defaults(func=run_add)

    remove = commands.add_parser("remove", help="remove the entry for SOURCE")
    remove.add_argument("file", metavar="FILE")
    remove.add_argument("source", metavar="SOURCE")
    remove.set_defaults(func=run_remove)

    lint = commands.add_parser("lint", help="report duplicates, conflicts and doubtful entries")
    lint.add_argument("file", metavar="FILE")
    lint.add_argument("--strict", action="store_true", help="exit 1 when there is any problem")
    lint.set_defaults(func=run_lint)

    merge = commands.add_parser("merge", help="merge glossaries into one (conflicts listed with file:line, never dropped)")
    merge.add_argument("inputs", metavar="IN", nargs="+")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    merge.add_argument("--deepl-tsv", action="store_true", help="write DeepL's two-column TSV")
    merge.add_argument("--strict", action="store_true", help="exit 1 when there is any conflict")
    merge.set_defaults(func=run_merge)

    conversions = (("import", "read any format into a native TSV glossary (merging into OUT if it exists)"),
                   ("export", "write a glossary as native TSV, DeepL TSV/CSV or TBX"))
    for name, helptext in conversions:
        convert = commands.add_parser(name, help=helptext)
        convert.add_argument("input", metavar="IN")
        convert.add_argument("output", metavar="OUT", type=Path)
        convert.add_argument("--deepl-tsv", action="store_true", help="write DeepL's two-column TSV")
        convert.set_defaults(func=run_import if name == "import" else run_export)

    from .deepl_cmd import add_push_parser

    add_push_parser(commands)


def _matches(entry: GlossaryEntry, needle: str) -> bool:
    fields = (entry.source, entry.target, *entry.admitted, *entry.forbidden, entry.note)
    return any(needle.casefold() in f.casefold() for f in fields)


def run_list(args: argparse.Namespace) -> int:
    glossary = load_glossary(args.file)
    entries = [e for e in glossary if not args.search or _matches(e, args.search)]
    if args.format == "json":
        keys = ("source", "target", "forbidden", "admitted", "do_not_translate", "case_sensitive", "note", "path", "line")
        rows = [{k: list(v) if isinstance(v, tuple) else v for k in keys for v in [getattr(e, k)]} for e in entries]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(e.source) for e in entries), default=0)
    for e in entries:
        flags = [f"forbidden: {' | '.join(e.forbidden)}"] if e.forbidden else []
        flags += [f"admitted: {' | '.join(e.admitted)}"] if e.admitted else []
        flags += ["do not translate"] if e.do_not_translate else (["case-sensitive"] if e.case_sensitive else [])
        flags += [e.note] if e.note else []
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        print(f"{e.line:>5}  {e.source:<{width}}  ->  {e.target}{extra}")
    print(f"{len(entries)} of {len(glossary)} entries", file=sys.stderr)
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    forbidden = tuple(v for value in args.forbidden for v in value.split("|"))
    admitted = tuple(v for value in args.admitted for v in value.split("|"))
    entry = make_entry(args.source, args.target, forbidden=forbidden, admitted=admitted, do_not_translate=args.dnt,
                       case_sensitive=args.case_sensitive, note=args.note)
    stored = add_entry(args.file, entry)
    print(f"{stored.where}: added '{stored.source}' -> '{stored.target}'")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    for entry in remove_entry(args.file, args.source):
        print(f"{entry.where}: removed '{entry.source}' -> '{entry.target}'")
    return EXIT_OK


def run_lint(args: argparse.Namespace) -> int:
    glossary = load_glossary(args.file)
    problems = lint_glossary(glossary)
    for problem in problems:
        print(problem)
    count = f"{len(problems) or 'no'} problem{'' if len(problems) == 1 else 's'}"
    print(f"{glossary.path}: {len(glossary)} entries, {count}", file=sys.stderr)
    return EXIT_GATE if problems and args.strict else EXIT_OK


def _write(args: argparse.Namespace, entries: list[GlossaryEntry]) -> int:
    text, warning = render(entries, args.output, deepl_tsv=args.deepl_tsv)
    write_text_atomic(args.output, text)
    if warning:
        print(f"feinschliff: warning: {warning}", file=sys.stderr)
    print(f"{args.output}: wrote {len(entries)} entries")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    glossary = load_glossary(args.input)
    for warning in glossary.warnings:
        print(f"feinschliff: warning: {warning}", file=sys.stderr)
    return _write(args, glossary.entries)


def run_merge(args: argparse.Namespace) -> int:
    merged, conflicts, duplicates = merge_entries([read_entries(path) for path in args.inputs])
    for conflict in conflicts:
        print(f"feinschliff: conflict: {conflict}", file=sys.stderr)
    _write(args, merged)
    print(f"{len(args.inputs)} glossaries: {duplicates} duplicates folded in, {len(conflicts)} conflicts "
          "(the first file's entry kept, the other noted)")
    return EXIT_GATE if conflicts and args.strict else EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Into a new file: convert. Into an existing native glossary: append what is new."""
    if not args.output.exists():
        return _write(args, load_glossary(args.input).entries)
    if args.deepl_tsv:
        raise UsageError(f"{args.output} exists; import merges only into a native TSV glossary")
    added = add_entries(args.output, read_entries(args.input), skip_known=True)
    print(f"{args.output}: added {len(added)} entries")
    return EXIT_OK
