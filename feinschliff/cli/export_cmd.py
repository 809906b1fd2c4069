"""``feinschliff export FILE``: write the repaired German and the decisions from the review
session, without opening the editor.

The repaired text is FILE with the approved fixes applied at their exact offsets (and edited
or taken segments in place); every other byte is kept. A bilingual FILE (XLIFF, PO, TMX) is
written back as the same format, with the repaired targets, reviewed units marked by the
format's state and Feinschliff's issues as notes. ``--to tmx`` writes the source and repaired
target of every segment without open issues as a translation memory instead. Defaults:
``<stem>.repaired<suffix>`` (``.tmx`` with ``--to tmx``) and ``<stem>.decisions.json`` next to
FILE. The checks run again exactly as for ``review``, so decisions re-attach by their issue ids.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import UsageError
from ..core.export import export_review
from ..core.review import learn_target, session_path
from .inputs import add_input_arguments, resolve_job
from .main import EXIT_OK
from .review_cmd import add_learn_argument, open_review


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write the repaired text and the decisions of a review",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_input_arguments(parser, many=False)
    add_learn_argument(parser)
    out = parser.add_argument_group("output")
    out.add_argument("--output", "-o", type=Path, metavar="OUT", help="repaired text (default <stem>.repaired<suffix>)")
    out.add_argument("--to", choices=("same", "tmx"), default="same",
                     help="same: the input's format (default); tmx: source + repaired target pairs")
    out.add_argument("--decisions", type=Path, metavar="OUT.json", help="decisions (default <stem>.decisions.json)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if not session_path(target).exists():
        raise UsageError(f"no review session for {target} ({session_path(target).name}): run `feinschliff review {target}` first")
    job = resolve_job(args, target)
    learn_to = learn_target(target, job.glossary_names, args.learn_to or job.config.learn_to)
    result, session, _glossary, _refs = open_review(job, learn_to, args.strict)
    try:
        if session.notice:
            print(f"feinschliff: warning: {session.notice}", file=sys.stderr)
        states = session.review.segments
        render, suffix, detail = _renderer(args.to, result, states, target)
        out = export_review(target, result.target.content, states, session.totals(),
                            args.output, args.decisions, render, suffix)
        totals = session.totals()
    finally:
        session.close()
    print(f"{out.repaired}: {out.changed_segments} segments repaired{detail}; "
          f"{totals.decided} of {totals.total} issues decided; decisions in {out.decisions}")
    return EXIT_OK


def _renderer(to: str, result, states, target: Path):
    """What the repaired file holds: (render, suffix, what to add to the summary line)."""
    if to == "tmx":
        from ..core.export import tmx_text, tmx_units

        source_lang = result.source.lang if result.source is not None else "en"
        units = tmx_units(states, source_lang, result.target.lang)
        left = []
        if units.open_issues:
            left.append(f"{units.open_issues} with open issues")
        if units.without_source:
            left.append(f"{units.without_source} without a source")
        detail = f"; {len(units.units)} translation units" + (f" ({', '.join(left)} left out)" if left else "")
        return (lambda: tmx_text(units)), ".tmx", detail
    from ..core.export import renderer

    return renderer(result.bilingual, states, target), None, ""
