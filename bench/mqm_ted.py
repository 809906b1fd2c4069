"""Flags against the error spans professional raters marked in real English→German MT.

The data is the MQM annotation of the WMT 2021 TED-talk test suite (Freitag et al. 2021), read
in place from ``../shared/eval/<split>/`` (default ``mqm-ted-dev``, see its README; never
copied). Each MT system becomes one line-parallel document of its targets, one segment per
line in talk order (segments it has no row for are left out, of the source too), checked
against a line file of the English sources through the real pipeline (``check_document``
with ``lines=True``, what ``feinschliff check mt.txt --source en.txt --lines --retranslate
none --no-defaults`` runs), with the rules enabled by default and no glossary. The human translation (system ``ref``) is checked the same way, as if it were MT.
A second pass checks every MT system with ``ref`` as ``--reference`` (and the source).

Rater spans are the ``<v>…</v>`` markers of each row's target; the markers are stripped to get
the text, and flags are mapped to it through the offsets of their segment in the file. A flag
*hits* when it overlaps a rater span of the same segment (an insertion point when it lies in
or at the edge of one). Printed, per rule and overall:

- span precision: flags that hit / all flags (MT systems);
- recall: rater spans a flag overlaps / all rater spans, on Fluency/Grammar, Fluency/Spelling
  and Fluency/Punctuation (the targets), and on all categories for information;
- on ``ref``: flags, and false flags (those that hit no rater span) per 1,000 words;
- with ``ref`` as reference: span precision, and the share of flagged segments that carry a
  marked error (against the share of all MT segments that do);
- with ``--by-rater``: each rule's span precision per rater, without a reference (every segment
  has one rater, and raters differ in what they mark).

Run: python bench/mqm_ted.py [DATA] [--split NAME] [--system S]… [--rules GLOB,…] [--by-rater]
DATA is a TSV of the same format (or a folder holding one), e.g. a held-out split.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feinschliff.core.config import Config  # noqa: E402
from feinschliff.core.pipeline import CheckOptions, check_document  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_SPLIT = "mqm-ted-dev"
HUMAN = "ref"
TARGET_CATEGORIES = frozenset({"Fluency/Grammar", "Fluency/Spelling", "Fluency/Punctuation"})
NOT_ERRORS = frozenset({"No-error", "Neutral"})
MARKER = re.compile(r"<v>(.*?)</v>", re.S)
COLUMNS = ("system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category", "severity", "comment")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    category: str


@dataclass(slots=True)
class Line:
    """One segment of one system: its plain target text and what the raters marked in it."""

    text: str
    rater: str = ""
    spans: list[Span] = field(default_factory=list)
    has_error: bool = False


@dataclass(frozen=True, slots=True)
class Flag:
    rule: str
    start: int
    end: int

    def hits(self, span: Span) -> bool:
        if self.start == self.end:
            return span.start <= self.start <= span.end
        return self.start < span.end and span.start < self.end


def strip_markers(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without ``<v>…</v>`` and the character spans the markers enclosed."""
    plain, spans, position = [], [], 0
    for match in MARKER.finditer(marked):
        plain.append(marked[position:match.start()])
        start = sum(map(len, plain))
        plain.append(match.group(1))
        spans.append((start, start + len(match.group(1))))
        position = match.end()
    plain.append(marked[position:])
    return "".join(plain), spans


def read_split(path: Path) -> tuple[dict[tuple[str, int], str], dict[str, dict[tuple[str, int], Line]]]:
    """The English source of each segment (keyed by talk and segment id), and per system its
    lines."""
    sources: dict[tuple[str, int], str] = {}
    systems: dict[str, dict[tuple[str, int], Line]] = defaultdict(dict)
    with path.open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        if tuple(header) != COLUMNS:
            sys.exit(f"{path}:1: expected the header {' '.join(COLUMNS)}")
        for number, row in enumerate(handle, 2):
            values = row.rstrip("\n").split("\t")
            if len(values) != len(COLUMNS):
                sys.exit(f"{path}:{number}: {len(values)} columns, expected {len(COLUMNS)}")
            r = dict(zip(COLUMNS, values))
            key = (r["doc"], int(r["seg_id"]))
            sources.setdefault(key, strip_markers(r["source"])[0])
            text, spans = strip_markers(r["target"])
            line = systems[r["system"]].setdefault(key, Line(text, r["rater"]))
            if line.text != text:
                sys.exit(f"{path}:{number}: the target text differs from an earlier row of the same segment")
            if r["severity"] not in NOT_ERRORS and r["category"] not in NOT_ERRORS:
                line.has_error = True
                line.spans.extend(Span(s, e, r["category"]) for s, e in spans)
    return sources, dict(systems)


