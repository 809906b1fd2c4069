"""Time input discovery for a batch run: a tree of N documents, each with its English source
and reference beside it (``x.de.txt`` ↔ ``x.en.txt`` ↔ ``x.ref.de.txt``), in nested folders.

    python bench/batch_inputs.py [N]

Prints the time to expand the directory, the ``**`` glob and a ``--files-from`` list, and
checks that every form finds exactly the N documents.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from feinschliff.cli.inputs_batch import expand_documents


def build(root: Path, count: int) -> None:
    for n in range(count):
        folder = root / f"part{n % 10}" / f"chapter{n % 37}"
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in (".de.txt", ".en.txt", ".ref.de.txt"):
            (folder / f"doc{n}{suffix}").write_text("Ein Satz.\n", "utf-8")


def timed(label: str, files: list[str], files_from: list[str], count: int) -> None:
    args = argparse.Namespace(files=files, files_from=files_from, config=None, no_defaults=False)
    start = time.perf_counter()
    found = expand_documents(args)
    elapsed = time.perf_counter() - start
    assert len(found) == count, (label, len(found))
    print(f"{label:<14} {count} documents in {elapsed:.2f} s ({count / elapsed:,.0f} documents/s)")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "translations"
        build(root, count)
        listing = Path(tmp) / "list.txt"
        listing.write_text("".join(f"{p}\n" for p in sorted(root.rglob("*.de.txt"))
                                   if not p.name.endswith(".ref.de.txt")), "utf-8")
        timed("directory", [str(root)], [], count)
        timed("** glob", [f"{root}/**/*.de.txt"], [], count)
        timed("--files-from", [], [str(listing)], count)


if __name__ == "__main__":
    main()
