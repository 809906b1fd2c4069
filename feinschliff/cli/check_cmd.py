"""``feinschliff check``: flag and score garbled German; exit 1 when the quality gate fails."""

from __future__ import annotations

import argparse
import sys

from ..core.config import FAIL_ON_CHOICES
from ..core.errors import UsageError
from ..core.parallel import default_jobs, document_task, map_documents
from ..core.pipeline import check_document
from ..core.scoring import METRICS, evaluate_gate
from ..reports.context import ReportContext
from .gate_batch import add_baseline_arguments, apply_baseline, document_gate, load_baseline
from .inputs import add_input_arguments, resolve_jobs
from .progress_batch import batch_progress
from .main import EXIT_GATE, EXIT_OK
from .report_options import add_report_arguments, report_specs, write_reports

RULE_FORMATS = ("text", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="flag mistranslations and score MT (CI quality gate)",
                                   description=__doc__)
    add_input_arguments(parser)
    out = parser.add_argument_group("output and gate")
    add_report_arguments(out)
    out.add_argument("--flagged-only", action="store_true", help="text format: show only segments with issues")
    out.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default=None,
                     help="fail when an issue of this severity or worse is found (default: major)")
    out.add_argument("--max-mqm", type=float, metavar="N", help="fail when the MQM penalty per 1,000 words exceeds N")
    out.add_argument("--min-chrf", type=float, metavar="N", help="fail when corpus chrF is below N")
    add_baseline_arguments(out)
    out.add_argument("--disable", action="append", default=[], metavar="RULE", help="disable rule ids or globs")
    out.add_argument("--enable", action="append", default=[], metavar="RULE", help="enable rule ids or globs")
    out.add_argument("--write", action="store_true",
                     help="ask DeepL Write for a rephrasing of every flagged segment (a candidate fix; needs a key)")
    out.add_argument("--write-style", metavar="STYLE", help="DeepL Write style, e.g. business or prefer_simple")
    out.add_argument("--pretty", action="store_true", help="indent JSON (default when writing to a terminal)")
    out.add_argument("--jobs", "-j", type=int, default=None,
                     help="worker processes: one document per process in a batch, else per document (default 2)")
    out.add_argument("--executor", metavar="dask://HOST:PORT",
                     help="check the documents on a Dask cluster (needs feinschliff[dask])")
    out.add_argument("--metrics", default="chrf,bleu,ter", metavar="LIST",
                     help="sacrebleu metrics per segment and corpus (default chrf,bleu,ter; TER is the slowest)")
    parser.set_defaults(func=run)

    rules = subparsers.add_parser("rules", help="list the checks with their ids, categories and severities")
    rules.add_argument("--format", "-f", choices=RULE_FORMATS, default="text")
    rules.set_defaults(func=run_rules)


def run_rules(args: argparse.Namespace) -> int:
    from ..core.checks import all_rules

    rules = all_rules().values()
    if args.format == "json":
        import json

        rows = [{"id": r.id, "category": r.category.value, "severity": r.severity.value,
                 "enabled": r.default_enabled, "description": r.description} for r in rules]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rules:
            state = "" if r.default_enabled else "  (off by default)"
            print(f"{r.id:<38} {r.category.value:<18} {r.severity.value:<9} {r.description}{state}")
    return EXIT_OK


def _apply_flags(config, args: argparse.Namespace) -> None:
    config.disable = [*config.disable, *args.disable]
    config.enable = [*config.enable, *args.enable]


def _metrics(value: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in METRICS]
    if unknown:
        raise UsageError(f"unknown metric {unknown[0]!r} (choose from {', '.join(METRICS)})")
    return names


def _add_write_candidates(result, deepl_config: dict, style: str | None) -> None:
    from ..core.translate import add_write_candidates, open_deepl, settings_from

    translator = open_deepl(settings_from(deepl_config))
    add_write_candidates(result.segments, translator, lang=result.target.lang, style=style)


def _check_all(jobs: list, args: argparse.Namespace, progress) -> list:
    """Every document's result, in input order: serially (each document parallel inside),
    one document per worker process, or on a Dask cluster."""
    processes = default_jobs() if args.jobs is None else args.jobs
    if args.executor is None and (len(jobs) == 1 or processes <= 1):
        results = []
        for job in jobs:
            results.append(check_document(job.options, job.config, job.glossary, progress.step))
            progress.done(len(results[-1].segments))
        return results
    tasks = [document_task(job.options, job.config, job.glossary, job.backend) for job in jobs]
    done = lambda _index, result: progress.done(len(result.segments))  # noqa: E731
    if args.executor is not None:
        from ..core.parallel import map_on_cluster

        progress.step(f"checking on {args.executor}")
        return map_on_cluster(tasks, args.executor, done)
    progress.step(f"checking in {processes} processes")
    return map_documents(tasks, processes, done)


def run(args: argparse.Namespace) -> int:
    reports = report_specs(args)
    if args.baseline is not None and args.write_baseline is not None:
        raise UsageError("--baseline and --write-baseline exclude each other (--write-baseline FILE updates FILE)")
    if args.executor is not None:
        from ..core.parallel import scheduler_address

        scheduler_address(args.executor)  # a malformed address fails before any work
    known = load_baseline(args)
    jobs = resolve_jobs(args)
    for job in jobs:
        _apply_flags(job.config, args)
        if job.glossary is not None:
            for warning in job.glossary.warnings:
                print(f"feinschliff: warning: {warning}", file=sys.stderr)
        job.options.jobs = args.jobs
        job.options.metrics = _metrics(args.metrics)
    with batch_progress(len(jobs)) as progress:
        results = _check_all(jobs, args, progress)
    if args.write:
        for job, result in zip(jobs, results):
            _add_write_candidates(result, job.config.deepl, args.write_style)
    apply_baseline(args, known, results)
    gates = [document_gate(job, args) for job in jobs]
    gate = evaluate_gate(results, gates)
    names = sorted({n for job in jobs for n in job.glossary_names})
    fail_on = {r.path: g.fail_on for r, g in zip(results, gates)}
    write_reports(reports, ReportContext(results, gate, gates[0].fail_on, names, args.pretty, args.flagged_only,
                                         fail_on_for=fail_on))
    return EXIT_OK if gate.passed else EXIT_GATE
