"""Throughput of the glossary checks with a 10,000-entry glossary.

Run: ``python bench/glossary.py``. Prints numbers, asserts nothing.

The glossary is the shipped ``ai-tech`` plus synthetic entries built from the vocabulary of
the Text+Berg evaluation document (read in place from ``../shared/eval``): 2 % single-word
terms with a forbidden variant (they occur often), 60 % hyphenated two-word terms whose first
word occurs in the text (so the index has to reject them), 38 % invented names (for the
near-miss index). The German text is the evaluation document, its machine translation and
the sample MT; "with a reference" pairs each line of ``dev.de`` with the same line of
``dev.google.de``.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from feinschliff.core.glossary import load_glossary
from feinschliff.core.glossary.analysis import GlossaryIndex, analyse
from feinschliff.core.glossary.entries import make_entry
from feinschliff.core.glossary.model import Glossary
from feinschliff.core.model import Segment

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval" / "alignment-dev"
SAMPLE = REPO / "samples" / "microsoft-openai" / "mt.de.txt"
ENTRIES = 10_000
MEGABYTE_REPEATS = 8


def synthetic_glossary(vocabulary: list[str]) -> Glossary:
    rng = random.Random(7)
    entries = list(load_glossary("ai-tech").entries)
    n = 0
    while len(entries) < ENTRIES:
        n += 1
        word, other, r = rng.choice(vocabulary), rng.choice(vocabulary), rng.random()
        if r < 0.02:
            entries.append(make_entry(f"term {n}", word, forbidden=(other,)))
        elif r < 0.62:
            entries.append(make_entry(f"term {n}", f"{word}-{other}"))
        else:
            name = word.capitalize() + rng.choice(("ix", "on", "ara", "ex"))
            entries.append(make_entry(f"Name{n}", name, do_not_translate=True))
    return Glossary(entries)


def run(label: str, segments: list[Segment], index: GlossaryIndex) -> None:
    size = sum(len(s.text.encode("utf-8")) for s in segments)
    start = time.perf_counter()
    found = sum(len(f) for s in segments for f in analyse(s, index).values())
    elapsed = time.perf_counter() - start
    print(f"{label:<38} {len(segments):>6} segments {size / 1e6:6.2f} MB  "
          f"{size / elapsed / 1e6:6.2f} MB/s  {len(segments) / elapsed:8.0f} segments/s  {found} findings")


def main() -> None:
    german = (EVAL / "dev.de").read_text(encoding="utf-8").splitlines()
    google = (EVAL / "dev.google.de").read_text(encoding="utf-8").splitlines()
    vocabulary = sorted({w for line in german + google for w in re.findall(r"[^\W\d_]{5,}", line)})
    start = time.perf_counter()
    glossary = synthetic_glossary(vocabulary)
    index = GlossaryIndex.build(glossary)
    print(f"index of {len(glossary)} entries built in {time.perf_counter() - start:.2f} s "
          "(includes loading the lemma dictionaries)")
    lines = [l for l in SAMPLE.read_text(encoding="utf-8").splitlines() + german + google if l.strip()]
    run("MT only, first pass (cold caches)", [Segment(i, l, 0, len(l), (i,)) for i, l in enumerate(lines)], index)
    repeated = lines * MEGABYTE_REPEATS
    run("MT only, ~1 MB document", [Segment(i, l, 0, len(l), (i,)) for i, l in enumerate(repeated)], index)
    paired = [Segment(i, a, 0, len(a), (i,), reference=b) for i, (a, b) in enumerate(zip(german, google))]
    run("MT with reference", paired * MEGABYTE_REPEATS, index)


if __name__ == "__main__":
    main()