def write_lines(path: Path, lines: list[str]) -> list[int]:
    """Write one text per line; return the offset at which each line starts."""
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8", newline="")
    return starts


def check_system(directory: Path, lines: dict[tuple[str, int], Line], sources: dict[tuple[str, int], str],
                 config: Config, reference: dict[tuple[str, int], Line] | None = None) -> list[tuple[Line, list[Flag]]]:
    """Check one system as a line document against the source lines of the same segments (and
    the reference's, with only the segments both have); each line with its flags, in offsets
    of its text."""
    keys = sorted(k for k in lines if reference is None or k in reference)
    target, source = directory / "target.de.txt", directory / "source.en.txt"
    starts = write_lines(target, [lines[k].text for k in keys])
    write_lines(source, [sources[k] for k in keys])
    other = None
    if reference is not None:
        other = directory / "reference.de.txt"
        write_lines(other, [reference[k].text for k in keys])
    result = check_document(CheckOptions(target, source=source, reference=other, lines=True), config)
    flags: list[list[Flag]] = [[] for _ in keys]
    for segment in result.segments:
        k = segment.line - 1
        shift = segment.start - starts[k]
        flags[k].extend(Flag(i.rule, shift + i.start, shift + i.end) for i in segment.issues)
    return [(lines[k], found) for k, found in zip(keys, flags)]


class Tally:
    """Flags and the spans they hit, per rule and overall (key ``None``)."""

    def __init__(self) -> None:
        self.flags: dict[str | None, int] = defaultdict(int)
        self.hits: dict[str | None, int] = defaultdict(int)
        self.recalled: dict[tuple[str | None, bool], int] = defaultdict(int)
        self.spans = {True: 0, False: 0}
        self.segments: dict[str | None, int] = defaultdict(int)
        self.segments_with_error: dict[str | None, int] = defaultdict(int)
        self.all_segments = self.error_segments = self.words = 0

    def add(self, line: Line, flags: list[Flag]) -> None:
        self.all_segments += 1
        self.error_segments += line.has_error
        self.words += len(line.text.split())
        for rule in {f.rule for f in flags} | ({None} if flags else set()):
            self.segments[rule] += 1
            self.segments_with_error[rule] += line.has_error
        for flag in flags:
            hit = any(flag.hits(span) for span in line.spans)
            for rule in (flag.rule, None):
                self.flags[rule] += 1
                self.hits[rule] += hit
        for span in line.spans:
            target = span.category in TARGET_CATEGORIES
            for narrow in (True, False):
                if narrow and not target:
                    continue
                self.spans[narrow] += 1
                for rule in {f.rule for f in flags if f.hits(span)} | ({None} if any(f.hits(span) for f in flags) else set()):
                    self.recalled[(rule, narrow)] += 1

    def precision(self, rule: str | None) -> float | None:
        return self.hits[rule] / self.flags[rule] if self.flags[rule] else None

    def recall(self, rule: str | None, narrow: bool) -> float | None:
        return self.recalled[(rule, narrow)] / self.spans[narrow] if self.spans[narrow] else None

    def false_per_1000(self, rule: str | None) -> float | None:
        return 1000 * (self.flags[rule] - self.hits[rule]) / self.words if self.words else None

    def flagged_with_error(self, rule: str | None) -> float | None:
        return self.segments_with_error[rule] / self.segments[rule] if self.segments[rule] else None


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def rules_of(*tallies: Tally) -> list[str]:
    return sorted({rule for t in tallies for rule in t.flags if rule is not None})


