"""``feinschliff review FILE``: approve, reject or edit every fix in a terminal editor.

Source, reference and glossaries come from the flags or the nearest ``feinschliff.toml``,
exactly as for ``check``. Decisions are saved as they are made in
``FILE.feinschliff-session.sqlite``; re-opening resumes where you stopped. Glossary rules
learned in the editor (key ``l``) go to ``--learn-to FILE``, else the first glossary of yours
in use (a native TSV file, never a shipped one), else ``glossary.learned.tsv`` next to FILE;
that file is used for review and export from then on (add it to ``glossary`` in
``feinschliff.toml`` so that ``check`` uses it too).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.errors import UsageError
from ..core.formats import load_bilingual
from ..core.glossary import Glossary
from ..core.pipeline import DocumentResult, check_document
from ..core.review import ReviewSession, learn_target
from .inputs import Job, add_input_arguments, resolve_job
from .main import EXIT_OK

MAX_WARNINGS_SHOWN = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("review", help="review and repair MT in a terminal editor", description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    add_input_arguments(parser, many=False)
    add_learn_argument(parser)
    group = parser.add_argument_group("editor")
    group.add_argument("--key", action="append", default=[], metavar="ID=KEYS",
                       help="remap a key, e.g. approve=y or next-issue=space,n (ids: F1 in the editor)")
    parser.set_defaults(func=run)


def add_learn_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--learn-to", type=Path, metavar="FILE",
                        help="native TSV glossary that learned rules go to (default: see above)")


def parse_keymap(pairs: list[str], configured: dict[str, str] | None = None) -> dict[str, str]:
    """Keys from the configuration's ``[review.keys]``, overridden by ``--key ID=KEYS``."""
    from ..tui.bindings import known_ids

    keymap: dict[str, str] = {}
    for pair in [f"{k}={v}" for k, v in (configured or {}).items()] + list(pairs):
        binding_id, sep, keys = pair.partition("=")
        if not sep or not keys.strip():
            raise UsageError(f"--key {pair}: expected ID=KEYS, e.g. approve=y")
        if binding_id.strip() not in known_ids():
            raise UsageError(f"--key {pair}: unknown id '{binding_id}' (known: {', '.join(known_ids())})")
        keymap[binding_id.strip()] = keys.replace(" ", "")
    return keymap


def glossary_refs(job: Job, learn_to: Path) -> list[str]:
    """The job's glossaries plus the learn file, once it exists."""
    refs = list(job.glossary_names)
    if learn_to.exists() and not any(Path(r).resolve() == learn_to.resolve() for r in refs):
        refs.append(str(learn_to))
    return refs


def load_glossary(refs: list[str], strict: bool) -> Glossary | None:
    from ..core.glossary import load_glossaries

    return load_glossaries(refs, strict=strict) if refs else None


def open_review(job: Job, learn_to: Path, strict: bool, progress: Callable[[str], None] | None = None,
                defer_scores: bool = False) -> tuple[DocumentResult, ReviewSession, Glossary | None, list[str]]:
    """Run the pipeline like ``check`` and open (or resume) the input's review session."""
    refs = glossary_refs(job, learn_to)
    glossary = job.glossary if refs == job.glossary_names else load_glossary(refs, strict)
    result = check_document(job.options, job.config, glossary, progress)
    if progress is not None:
        progress("opening the review session")
    session = ReviewSession.for_result(result, job.config, glossary, defer_scores=defer_scores)
    return result, session, glossary, refs


def _rephraser(deepl_config: dict):
    """DeepL Write when a key is configured, else None (the editor says how to set it up)."""
    from ..core.translate import settings_from

    settings = settings_from(deepl_config)
    if not settings.auth_key:
        return None

    def rephrase(texts):
        from ..core.translate import rephrase as deepl_rephrase

        return deepl_rephrase(list(texts), lang="de", settings=settings)

    return rephrase


def make_app(args: argparse.Namespace):
    """The editor for parsed ``review`` arguments (the pipeline runs once it is shown)."""
    target = Path(args.file)
    load_bilingual(target, int(args.max_size * 1024 * 1024))  # a bad input fails here, before the screen opens
    job = resolve_job(args, target)
    keymap = parse_keymap(args.key, job.config.keys)
    learn_to = learn_target(target, job.glossary_names, args.learn_to or job.config.learn_to)
    rephrase = _rephraser(job.config.deepl)

    def load(progress: Callable[[str], None]):
        from ..tui.document import ReviewDocument

        result, session, glossary, refs = open_review(job, learn_to, args.strict, progress, defer_scores=True)
        warnings = [*result.warnings, *(glossary.warnings if glossary else [])]
        if len(warnings) > MAX_WARNINGS_SHOWN:
            more = len(warnings) - MAX_WARNINGS_SHOWN
            warnings = [*warnings[:MAX_WARNINGS_SHOWN], f"and {more} more warnings (feinschliff check shows them all)"]
        return ReviewDocument(result, session, job.config, glossary, refs, learn_to,
                              lambda names: load_glossary(names, args.strict), rephrase, warnings)

    from ..tui.app import ReviewApp

    return ReviewApp(load, str(target), keymap)


def run(args: argparse.Namespace) -> int:
    app = make_app(args)
    app.run()
    if app.error is not None:
        raise app.error
    if app.warning is not None:
        print(f"feinschliff: warning: {app.warning}", file=sys.stderr)
    if app.doc is not None:
        decided, total = app.doc.session.review.progress()
        print(f"{args.file}: {decided} of {total} issues decided; session {app.doc.session.session.path.name}",
              file=sys.stderr)
    return app.return_code or EXIT_OK
