"""Words a document makes known beyond the dictionary: glossary terms (do-not-translate names
included), the words of the aligned source and reference sentences, the capitalised names the
document itself repeats, and the lowercase words it repeats that are near no dictionary word
(commands and identifiers: "dpkg", "adduser", "xzgrep"), or writes three times even with a
dictionary word near ("dict", "postrm"). On the 197 German manual pages of a Debian system,
those lowercase words were 3,285 of the 5,035 spelling flags, and the thrice-written ones
with a word near 299 of the 1,149 left; on the 13 MT systems of mqm-ted-dev, the sample and
the Text+Berg MT, none of the 13 lowercase non-words recurs in its document ("herumlinsiert",
"hinausgefügt")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..glossary.model import Glossary
from .dictionary import suggestions

#: a lowercase word the document writes this often is a command even when a dictionary word is
#: one edit away ("dict" ~ "dicht", "postrm" ~ "postum"), unless the document writes that word
#: too ("diee" beside "die")
COMMAND_USES = 3
_PIECE = re.compile(r"[^\W\d_]+")
# the capital first, then what stands before it: a pattern led by a character class is searched
# for in C, one led by a look-behind is tried at every position (1.6 times slower over a document)
_CAPITALISED = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[^\W\d_]+")
_LOWERCASE = re.compile(r"\b[a-zäöüß][^\W\d_]+")


def pieces(text: str | None) -> set[str]:
    return set(_PIECE.findall(text)) if text else set()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    glossary: frozenset[str]  # casefolded pieces of every source, target and name
    recurring: frozenset[str]  # capitalised words the document writes at least twice
    document: str = ""
    lowercase: Counter[str] = field(default_factory=Counter)  # counted on first need
    min_count: int = 2

    @classmethod
    def build(cls, glossary: Glossary | None, document: str, min_count: int = 2) -> Vocabulary:
        terms = {p.casefold() for e in (glossary or ()) for p in pieces(f"{e.source} {e.target}")}
        counts = Counter(_CAPITALISED.findall(document))
        return cls(frozenset(terms), frozenset(w for w, n in counts.items() if n >= min_count), document,
                   min_count=min_count)

    def knows(self, word: str) -> bool:
        if word.casefold() in self.glossary or word in self.recurring:
            return True
        if not word[:1].islower():
            return False
        uses = self._uses(word)
        if uses < self.min_count:
            return False
        near = suggestions(word)
        return not near or uses >= COMMAND_USES and not any(self._uses(w.lower()) for w in near)

    def _uses(self, word: str) -> int:
        if not self.lowercase and self.document:
            self.lowercase.update(_LOWERCASE.findall(self.document))
        return self.lowercase[word]
