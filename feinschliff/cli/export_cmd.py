"""``feinschliff export FILE``: write the repaired German and the decisions from the review
session, without opening the editor.

The repaired text is FILE with the approved fixes applied at their exact offsets (and edited
or taken segments in place); every other byte is kept. Defaults: ``<stem>.repaired<suffix>``
and ``<stem>.decisions.json`` next to FILE. The checks run again exactly as for ``review``,
so decisions re-attach by their issue ids.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import UsageError
from ..core.export import export_review
from ..core.review_learn import learn_target
from ..core.session import session_path
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
        out = export_review(target, result.target.content, session.review.segments, session.totals(),
                            args.output, args.decisions)
        totals = session.totals()
    finally:
        session.close()
    print(f"{out.repaired}: {out.changed_segments} segments repaired; "
          f"{totals.decided} of {totals.total} issues decided; decisions in {out.decisions}")
    return EXIT_OK
