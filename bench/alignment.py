"""Sentence alignment: quality on hand-aligned real data, speed on two 10,000-sentence texts.

Quality: the Text+Berg dev document, read in place from ../shared/eval/alignment-dev/ (never
copied): its German original ``dev.de`` is aligned with ``dev.google.de`` (Google's German MT
of the French version, one line per French sentence) by the real command line,
``feinschliff align --lines --format json``, and scored against the gold beads ``dev.defr``.
A second run aligns ``dev.de`` bilingually with the French text ``dev.fr`` itself.

Scores are strict and lax precision, recall and F1 over beads (Sennrich & Volk 2011) exactly
as vecalign's ``score.py`` (also used by bertalign) computes them: strict counts a bead only
if the gold has the same bead; lax also counts a bead that shares at least one sentence on
both sides with a gold bead. Beads without sentences on one side (1-0, 0-1) count in
precision (right only if the gold has the same one) and are left out of recall, as in
vecalign's and bleualign's scripts.

Speed: two synthetic German texts of 10,000 sentences, generated from a word-bigram model of
the seed article and dev.de, the second one garbled (words replaced, dropped, swapped) with
sentences deleted, inserted, split and merged, and one long insertion and one long deletion so
the path is far from the diagonal. Prints the best of ``--repeat`` alignment times, the peak
memory the alignment allocates (tracemalloc, separate run) and the F1 against the known truth.

Run: python bench/alignment.py [--eval-dir DIR] [--sentences N] [--repeat N]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import subprocess
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feinschliff.core.align import align  # noqa: E402

DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval" / "alignment-dev"
SEED = ROOT.parent / "shared" / "seeds" / "000_99a180522624d890.txt"

Pair = tuple[tuple[int, ...], tuple[int, ...]]


def read_gold(path: Path) -> list[Pair]:
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            left, right = line.split(":")
            beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def _counts(gold: list[Pair], test: list[Pair]) -> tuple[int, int, int, int]:
    """(strict hits, strict misses, lax hits, lax misses) of ``test`` beads against ``gold``."""
    gold_set = {bead for bead in gold if bead[0] or bead[1]}
    partners: dict[int, set[int]] = defaultdict(set)
    for left, right in gold_set:
        for i in left:
            partners[i].update(right)
    strict = lax = strict_miss = lax_miss = 0
    for left, right in {bead for bead in test if bead[0] or bead[1]}:
        if (left, right) in gold_set:
            strict, lax = strict + 1, lax + 1
            continue
        strict_miss += 1
        if set(right) & {j for i in left for j in partners[i]}:
            lax += 1
        else:
            lax_miss += 1
    return strict, strict_miss, lax, lax_miss


def score(gold: list[Pair], test: list[Pair]) -> dict[str, float]:
    def ratio(hit: int, miss: int) -> float:
        return hit / (hit + miss) if hit + miss else 0.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    p = _counts(gold, test)
    r = _counts([b for b in test if b[0] and b[1]], [b for b in gold if b[0] and b[1]])
    result = {"precision_strict": ratio(p[0], p[1]), "recall_strict": ratio(r[0], r[1]),
              "precision_lax": ratio(p[2], p[3]), "recall_lax": ratio(r[2], r[3])}
    result["f1_strict"] = f1(result["precision_strict"], result["recall_strict"])
    result["f1_lax"] = f1(result["precision_lax"], result["recall_lax"])
    return result


def run_cli(a: Path, b: Path, *extra: str) -> tuple[list[Pair], float]:
    command = [sys.executable, "-m", "feinschliff", "align", "--lines", "--format", "json",
               *extra, str(a), str(b)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"feinschliff align failed ({done.returncode}): {done.stderr.strip()}")
    return [(tuple(x["a"]), tuple(x["b"])) for x in json.loads(done.stdout)], elapsed


def bead_kinds(beads) -> Counter[str]:
    return Counter(f"{len(left)}-{len(right)}" for left, right in beads)


def report_quality(title: str, gold: list[Pair], test: list[Pair], elapsed: float) -> None:
    s = score(gold, test)
    print(f"\n{title}  ({len(test)} beads predicted, {len(gold)} gold; CLI run {elapsed:.2f} s)")
    print(f"  {'':10} {'strict':>7} {'lax':>7}")
    for name in ("precision", "recall", "f1"):
        print(f"  {name:10} {s[name + '_strict']:7.3f} {s[name + '_lax']:7.3f}")
    gold_kinds, test_kinds = bead_kinds(gold), bead_kinds(test)
    right = bead_kinds(set(gold) & set(test))
    print(f"  {'bead':6} {'gold':>5} {'predicted':>10} {'exact':>6}")
    for kind in sorted(gold_kinds | test_kinds, key=lambda k: (-gold_kinds[k], k)):
        print(f"  {kind:6} {gold_kinds[kind]:5} {test_kinds[kind]:10} {right[kind]:6}")


class Generator:
    """German-looking sentences from a word-bigram model, and a garbled copy with known beads."""

    def __init__(self, corpus: str, seed: int) -> None:
        self.rng = random.Random(seed)
        self.follow: dict[str, list[str]] = defaultdict(list)
        self.vocabulary = corpus.split()
        for first, second in zip(self.vocabulary, self.vocabulary[1:]):
            self.follow[first].append(second)

    def sentence(self) -> str:
        word = self.rng.choice(self.vocabulary)
        words = [word.capitalize()]
        for _ in range(self.rng.randint(5, 30)):
            word = self.rng.choice(self.follow.get(word) or self.vocabulary)
            words.append(word)
        return " ".join(words).rstrip(".,;:") + "."

    def garble(self, sentence: str) -> str:
        words = []
        for word in sentence.rstrip(".").split():
            roll = self.rng.random()
            if roll < 0.15:
                words.append(self.rng.choice(self.vocabulary))
            elif roll >= 0.2:
                words.append(word)
        if len(words) > 3 and self.rng.random() < 0.5:
            k = self.rng.randrange(len(words) - 1)
            words[k], words[k + 1] = words[k + 1], words[k]
        return " ".join(words or ["Nichts"]) + "."

    def pair(self, n: int) -> tuple[list[str], list[str], list[Pair]]:
        a = [self.sentence() for _ in range(n)]
        b: list[str] = []
        gold: list[Pair] = []
        inserted_at, deleted_at = n // 3, 2 * n // 3
        i = 0
        while i < n:
            roll = self.rng.random()
            if i == inserted_at:
                for _ in range(n // 60):
                    gold.append(((), (len(b),)))
                    b.append(self.sentence())
            if deleted_at <= i < deleted_at + n // 100 or roll < 0.03:
                gold.append(((i,), ()))
                i += 1
            elif roll < 0.06:
                gold.append(((), (len(b),)))
                b.append(self.sentence())
            elif roll < 0.09:
                words = self.garble(a[i]).split()
                half = max(len(words) // 2, 1)
                gold.append(((i,), (len(b), len(b) + 1)))
                b += [" ".join(words[:half]) + ".", " ".join(words[half:]).capitalize() or "Ja."]
                i += 1
            elif roll < 0.12 and i + 1 < n:
                gold.append(((i, i + 1), (len(b),)))
                b.append(self.garble(a[i])[:-1] + ", " + self.garble(a[i + 1]).lower())
                i += 2
            else:
                gold.append(((i,), (len(b),)))
                b.append(self.garble(a[i]))
                i += 1
        return a, b, gold


def report_speed(eval_dir: Path, sentences: int, repeat: int) -> None:
    corpus = SEED.read_text(encoding="utf-8") + "\n" + (eval_dir / "dev.de").read_text(encoding="utf-8")
    a, b, gold = Generator(corpus, seed=1).pair(sentences)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        beads = align(a, b)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    align(a, b)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    s = score(gold, [(x.a, x.b) for x in beads])
    print(f"\nSpeed: {len(a)} x {len(b)} sentences (synthetic, {os.cpu_count()} CPUs)")
    print(f"  align: best of {repeat} {min(times):.2f} s (all: {', '.join(f'{t:.2f}' for t in times)})")
    print(f"  peak memory allocated while aligning: {peak / 2**20:.0f} MiB")
    print(f"  against the generated truth: strict F1 {s['f1_strict']:.3f}, lax F1 {s['f1_lax']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    d = args.eval_dir
    gold = read_gold(d / "dev.defr")
    test, elapsed = run_cli(d / "dev.de", d / "dev.google.de")
    report_quality("Monolingual: dev.de vs dev.google.de (German original vs German MT)", gold, test, elapsed)
    test, elapsed = run_cli(d / "dev.de", d / "dev.fr", "--lang-b", "fr")
    report_quality("Bilingual: dev.de vs dev.fr (German vs French, no glossary)", gold, test, elapsed)
    report_speed(d, args.sentences, args.repeat)


if __name__ == "__main__":
    main()
