"""``feinschliff align A B``: which sentences of A correspond to which sentences of B.

Both files are split into sentences (``--lines``: one sentence per line) and aligned. With
the same language on both sides (default German) the comparison is monolingual, e.g. MT
against a re-translation; with different languages it is bilingual, e.g. German MT against
its English source, and ``--glossary`` terms serve as anchors.

``--format json`` prints a JSON list of beads ``{"a": [...], "b": [...], "score": s}`` in
document order, with 0-based sentence indices. The text format shows one bead per line with
1-based sentence numbers, its similarity and both sides. With ``--lines`` the numbers are line
numbers of the files (0-based in JSON), and blank lines belong to no bead.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from ..core.align import align, line_numbers
from ..core.errors import UsageError
from ..core.model import Bead, Text
from ..core.segment import split_sentences
from ..core.textio import MIB, read_text
from .main import EXIT_OK

GERMAN, ENGLISH = "de", "en"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "align", help="align the sentences of two texts", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("a", type=Path, metavar="A", help="first text (UTF-8), e.g. the MT")
    parser.add_argument("b", type=Path, metavar="B", help="second text, e.g. a re-translation or the source")
    parser.add_argument("--lines", action="store_true", help="one sentence per line (already segmented input)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang-a", default=GERMAN, metavar="LANG", help="language of A (default: de)")
    parser.add_argument("--lang-b", default=GERMAN, metavar="LANG", help="language of B (default: de)")
    parser.add_argument("--glossary", "-g", action="append", default=None, metavar="FILE|NAME",
                        help="glossary whose English-German term pairs anchor a bilingual alignment; repeatable")
    parser.add_argument("--max-size", type=float, default=64, metavar="MIB",
                        help="largest input accepted (default 64 MiB)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang_a, lang_b = _language(args.lang_a), _language(args.lang_b)
    anchors = _anchors(args.glossary, lang_a, lang_b)
    max_bytes = int(args.max_size * MIB)
    a, numbers_a = _sentences(args.a, args.lang_a, args.lines, max_bytes)
    b, numbers_b = _sentences(args.b, args.lang_b, args.lines, max_bytes)
    beads = [
        Bead(tuple(numbers_a[i] for i in x.a), tuple(numbers_b[j] for j in x.b), x.score)
        for x in align_texts(a, b, lang_a, lang_b, anchors)
    ]
    by_number_a, by_number_b = dict(zip(numbers_a, a)), dict(zip(numbers_b, b))
    if args.format == "json":
        json.dump([{"a": list(x.a), "b": list(x.b), "score": x.score} for x in beads], sys.stdout)
        sys.stdout.write("\n")
    else:
        width = shutil.get_terminal_size((120, 24)).columns
        for bead in beads:
            print(format_bead(bead, by_number_a, by_number_b, width))
        print(summary(beads, len(a), len(b)))
    return EXIT_OK


def _language(tag: str) -> str:
    """The language of a tag without region: "de-CH" and "de_AT" are German."""
    return tag.replace("_", "-").split("-")[0].lower()


def _sentences(path: Path, lang: str, lines: bool, max_bytes: int) -> tuple[list[str], list[int]]:
    """The sentences of a file and the number each is reported by: its index, or with
    ``lines`` its 0-based line number."""
    text = read_text(path, max_bytes)
    sentences = split_sentences(text, lang, lines=lines)
    if not lines:
        return [s.text for s in sentences], [s.index for s in sentences]
    numbers = line_numbers(Text(str(path), text, lang, tuple(sentences)))
    return [s.text for s in sentences], [n - 1 for n in numbers]


def align_texts(a: list[str], b: list[str], lang_a: str, lang_b: str,
                anchors: list[tuple[str, str]]) -> list[Bead]:
    """Monolingual when the languages agree; else bilingual with the German side first."""
    if lang_a == lang_b:
        return align(a, b)
    if lang_b == GERMAN:
        flipped = align(b, a, bilingual=True, anchors=anchors)
        return [Bead(x.b, x.a, x.score) for x in flipped]
    return align(a, b, bilingual=True, anchors=anchors)


def _anchors(glossaries: list[str] | None, lang_a: str, lang_b: str) -> list[tuple[str, str]]:
    if not glossaries:
        return []
    if {lang_a, lang_b} != {GERMAN, ENGLISH}:
        raise UsageError("--glossary anchors English-German term pairs: use it with --lang-a/--lang-b de and en")
    from ..core.glossary import load_glossaries

    return [(e.source, e.target) for e in load_glossaries(list(glossaries)).entries]


def _numbers(indices: tuple[int, ...]) -> str:
    if not indices:
        return "-"
    first, last = indices[0] + 1, indices[-1] + 1
    return str(first) if first == last else f"{first}-{last}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def format_bead(bead: Bead, a: Mapping[int, str], b: Mapping[int, str], width: int = 120) -> str:
    """``1-2  A 4      B 5-6    0.82  text of A | text of B``, fitted to ``width`` columns."""
    head = f"{bead.kind:<4} A {_numbers(bead.a):<7} B {_numbers(bead.b):<7} {bead.score:.2f}  "
    side = max((width - len(head) - 3) // 2, 12)
    text_a = _shorten(" ".join(a[i] for i in bead.a), side)
    text_b = _shorten(" ".join(b[j] for j in bead.b), side)
    return f"{head}{text_a:<{side}} | {text_b}".rstrip()


def summary(beads: list[Bead], n: int, m: int) -> str:
    kinds = Counter(bead.kind for bead in beads)
    order = sorted(kinds, key=lambda k: (-kinds[k], k))
    only_a = sum(len(x.a) for x in beads if not x.b)
    only_b = sum(len(x.b) for x in beads if not x.a)
    return (f"{len(beads)} beads ({', '.join(f'{k} {kinds[k]}' for k in order)}); "
            f"A: {n} sentences, {only_a} unaligned; B: {m} sentences, {only_b} unaligned")
