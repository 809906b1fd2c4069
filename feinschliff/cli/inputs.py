"""Options shared by ``check``, ``review`` and ``export``: which files, glossaries and
re-translation backend apply to an input, from flags first and the configuration second."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from ..core.companions import Mapped
from ..core.config import Config, find_config, load_config
from ..core.errors import UsageError
from ..core.glossary import Glossary
from ..core.pipeline import CheckOptions
from ..core.textio import MIB

BACKENDS = ("memory", "deepl", "none")


def add_input_arguments(parser: argparse.ArgumentParser, *, many: bool = True) -> None:
    if many:
        parser.add_argument("files", nargs="*", metavar="FILE|DIR|GLOB",
                            help="garbled German MT (UTF-8 text or a bilingual file), a directory "
                                 "(searched recursively) or a quoted glob such as \"docs/**/*.de.txt\"")
    else:
        parser.add_argument("file", metavar="FILE", help="garbled German MT (UTF-8 text)")
    group = parser.add_argument_group("inputs")
    if many:
        from .inputs_batch import add_batch_arguments

        add_batch_arguments(group)
    group.add_argument("--source", "-s", type=Path, help="English source of the MT")
    group.add_argument("--reference", "-r", type=Path, help="German re-translation to compare with")
    group.add_argument("--glossary", "-g", action="append", default=None, metavar="FILE|NAME",
                       help="glossary file (TSV/CSV/TBX) or shipped name such as ai-tech; repeatable")
    group.add_argument("--no-glossary", action="store_true", help="ignore configured glossaries")
    group.add_argument("--retranslate", choices=BACKENDS, default=None,
                       help="re-translation backend when no --reference is given (default: memory)")
    group.add_argument("--no-defaults", action="store_true",
                       help="ignore source/reference defaults from the configuration")
    group.add_argument("--lines", action="store_true", help="one sentence per line (already segmented input)")
    group.add_argument("--config", type=Path, help="feinschliff.toml to use instead of the nearest one")
    group.add_argument("--strict", action="store_true", help="treat glossary warnings (duplicates, conflicts) as errors")
    group.add_argument("--max-size", type=float, default=64, metavar="MIB", help="largest input accepted (default 64 MiB)")


@dataclass(slots=True)
class Job:
    options: CheckOptions
    config: Config
    glossary: Glossary | None
    glossary_names: list[str]
    backend: str


def _config_for(path: Path, explicit: Path | None) -> Config:
    return load_config(explicit if explicit is not None else find_config(path))


def resolve_job(args: argparse.Namespace, target: Path) -> Job:
    from ..core.glossary import load_glossaries

    from ..core.formats import bilingual_kind

    config = _config_for(target, args.config)
    use_defaults = not args.no_defaults
    if bilingual_kind(target, int(args.max_size * MIB)) is not None:
        if args.source or args.reference:
            raise UsageError(f"{target} is a bilingual file: its source and target come from the file "
                             "(no --source or --reference)")
        use_defaults = False
    found = config.inputs.companions(target) if use_defaults else Mapped()
    source = args.source or found.source or (config.source if use_defaults else None)
    if args.reference and args.retranslate not in (None, "none"):
        raise UsageError("--reference and --retranslate exclude each other: a reference file needs no re-translation")
    reference = args.reference
    if reference is None and args.retranslate is None and use_defaults:
        reference = found.reference or config.reference
    backend = args.retranslate or (config.retranslate or "memory")
    if reference is not None:
        backend = "file"
    for other in (source, reference):
        if other is not None and other.resolve() == target.resolve():
            raise UsageError(f"{target} cannot be its own source or reference")
    names = [] if args.no_glossary else (args.glossary if args.glossary is not None else config.glossary)
    glossary = load_glossaries(names, strict=args.strict) if names else None
    translator = None
    if backend in ("memory", "deepl"):
        from ..core.translate import make_translator

        translator = make_translator(backend, glossary=glossary, deepl_config=config.deepl)
    options = CheckOptions(
        target=target,
        source=source,
        reference=reference,
        translator=translator,
        lines=args.lines,
        max_bytes=int(args.max_size * MIB),
    )
    return Job(options, config, glossary, list(names), backend)


def resolve_jobs(args: argparse.Namespace) -> list[Job]:
    from .inputs_batch import expand_documents

    files = expand_documents(args)
    if len(files) > 1 and (args.source or args.reference):
        raise UsageError("--source/--reference apply to one FILE; give one file, or configure defaults per directory")
    return [resolve_job(args, f) for f in files]
