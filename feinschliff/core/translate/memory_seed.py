"""The translation memory that works offline with no setup, seeded from the samples.

``seed/*.tmx`` (shipped inside the package) holds the sentence pairs of each sample
article: English source -> professional German reference (for re-translating a source) and
garbled German MT -> English source (for the round trip when there is no source). A memory
imports each seed file on first use and again whenever the file changed; user units always
win over seeded ones.

The seed files are built from ``samples/<article>/`` (``source.en.txt``,
``reference.de.txt``, ``mt.de.txt``) with::

    python -m feinschliff.core.translate.memory_seed samples/microsoft-openai
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..align import align
from ..errors import FeinschliffError, InputError
from ..segment import split_sentences
from ..textio import line_of, read_text, write_text_atomic
from .memory import SEED_PREFIX, TranslationMemory, Unit, default_memory_path
from .memory_tmx import read_tmx, tmx_bytes

SEED_DIR = Path(__file__).with_name("seed")
SAMPLE_FILES = (("source", "source.en.txt", "en"), ("reference", "reference.de.txt", "de"), ("mt", "mt.de.txt", "de"))


def seed_files(seed_dir: Path = SEED_DIR) -> list[Path]:
    return sorted(seed_dir.glob("*.tmx"))


def ensure_seed(memory: TranslationMemory, seed_dir: Path = SEED_DIR) -> int:
    """Import every seed file that is new or changed since the last import; returns units stored."""
    stored = 0
    for path in seed_files(seed_dir):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        origin = SEED_PREFIX + path.stem
        if memory.meta(origin) == digest:
            continue
        stored += memory.add_units(read_tmx(path, origin), replace_origin=origin)
        memory.set_meta(origin, digest)
    return stored


def open_memory(path: str | os.PathLike[str] | None = None, *, seed: bool = True) -> TranslationMemory:
    """The translation memory at ``path`` (default: ``$FEINSCHLIFF_HOME`` or the user cache)."""
    memory = TranslationMemory(path if path is not None else default_memory_path())
    if seed:
        ensure_seed(memory)
    return memory


def sample_units(sample_dir: Path, origin: str) -> list[Unit]:
    """source -> reference (en -> de) and mt -> source (de -> en) units of one sample article.

    MT and source must correspond sentence for sentence. The reference may render a source
    sentence in several sentences: it is aligned to the MT, and a source sentence gets the
    reference sentences aligned to its MT sentence (beads over several MT sentences are left
    out, as no single sentence could ever be looked up with them)."""
    texts = {role: read_text(sample_dir / name) for role, name, _ in SAMPLE_FILES}
    split = {role: split_sentences(texts[role], lang) for role, _, lang in SAMPLE_FILES}
    mt, source = split["mt"], split["source"]
    if len(mt) != len(source):
        per_line = [Counter(line_of(texts[role], s.start) for s in split[role]) for role in ("mt", "source")]
        line = next((n for n in sorted(set(per_line[0]) | set(per_line[1])) if per_line[0][n] != per_line[1][n]), None)
        raise InputError(
            f"mt.de.txt has {len(mt)} sentences and source.en.txt {len(source)}; they must correspond "
            "sentence for sentence" + (f" (line {line} is the first whose counts differ)" if line else ""),
            str(sample_dir),
        )
    mt_texts, source_texts = [s.text for s in mt], [s.text for s in source]
    reference_texts = [s.text for s in split["reference"]]
    units = [Unit("de", "en", m, s, origin) for m, s in zip(mt_texts, source_texts)]
    for bead in align(mt_texts, reference_texts):
        if len(bead.a) == 1 and bead.b:
            units.append(Unit("en", "de", source_texts[bead.a[0]], " ".join(reference_texts[j] for j in bead.b), origin))
    return units


def build_seed(sample_dir: Path, seed_dir: Path = SEED_DIR) -> Path:
    """Write ``seed/<article>.tmx`` from a sample directory; returns its path."""
    origin = SEED_PREFIX + sample_dir.name
    target = seed_dir / f"{sample_dir.name}.tmx"
    seed_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(target, tmx_bytes(sample_units(sample_dir, origin)).decode("utf-8"))
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m feinschliff.core.translate.memory_seed",
                                     description="Build the shipped seed TMX from sample articles.")
    parser.add_argument("samples", nargs="+", type=Path, help="sample directories (samples/<article>)")
    args = parser.parse_args(argv)
    try:
        for sample in args.samples:
            print(build_seed(sample))
    except FeinschliffError as exc:
        print(f"feinschliff: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
