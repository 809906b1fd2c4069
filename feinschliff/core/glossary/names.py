"""Near-misses of do-not-translate names where neither source nor reference vouches for them.

Without a source or reference sentence, an altered name ("Mustafa Sulyman") is flagged only
on strong evidence: one piece differs from the name's piece by a single edit (insertion,
deletion, substitution or swap of neighbours, but not a genitive "s"), that piece is
capitalised and has at least ``MIN_LENGTH`` letters, the lemmatiser does not know it as an
ordinary German word, and every other piece of the name is present exactly. Candidates come from a deletion index (every name piece
with one letter removed), so a look-up costs a few dictionary probes per text piece.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ..lemmas import is_known
from ..tokens import Token
from .matcher import cached_piece_texts as piece_texts, cached_pieces as pieces
from .model import GlossaryEntry

MIN_LENGTH = 5
_NONE: list = []  # shared by every piece that is no near-miss (never appended to)


@dataclass(frozen=True, slots=True)
class NearMiss:
    entry: GlossaryEntry
    start: int
    end: int


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


class NameIndex:
    def __init__(self, entries: Iterable[GlossaryEntry]):
        self._by_key: dict[str, list[tuple[GlossaryEntry, tuple[str, ...], int]]] = {}
        for entry in entries:
            if not entry.do_not_translate:
                continue
            parts = tuple(t.text.casefold() for t in pieces(entry.target))
            for k, part in enumerate(parts):
                if len(part) >= MIN_LENGTH and not part.isdigit():
                    for key in _deletions(part):
                        self._by_key.setdefault(key, []).append((entry, parts, k))

        self._near: dict[str, list[tuple[GlossaryEntry, tuple[str, ...], int]]] = {}
        self._by_word: dict[str, list[tuple[GlossaryEntry, tuple[str, ...], int]]] = {}
        self._suspects: set[str] = set()  # pieces with near-miss candidates (from ``_by_word``)

    def _near_misses(self, fold: str) -> list[tuple[GlossaryEntry, tuple[str, ...], int]]:
        """Name pieces one edit away from ``fold`` (remembered: words recur in a document)."""
        cached = self._near.get(fold)
        if cached is None:
            cached, seen = [], set()
            for key in _deletions(fold):
                for entry, parts, k in self._by_key.get(key, ()):
                    if id(entry) in seen or fold in (parts[k], parts[k] + "s"):
                        continue
                    if OSA.distance(fold, parts[k]) == 1:
                        seen.add(id(entry))
                        cached.append((entry, parts, k))
            self._near[fold] = cached
        return cached

    def _remember(self, word: str) -> None:
        """File the names a new text piece may be a near-miss of."""
        plausible = len(word) >= MIN_LENGTH and word[0].isupper() and not is_known(word)
        found = self._by_word[word] = self._near_misses(word.casefold()) if plausible else _NONE
        if found:
            self._suspects.add(word)

    def find(self, text: str) -> list[NearMiss]:
        texts = piece_texts(text)
        distinct = set(texts)
        for word in distinct.difference(self._by_word):
            self._remember(word)
        if self._suspects.isdisjoint(distinct):
            return []
        toks, found = pieces(text), []
        for i, word in enumerate(texts):
            for entry, parts, k in self._by_word[word]:
                hit = _around(toks, i, parts, k)
                if hit is not None:
                    found.append(NearMiss(entry, hit[0], hit[1]))
        return found


def _around(toks: list[Token], i: int, parts: tuple[str, ...], k: int) -> tuple[int, int] | None:
    """The span of the whole name when its other pieces stand exactly around piece ``i``."""
    first = i - k
    if first < 0 or first + len(parts) > len(toks):
        return None
    for j, part in enumerate(parts):
        if j != k and toks[first + j].text.casefold() != part:
            return None
    return toks[first].start, toks[first + len(parts) - 1].end
