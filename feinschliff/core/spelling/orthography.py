"""Spellings the dictionary rejects that are another orthography's, not misspellings.

- Swiss: Switzerland writes ss for every ß ("grossen", "heisst", "Vorsichtsmassnahmen"). A
  document with no ß at all that writes such words is Swiss, and they are correct in it; in a
  document that writes ß elsewhere they are slips, and the ß spelling is the fix ("grossen" →
  "großen", where Hunspell's nearest word would be "gossen").
- before the 1996 reform: ß after a short vowel is ss now ("daß" → "dass", "muß" → "muss",
  "Schlußendlich" → "Schlussendlich"), in Germany, Austria and Switzerland alike.

A variant counts only when the dictionary accepts it; every combination of up to
``MAX_PLACES`` places is tried, fewest changes first.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from .dictionary import german

MAX_PLACES = 3


def _variant(word: str, old: str, new: str) -> str | None:
    places, start = [], word.find(old)
    while start >= 0:
        places.append(start)
        start = word.find(old, start + len(old))
    if not places or len(places) > MAX_PLACES:
        return None
    for count in range(1, len(places) + 1):
        for chosen in combinations(places, count):
            parts, position = [], 0
            for place in chosen:
                parts += [word[position:place], new]
                position = place + len(old)
            candidate = "".join(parts) + word[position:]
            if german(candidate):
                return candidate
    return None


@lru_cache(maxsize=16_384)
def swiss_standard(word: str) -> str | None:
    """The ß spelling of a word written the Swiss way ("grossen" → "großen"), or None."""
    return _variant(word, "ss", "ß") if "ss" in word else None


@lru_cache(maxsize=16_384)
def reformed(word: str) -> str | None:
    """The spelling since 1996 of a word with a ß that is ss now ("daß" → "dass"), or None."""
    return _variant(word, "ß", "ss") if "ß" in word else None

