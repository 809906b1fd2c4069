"""``feinschliff retranslate FILE --to de``: translate a text sentence by sentence;
``feinschliff memory import|export|info``: the translation memory behind it.

The text is split into sentences; each sentence is replaced by its translation and
everything between sentences (spaces, line and paragraph breaks) is kept, so the output has
the shape of the input. The memory backend (default) works offline; a sentence it does not
hold stays in the source language, is counted in a warning, and the exit code is 1. DeepL
answers are cached in the translation memory, so a repeated run costs nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..core.errors import UsageError
from ..core.model import Sentence
from ..core.segment import split_sentences
from ..core.textio import DEFAULT_MAX_BYTES, line_of, read_text, write_text_atomic
from ..core.translate import (
    FORMALITIES, base_lang, export_tmx, import_tmx, make_translator, open_memory, settings_from,
)
from .main import EXIT_GATE, EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("retranslate", help="translate a text sentence by sentence (memory or DeepL)",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, metavar="FILE", help="UTF-8 text to translate")
    parser.add_argument("--to", required=True, metavar="LANG", help="target language, e.g. de")
    parser.add_argument("--from", dest="source_lang", default="en", metavar="LANG",
                        help="language of FILE (default: en)")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here (atomically) instead of stdout")
    parser.add_argument("--backend", choices=("memory", "deepl"), default="memory",
                        help="memory (offline, default) or deepl (DEEPL_AUTH_KEY, DEEPL_SERVER_URL)")
    parser.add_argument("--glossary", "-g", action="append", default=[], metavar="FILE|NAME",
                        help="glossary sent to DeepL with every English->German request; repeatable")
    parser.add_argument("--formality", choices=FORMALITIES, help="DeepL formality for targets that support it")
    parser.add_argument("--memory", type=Path, metavar="PATH", help="translation memory file (default: user cache)")
    parser.add_argument("--lines", action="store_true", help="one sentence per line (already segmented input)")
    parser.set_defaults(func=run)

    memory = subparsers.add_parser("memory", help="import, export and inspect the translation memory")
    actions = memory.add_subparsers(dest="memory_command", metavar="ACTION")
    actions.required = True
    imports = actions.add_parser("import", help="add the units of TMX files")
    imports.add_argument("files", nargs="+", type=Path, metavar="TMX")
    exports = actions.add_parser("export", help="write the translation units as TMX (not the DeepL cache)")
    exports.add_argument("output", type=Path, metavar="OUT")
    exports.add_argument("--from", dest="source_lang", metavar="LANG", help="only units from this language")
    exports.add_argument("--to", dest="target_lang", metavar="LANG", help="only units into this language")
    info = actions.add_parser("info", help="where the memory is and what it holds")
    for action, func in ((imports, run_import), (exports, run_export), (info, run_info)):
        action.add_argument("--memory", type=Path, metavar="PATH", help="translation memory file (default: user cache)")
        action.set_defaults(func=func)


def replace_sentences(text: str, sentences: Sequence[Sentence], translations: Sequence[str | None]) -> str:
    """``text`` with every sentence replaced by its translation (kept where there is none)."""
    parts: list[str] = []
    position = 0
    for sentence, translation in zip(sentences, translations):
        parts.append(text[position : sentence.start])
        parts.append(sentence.text if translation is None else translation)
        position = sentence.end
    parts.append(text[position:])
    return "".join(parts)


def run(args: argparse.Namespace) -> int:
    if base_lang(args.source_lang) == base_lang(args.to):
        raise UsageError(f"--from and --to are both '{base_lang(args.to)}'")
    if args.output is not None and args.output.resolve() == args.file.resolve():
        raise UsageError("-o must not be the input file")
    text = read_text(args.file, DEFAULT_MAX_BYTES)
    sentences = split_sentences(text, args.source_lang, lines=args.lines)
    glossary = None
    if args.glossary:
        from ..core.glossary import load_glossaries

        glossary = load_glossaries(args.glossary)
    memory = open_memory(args.memory, seed=args.backend == "memory")
    settings = None
    if args.backend == "deepl":
        settings = settings_from()
        if args.formality:
            settings = replace(settings, formality=args.formality)
    translator = make_translator(args.backend, glossary=glossary, memory=memory, settings=settings)
    translations = translator.translate([s.text for s in sentences], args.source_lang, args.to)
    output = replace_sentences(text, sentences, translations)
    if args.output is not None:
        write_text_atomic(args.output, output)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    missing = [s for s, t in zip(sentences, translations) if t is None]
    if missing:
        print(f"feinschliff: warning: {len(missing)} of {len(sentences)} sentences have no translation in the "
              f"{translator.name} backend and were kept as they are (first: {args.file}:"
              f"{line_of(text, missing[0].start)})", file=sys.stderr)
        return EXIT_GATE
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    with open_memory(args.memory) as memory:
        for path in args.files:
            print(f"{path}: {import_tmx(memory, path)} units imported into {memory.path}")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    with open_memory(args.memory) as memory:
        count = export_tmx(memory, args.output, args.source_lang, args.target_lang)
    print(f"{args.output}: {count} units exported")
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    with open_memory(args.memory) as memory:
        counts = memory.counts()
        print(f"{memory.path}: {counts['units']} translation units, {counts['cache']} cached DeepL answers, "
              f"{counts['glossaries']} glossaries pushed to DeepL")
    return EXIT_OK
