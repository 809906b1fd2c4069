"""Gates and baselines of a batch run: each document's gate (configuration, per-path
overrides, then flags) and ``--baseline``/``--write-baseline``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.config import Gate
from ..core.pipeline import DocumentResult
from ..core.scoring import baseline_json, mark_baseline, parse_baseline, read_baseline
from ..core.textio import write_text_atomic
from .inputs import Job


def add_baseline_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--baseline", type=Path, metavar="FILE",
                       help="issues recorded in FILE are reported as baselined and do not fail the gate")
    group.add_argument("--write-baseline", type=Path, metavar="FILE",
                       help="record every issue of this run in FILE (then the run is gated as with --baseline FILE)")


def document_gate(job: Job, args: argparse.Namespace) -> Gate:
    """The configuration's gate for this document, with path overrides, then the flags."""
    gate = job.config.gate_for(job.options.target)
    if args.fail_on:
        gate.fail_on = args.fail_on
    if args.max_mqm is not None:
        gate.max_mqm_per_1000 = args.max_mqm
    if args.min_chrf is not None:
        gate.min_chrf = args.min_chrf
    return gate


def load_baseline(args: argparse.Namespace):
    """Read ``--baseline`` before the run starts, so a bad file fails at once."""
    return read_baseline(args.baseline) if args.baseline is not None else None


def apply_baseline(args: argparse.Namespace, known, results: list[DocumentResult]) -> None:
    if args.write_baseline is not None:
        text = baseline_json(results, args.write_baseline)
        write_text_atomic(args.write_baseline, text)
        count = sum(len(s.issues) for r in results for s in r.segments)
        print(f"feinschliff: {args.write_baseline}: recorded {count} issue(s)", file=sys.stderr)
        mark_baseline(results, parse_baseline(text, str(args.write_baseline)), args.write_baseline.parent)
        return
    if known is not None:
        new, gone = mark_baseline(results, known, args.baseline.parent)
        fixed = f"; {gone} recorded issue(s) no longer found (--write-baseline drops them)" if gone else ""
        print(f"feinschliff: {new} new issue(s) not in {args.baseline}{fixed}", file=sys.stderr)
