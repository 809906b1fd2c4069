"""End-to-end throughput of ``feinschliff check`` on a large generated German document, and
the alignment time of two 10,000-sentence documents.

Run: ``python bench/check.py [--megabytes 10]``. Prints numbers, asserts nothing.

The document is built from real German sentences (the sample MT and reference, and the
Text+Berg evaluation document and its machine translation, read in place from
``../shared/eval``), each varied by word drops and swaps so that no two segments are
identical; its reference varies each sentence again and sometimes splits or merges
sentences, so alignment has real work to do. The glossary is the shipped ``ai-tech`` plus
synthetic entries up to 10,000 built from the same vocabulary. Each run is the real CLI in a
subprocess, timed alone; peak memory is the largest proportional set size (PSS) of that process
and its worker processes together, sampled every 50 ms during a second run.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval" / "alignment-dev"
SAMPLE = REPO / "samples" / "microsoft-openai"
GLOSSARY_ENTRIES = 10_000


def german_sentences() -> list[str]:
    from feinschliff.core.segment import split_sentences

    texts = [(SAMPLE / "mt.de.txt").read_text("utf-8"), (SAMPLE / "reference.de.txt").read_text("utf-8")]
    for name in ("dev.de", "dev.google.de"):
        path = EVAL / name
        if path.exists():
            texts.append(re.sub(r" ([,.;:!?)])", r"\1", path.read_text("utf-8")))
        else:
            print(f"note: {path} not found; using the samples only", file=sys.stderr)
    sentences = [s.text for text in texts for s in split_sentences(text, "de")]

    def stands_alone(sentence: str) -> bool:  # ends a sentence even when text follows it
        return len(split_sentences(f"{sentence} Das ist gut.", "de")) == 2

    return [s for s in sentences if len(s.split()) >= 3 and s[0].isupper() and stands_alone(s)]


def vary(sentence: str, rng: random.Random) -> str:
    """Drop or swap a few plain words (never punctuation-bearing ones, so the sentence
    structure the splitter sees stays the same)."""
    words = sentence.split()
    plain = [i for i, w in enumerate(words[:-1]) if i and w.isalpha()]
    for _ in range(rng.randint(1, 3)):
        if len(plain) < 2:
            break
        i, j = rng.sample(plain, 2)
        if rng.random() < 0.5 and len(plain) > 3:
            words[i] = ""
            plain.remove(i)
        else:
            words[i], words[j] = words[j], words[i]
    return " ".join(w for w in words if w)


def generate(megabytes: float, folder: Path) -> tuple[Path, Path, int]:
    rng = random.Random(2025)
    pool = german_sentences()
    target, reference, size = [], [], 0
    while size < megabytes * 1_000_000:
        paragraph, ref_paragraph = [], []
        for _ in range(rng.randint(3, 8)):
            sentence = vary(rng.choice(pool), rng)
            paragraph.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
            r = rng.random()
            if r < 0.03 and ref_paragraph:
                ref_paragraph[-1] = ref_paragraph[-1].rstrip(".") + ", und " + vary(sentence, rng)
            elif r < 0.06:
                words = vary(sentence, rng).split()
                half = max(1, len(words) // 2)
                ref_paragraph += [" ".join(words[:half]) + ".", " ".join(words[half:])]
            else:
                ref_paragraph.append(vary(sentence, rng))
        target.append(" ".join(paragraph))
        reference.append(" ".join(ref_paragraph))
    mt, ref = folder / "big.mt.de.txt", folder / "big.reference.de.txt"
    mt.write_text("\n".join(target) + "\n", "utf-8")
    ref.write_text("\n".join(reference) + "\n", "utf-8")
    from feinschliff.core.segment import split_sentences

    return mt, ref, len(split_sentences(mt.read_text("utf-8"), "de"))


def glossary_file(folder: Path, pool: list[str]) -> Path:
    rng = random.Random(7)
    shipped = (REPO / "glossary" / "ai-tech.en-de.tsv").read_text("utf-8").rstrip("\n").split("\n")
    counts = Counter(w.strip(".,;:!?„“\"()") for s in pool for w in s.split())
    words = sorted(w for w in counts if len(w) > 4 and w.isalpha())
    rare = sorted(w for w in words if counts[w] == 1 and len(w) >= 8)  # what MT gets wrong is rare
    rows, n = list(shipped), 0
    while len(rows) - 1 < GLOSSARY_ENTRIES:
        n += 1
        word, other = rng.choice(words), rng.choice(rare)
        r = rng.random()
        if r < 0.02 and word != other:
            rows.append(f"term {n}\t{word}-{n}\t{other}\tno\tno\tsynthetic")
        elif r < 0.62:
            rows.append(f"term {n}\t{word}-{other}-{n}\t\tno\tno\tsynthetic")
        else:
            name = f"{word.capitalize()}{rng.choice(('ix', 'on', 'ara', 'ex'))}{n}"
            rows.append(f"{name}\t{name}\t\tyes\tyes\tsynthetic")
    path = folder / "big.glossary.tsv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return path


def tree_memory(process: psutil.Process) -> int:
    """Proportional set size of a process and its workers: memory the workers share with
    their parent after fork is counted once, not once per process."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run_check(args: list[str]) -> tuple[float, float]:
    """Wall time of one `feinschliff check` run, and peak memory (MB) of a second run sampled
    every 50 ms: reading PSS walks every page of every process, which would steal CPU time
    from the timed run."""
    command = [sys.executable, "-m", "feinschliff", "check", *args]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"feinschliff check failed: {done.stderr}")
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    process, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        peak = max(peak, tree_memory(process))
        time.sleep(0.05)
    return elapsed, peak / 1e6


