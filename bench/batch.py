"""Throughput of a CI batch run: N documents of 100 sentences, each with its reference beside
it (``x.de.txt`` ↔ ``x.ref.de.txt``), checked by the real CLI serially (``--jobs 1``), one
document per worker process (``--jobs 2``) and on a 2-worker Dask ``LocalCluster``
(``--executor dask://…``, one thread per worker).

    python bench/batch.py [--documents 1000] [--sentences 100]

Prints wall time, documents/s, segments/s and the speed-up over the serial run, and checks
that every run wrote the same JSON report. The sentences come from real German text
(``bench/check.py``), varied so that no two documents are alike. Asserts nothing else.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import german_sentences, vary  # noqa: E402


def build(root: Path, documents: int, sentences: int) -> None:
    rng = random.Random(2026)
    pool = german_sentences()
    for n in range(documents):
        folder = root / f"part{n % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        mt = [vary(rng.choice(pool), rng) for _ in range(sentences)]
        ref = [vary(s, rng) for s in mt]
        (folder / f"doc{n}.de.txt").write_text("\n".join(mt) + "\n", "utf-8")
        (folder / f"doc{n}.ref.de.txt").write_text("\n".join(ref) + "\n", "utf-8")
    (root / "feinschliff.toml").write_text('glossary = ["ai-tech"]\n', "utf-8")


def timed(root: Path, label: str, extra: list[str], documents: int, segments: int, serial: float | None) -> float:
    out = root.parent / f"{label.split()[0]}.json"
    command = [sys.executable, "-m", "feinschliff", "check", str(root), "--lines", "-f", "json", "-o", str(out),
               *extra]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "CI": "1"})
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{label}: {done.stderr.strip()}")
    speedup = f"  speed-up {serial / elapsed:.2f}x" if serial else ""
    print(f"{label:<24} {elapsed:7.1f} s  {documents / elapsed:6.1f} documents/s  "
          f"{segments / elapsed:7,.0f} segments/s{speedup}", flush=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "translations"
        build(root, args.documents, args.sentences)
        size = sum(p.stat().st_size for p in root.rglob("doc*.de.txt") if ".ref." not in p.name)
        segments = args.documents * args.sentences
        print(f"{args.documents} documents × {args.sentences} sentences ({size / 1e6:.1f} MB of MT), "
              "each with its reference; --lines, chrF + BLEU + TER, ai-tech glossary", flush=True)
        serial = timed(root, "serial (--jobs 1)", ["--jobs", "1"], args.documents, segments, None)
        timed(root, "processes (--jobs 2)", ["--jobs", "2"], args.documents, segments, serial)
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=50) as cluster:
            executor = cluster.scheduler_address.replace("tcp://", "dask://")
            timed(root, "dask (2 workers)", ["--executor", executor], args.documents, segments, serial)
        reports = {p.name: p.read_bytes() for p in Path(tmp).glob("*.json")}
        same = len(set(reports.values())) == 1
        print(f"reports identical across the {len(reports)} runs: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
