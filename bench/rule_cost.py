"""What each check rule costs, in seconds per MB of German text, measured alone.

The text is the generated document of ``bench/check.py`` (real German sentences, varied),
split into segments as ``feinschliff check`` splits it. Every rule first runs on a few
segments, so that the tables it loads once (noun lexicon, lemmas, Hunspell) are timed apart:
the load time is printed next to the per-MB cost. Prints numbers, asserts nothing.

Run: python bench/rule_cost.py [--megabytes 2] [--rules GLOB,…] [--eval DIR]
DIR holds the Text+Berg ``dev.de``/``dev.google.de`` (default ``../shared/eval/alignment-dev``).
"""

from __future__ import annotations

import argparse
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
from feinschliff.core.glossary import load_glossaries  # noqa: E402
from feinschliff.core.model import Segment  # noqa: E402
from feinschliff.core.segment import split_sentences  # noqa: E402

WARM_UP = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--rules", default="fluency.*,typography.*", help="comma-separated globs")
    parser.add_argument("--eval", type=Path, default=document.EVAL, help="folder of the Text+Berg documents")
    options = parser.parse_args()
    document.EVAL = options.eval
    with tempfile.TemporaryDirectory() as tmp:
        mt = document.generate(options.megabytes, Path(tmp))[0]
        text = mt.read_text("utf-8")
    segments = [Segment(i, s.text, s.start, s.end, (i,)) for i, s in enumerate(split_sentences(text, "de"))]
    megabytes = len(text.encode("utf-8")) / 1e6
    ctx = CheckContext(glossary=load_glossaries(["ai-tech"]), document=text)
    globs = options.rules.split(",")
    print(f"{megabytes:.1f} MB, {len(segments)} segments\n")
    print("| rule | load | s/MB | flags |\n|---|---|---|---|")
    for rule in all_rules().values():
        if not any(fnmatch(rule.id, g) for g in globs):
            continue
        start = time.perf_counter()
        for segment in segments[:WARM_UP]:
            list(rule.fn(segment, ctx))
        load = time.perf_counter() - start
        start = time.perf_counter()
        flags = sum(1 for segment in segments for _ in rule.fn(segment, ctx))
        seconds = time.perf_counter() - start
        print(f"| `{rule.id}` | {load:.2f} s | {seconds / megabytes:.3f} | {flags} |")


if __name__ == "__main__":
    main()