def alignment_time(mt: Path, ref: Path, sentences: int = 10_000) -> tuple[float, float]:
    """Best of three: seconds to align the first ``sentences`` sentences of both documents,
    and the memory allocated meanwhile (MiB)."""
    import tracemalloc

    from feinschliff.core.align import align
    from feinschliff.core.segment import split_sentences

    a = [s.text for s in split_sentences(mt.read_text("utf-8"), "de")][:sentences]
    b = [s.text for s in split_sentences(ref.read_text("utf-8"), "de")][:sentences]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        align(a, b)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    align(a, b)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=10.0)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mt, ref, count = generate(options.megabytes, folder)
        glossary = glossary_file(folder, german_sentences())
        size = mt.stat().st_size
        print(f"document: {size / 1e6:.1f} MB, {count} sentences; reference: {ref.stat().st_size / 1e6:.1f} MB; "
              f"glossary: {GLOSSARY_ENTRIES} entries")
        common = ["--glossary", str(glossary), "--format", "json", "-o", str(folder / "report.json"),
                  "--fail-on", "never", "--no-defaults"]
        seconds, peak = run_check([str(mt), "--retranslate", "none", *common])
        print(f"check without reference: {seconds:6.1f} s  {size / seconds / 1e6:5.2f} MB/s  "
              f"{count / seconds:7.0f} segments/s  peak memory {peak:5.0f} MB")
        seconds, peak = alignment_time(mt, ref)
        print(f"alignment of 10,000 x 10,000 sentences: {seconds:.2f} s (best of 3), {peak:.0f} MiB allocated")
        for label, metrics in (("chrF, BLEU, TER", "chrf,bleu,ter"), ("chrF only", "chrf")):
            seconds, peak = run_check([str(mt), "--reference", str(ref), "--metrics", metrics, *common])
            print(f"check with reference ({label}): {seconds:6.1f} s  {size / seconds / 1e6:5.2f} MB/s  "
                  f"{count / seconds:7.0f} segments/s  peak memory {peak:5.0f} MB")


if __name__ == "__main__":
    main()
