"""What each check rule costs, in seconds per MB of German text, measured alone.

The text is the generated document of ``bench/check.py`` (real German sentences, varied),
split into segments as ``feinschliff check`` splits it. Every rule first runs on a few
segments, so that the tables it loads once (noun lexicon, lemmas, Hunspell) are timed apart:
the load time is printed next to the per-MB cost. Prints numbers, asserts nothing.

With ``--together``, the selected rules run one after the other on each segment, as
``feinschliff check`` runs them (so each one meets the caches and tables as the others left
them), twice; the second pass is timed per rule and in all, with the issue building around them.

Run: python bench/rule_cost.py [--megabytes 2] [--rules GLOB,…] [--glossary G] [--together] [--eval DIR]
DIR holds the Text+Berg ``dev.de``/``dev.google.de`` (default ``../shared/eval/alignment-dev``).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
import sys
import tempfile
import time
from fnmatch import fnmatch
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import check as document  # noqa: E402

from feinschliff.core.checks import all_rules  # noqa: E402
from feinschliff.core.checks.context import CheckContext  # noqa: E402
from feinschliff.core.checks.registry import Rule  # noqa: E402
from feinschliff.core.checks.runner import check_segment  # noqa: E402
from feinschliff.core.glossary import load_glossaries  # noqa: E402
from feinschliff.core.model import Segment  # noqa: E402
from feinschliff.core.segment import split_sentences  # noqa: E402

WARM_UP = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--rules", default="fluency.*,typography.*", help="comma-separated globs")
    parser.add_argument("--glossary", default="ai-tech", help="shipped name, path, or 'synthetic' (the 10,000 entries of bench/check.py)")
    parser.add_argument("--together", action="store_true", help="time the rules run together, per rule")
    parser.add_argument("--eval", type=Path, default=document.EVAL, help="folder of the Text+Berg documents")
    options = parser.parse_args()
    document.EVAL = options.eval
    with tempfile.TemporaryDirectory() as tmp:
        mt = document.generate(options.megabytes, Path(tmp))[0]
        text = mt.read_text("utf-8")
        name = options.glossary
        if name == "synthetic":  # the 10,000 entries of bench/check.py
            name = str(document.glossary_file(Path(tmp), document.german_sentences()))
        glossary = load_glossaries([name])
    segments = [Segment(i, s.text, s.start, s.end, (i,)) for i, s in enumerate(split_sentences(text, "de"))]
    megabytes = len(text.encode("utf-8")) / 1e6
    ctx = CheckContext(glossary=glossary, document=text)
    globs = options.rules.split(",")
    rules = [rule for rule in all_rules().values() if any(fnmatch(rule.id, g) for g in globs)]
    print(f"{megabytes:.1f} MB, {len(segments)} segments\n")
    if options.together:
        together(rules, segments, ctx, megabytes)
        return
    print("| rule | load | s/MB | flags |\n|---|---|---|---|")
    for rule in rules:
        start = time.perf_counter()
        for segment in segments[:WARM_UP]:
            list(rule.fn(segment, ctx))
        load = time.perf_counter() - start
        start = time.perf_counter()
        flags = sum(1 for segment in segments for _ in rule.fn(segment, ctx))
        seconds = time.perf_counter() - start
        print(f"| `{rule.id}` | {load:.2f} s | {seconds / megabytes:.3f} | {flags} |")


def together(rules: list[Rule], segments: list[Segment], ctx: CheckContext, megabytes: float) -> None:
    spent = dict.fromkeys((rule.id for rule in rules), 0)

    def timed(rule: Rule) -> Rule:
        def run(segment: Segment, context: CheckContext) -> list:
            start = time.perf_counter_ns()
            found = list(rule.fn(segment, context))
            spent[rule.id] += time.perf_counter_ns() - start
            return found
        return replace(rule, fn=run)

    active = [(timed(rule), None) for rule in rules]
    for segment in segments:  # loads the tables and fills the caches
        check_segment(segment, ctx, active)
    spent.update(dict.fromkeys(spent, 0))
    start = time.perf_counter()
    for segment in segments:
        check_segment(segment, ctx, active)
    total = time.perf_counter() - start
    print("| rule | s/MB (together, second pass) |\n|---|---|")
    for rule_id, nanoseconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"| `{rule_id}` | {nanoseconds / 1e9 / megabytes:.3f} |")
    print(f"| **all, with issue building** | {total / megabytes:.3f} |")


if __name__ == "__main__":
    main()