def resolve_data(args: argparse.Namespace) -> Path:
    path = Path(args.data) if args.data else EVAL / args.split
    if path.is_dir():
        found = sorted(path.glob("*.tsv"))
        if len(found) != 1:
            sys.exit(f"{path}: expected one .tsv file, found {len(found)}")
        path = found[0]
    if not path.is_file():
        sys.exit(f"{path}: not found")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", help="a TSV of MQM rows, or a folder with one (default: --split)")
    parser.add_argument("--split", default=DEFAULT_SPLIT, help=f"a folder of ../shared/eval (default {DEFAULT_SPLIT})")
    parser.add_argument("--system", action="append", help="only these MT systems (repeatable); ref is always checked")
    parser.add_argument("--rules", help="only these rules, comma-separated globs (e.g. 'fluency.*,accuracy.drift')")
    parser.add_argument("--by-rater", action="store_true",
                        help="also print each rule's span precision per rater (each segment has one rater)")
    args = parser.parse_args()
    path = resolve_data(args)
    sources, systems = read_split(path)
    chosen = [s for s in sorted(systems) if s != HUMAN and (not args.system or s in args.system)]
    if args.system and not chosen:
        sys.exit(f"no such system: {', '.join(args.system)} (known: {', '.join(sorted(systems))})")
    config = Config(enable=args.rules.split(","), disable=["*"]) if args.rules else Config()
    plain, marked_ref, with_ref = Tally(), Tally(), Tally()
    per_rater: dict[str, Tally] = defaultdict(Tally)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        for name in chosen + ([HUMAN] if HUMAN in systems else []):
            for line, found in check_system(directory, systems[name], sources, config):
                (marked_ref if name == HUMAN else plain).add(line, found)
                if name != HUMAN:
                    per_rater[line.rater].add(line, found)
        for name in chosen if HUMAN in systems else []:
            for line, found in check_system(directory, systems[name], sources, config, systems[HUMAN]):
                with_ref.add(line, found)
    elapsed = time.perf_counter() - began

    print(f"{path}: {len(sources)} segments × {len(chosen)} MT systems, {plain.words:,} MT words; "
          f"{HUMAN}: {marked_ref.words:,} words; {plain.spans[False]} rater spans, {plain.spans[True]} of them "
          f"grammar/spelling/punctuation; checked in {elapsed:.1f} s\n")
    print("Without a reference (source only):\n")
    rows = [(f"`{rule}`", str(plain.flags[rule]), pct(plain.precision(rule)), pct(plain.recall(rule, True)),
             pct(plain.recall(rule, False)), str(marked_ref.flags[rule]), num(marked_ref.false_per_1000(rule)))
            for rule in rules_of(plain, marked_ref)]
    rows.append(("**all**", str(plain.flags[None]), pct(plain.precision(None)), pct(plain.recall(None, True)),
                 pct(plain.recall(None, False)), str(marked_ref.flags[None]), num(marked_ref.false_per_1000(None))))
    table(("rule", "MT flags", "span precision", "recall G+S+P", "recall all", f"{HUMAN} flags",
           f"{HUMAN} false / 1,000 words"), rows)
    if args.by_rater:
        raters = sorted(per_rater)
        print("\nSpan precision per rater, without a reference (flags in brackets):\n")
        rows = [(f"`{rule}`", *(f"{pct(per_rater[r].precision(rule))} ({per_rater[r].flags[rule]})" for r in raters))
                for rule in rules_of(*per_rater.values())]
        rows.append(("**all**", *(f"{pct(per_rater[r].precision(None))} ({per_rater[r].flags[None]})" for r in raters)))
        table(("rule", *raters), rows)
    print(f"\nWith `{HUMAN}` as --reference (and the source):\n")
    rows = [(f"`{rule}`", str(with_ref.flags[rule]), pct(with_ref.precision(rule)), str(with_ref.segments[rule]),
             pct(with_ref.flagged_with_error(rule))) for rule in rules_of(with_ref)]
    rows.append(("**all**", str(with_ref.flags[None]), pct(with_ref.precision(None)), str(with_ref.segments[None]),
                 pct(with_ref.flagged_with_error(None))))
    table(("rule", "flags", "span precision", "flagged segments", "with a marked error"), rows)
    base = with_ref.error_segments / with_ref.all_segments if with_ref.all_segments else None
    print("\nTargets:")
    print(f"  recall on grammar/spelling/punctuation  {pct(plain.recall(None, True)):>8}   target ≥ 30 %")
    print(f"  span precision without a reference      {pct(plain.precision(None)):>8}   target ≥ 50 %")
    print(f"  false flags on {HUMAN} per 1,000 words      {num(marked_ref.false_per_1000(None)):>8}   target ≤ 2")
    print(f"  flagged segments with a marked error    {pct(with_ref.flagged_with_error(None)):>8}   target ≥ 65 % "
          f"(base rate {pct(base)})")
    print(f"  span precision with {HUMAN} as reference    {pct(with_ref.precision(None)):>8}   target ≥ 60 %")


if __name__ == "__main__":
    main()
