"""Compare Feinschliff's sentence splitter with established splitters from PyPI.

Data:
  1. the hand-made gold set tests/data/segmentation/*.txt (one sentence per line, paragraphs
     separated by blank lines; files named de_* are German, en_* English);
  2. the German original of the Text+Berg alignment dev document, read in place from
     ../shared/eval/alignment-dev/dev.de (one sentence per line, tokenised). It is detokenised
     with a few regexes; lines ending in ":" or ";" are merged with the next line (the corpus
     splits there, no general-purpose splitter does), and a line without final punctuation (a
     heading) ends a paragraph.

Every paragraph's sentences are joined with a space and each splitter is asked to recover them.
Boundaries are compared as counts of non-space characters before them, so splitters that trim
or normalise whitespace are scored fairly. Throughput is measured over the same paragraph
calls; a last line gives Feinschliff's speed on one document of about 1 MB. The other
splitters are optional: pip install pysbd syntok somajo sentencex blingfire.

Run: python bench/segmentation.py [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feinschliff.core.segment import split_sentences  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "segmentation"
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval" / "alignment-dev"

Paragraph = tuple[str, str, list[str]]  # (lang, joined text, gold sentences)
Splitter = Callable[[str, str], list[int]]  # (text, lang) -> sentence end offsets

_DETOKENISE = [
    (re.compile(r" +([.,;:!?)\]»])"), r"\1"),
    (re.compile(r"([(\[«]) +"), r"\1"),
    (re.compile(r" +"), " "),
]
_SPACE = re.compile(r"\s")


def gold_paragraphs() -> list[Paragraph]:
    paragraphs = []
    for path in sorted(GOLD_DIR.glob("*.txt")):
        lang = path.name.split("_", 1)[0]
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            sentences = [line.strip() for line in block.splitlines() if line.strip()]
            if sentences:
                paragraphs.append((lang, " ".join(sentences), sentences))
    return paragraphs


def detokenise(line: str) -> str:
    for pattern, replacement in _DETOKENISE:
        line = pattern.sub(replacement, line)
    return line.strip()


def dev_paragraphs(path: Path) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    sentences: list[str] = []
    pending = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = detokenise(raw)
        if line.startswith("» ") and (pending or sentences):
            # the corpus puts a closing quote that follows a sentence end on the next line
            if pending:
                pending += "»"
            else:
                sentences[-1] += "»"
            line = line[2:]
        if not line:
            continue
        line = f"{pending} {line}".strip()
        pending = ""
        if line[-1] in ":;":
            pending = line
            continue
        sentences.append(line)
        if line[-1] not in ".!?…»\")":
            paragraphs.append(("de", " ".join(sentences), sentences))
            sentences = []
    if pending:
        sentences.append(pending)
    if sentences:
        paragraphs.append(("de", " ".join(sentences), sentences))
    return paragraphs


def _ink(text: str) -> int:
    return len(text) - len(_SPACE.findall(text))


def boundaries(text: str, ends: list[int]) -> set[int]:
    """Inner sentence ends as non-space character counts (the paragraph end is no boundary)."""
    total = _ink(text)
    found = {_ink(text[:end]) for end in ends}
    return {b for b in found if 0 < b < total}


def _ends_of_strings(text: str, sentences: list[str]) -> list[int]:
    ends, cursor = [], 0
    for sentence in sentences:
        body = sentence.strip()
        if not body:
            continue
        found = text.find(body, cursor)
        if found < 0:  # the splitter changed the text; fall back to counting characters
            found = cursor
        cursor = found + len(body)
        ends.append(cursor)
    return ends


def feinschliff_splitter() -> Splitter:
    return lambda text, lang: [s.end for s in split_sentences(text, lang)]


def pysbd_splitter() -> Splitter:
    import pysbd

    segmenters = {lang: pysbd.Segmenter(language=lang, clean=False, char_span=True) for lang in ("de", "en")}
    return lambda text, lang: [span.end for span in segmenters[lang].segment(text)]


def syntok_splitter() -> Splitter:
    from syntok import segmenter

    def split(text: str, lang: str) -> list[int]:
        return [s[-1].offset + len(s[-1].value) for p in segmenter.analyze(text) for s in p if s]

    return split


def somajo_splitter() -> Splitter:
    from somajo import SoMaJo

    models = {
        lang: SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=True)
        for lang, model in (("de", "de_CMC"), ("en", "en_PTB"))
    }
    return lambda text, lang: [s[-1].character_offset[1] for s in models[lang].tokenize_text([text]) if s]


def sentencex_splitter() -> Splitter:
    from sentencex import segment

    return lambda text, lang: _ends_of_strings(text, list(segment(lang, text)))


def blingfire_splitter() -> Splitter:
    import blingfire

    return lambda text, lang: [end for _, end in blingfire.text_to_sentences_and_offsets(text)[1]]


CANDIDATES: list[tuple[str, str | None, Callable[[], Splitter]]] = [
    ("feinschliff", None, feinschliff_splitter),
    ("pysbd", "pysbd", pysbd_splitter),
    ("syntok", "syntok", syntok_splitter),
    ("somajo", "somajo", somajo_splitter),
    ("sentencex", "sentencex", sentencex_splitter),
    ("blingfire", "blingfire", blingfire_splitter),
]


def gold_ends(text: str, sentences: list[str]) -> list[int]:
    return _ends_of_strings(text, sentences)


def score(splitter: Splitter, paragraphs: list[Paragraph]) -> tuple[float, float, float]:
    true_pos = predicted = expected = 0
    for lang, text, sentences in paragraphs:
        gold = boundaries(text, gold_ends(text, sentences))
        found = boundaries(text, splitter(text, lang))
        true_pos += len(gold & found)
        predicted += len(found)
        expected += len(gold)
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def throughput(splitter: Splitter, paragraphs: list[Paragraph], min_seconds: float = 1.0) -> float:
    size = sum(len(text.encode("utf-8")) for _, text, _ in paragraphs)
    rounds, started = 0, time.perf_counter()
    while True:
        for lang, text, _ in paragraphs:
            splitter(text, lang)
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return size * rounds / elapsed / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    args = parser.parse_args()
    gold = gold_paragraphs()
    dev_path = args.eval_dir / "dev.de"
    dev = dev_paragraphs(dev_path) if dev_path.exists() else []
    print(f"gold set: {sum(len(s) for _, _, s in gold)} sentences in {len(gold)} paragraphs")
    if dev:
        print(f"dev.de:   {sum(len(s) for _, _, s in dev)} sentences in {len(dev)} paragraphs")
    else:
        print(f"dev.de:   not found at {dev_path}, skipped")
    header = "| splitter | gold P | gold R | gold F1 | dev.de P | dev.de R | dev.de F1 | MB/s |"
    print("\n" + header + "\n|" + "---|" * 8)
    for name, module, factory in CANDIDATES:
        if module and importlib.util.find_spec(module) is None:
            print(f"| {name} | not installed (pip install {module}), skipped |")
            continue
        splitter = factory()
        cells = [f"{v:.3f}" for v in score(splitter, gold)]
        cells += [f"{v:.3f}" for v in score(splitter, dev)] if dev else ["-"] * 3
        cells.append(f"{throughput(splitter, gold + dev):.2f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    document = "\n".join(text for _, text, _ in gold + dev)
    document *= max(1, 1_000_000 // len(document.encode("utf-8")))
    size = len(document.encode("utf-8"))
    started = time.perf_counter()
    count = len(split_sentences(document))
    elapsed = time.perf_counter() - started
    print(f"\nfeinschliff on one {size / 1e6:.1f} MB document: {count} sentences, {size / elapsed / 1e6:.1f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
