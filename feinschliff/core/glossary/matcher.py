"""Find glossary terms in running text: inflection-, case- and compound-aware, longest first.

A term is split into pieces (runs of letters and digits); it occurs where consecutive pieces
of the text stand for its pieces and are separated only by spaces, hyphens or no-break spaces,
so "Azure-AI-Angeboten" contains "Azure AI" and "KI-Rennen" contains "KI". German pieces
match by lemma or a regular ending ("Rechenzentren" ~ "Rechenzentrum", "Fluchtluken" ~
"Fluchtluke"); names match letter for letter up to casing, plus a genitive "s" ("OpenAIs").
Where occurrences overlap, the one covering more pieces wins, so "Azure AI" and
"Microsoft AI" hide the "AI" inside them.

``TermIndex`` is built once per glossary and side: terms are keyed by every form of their
first piece, and a text piece looks up its own forms, so the cost per text piece is a few
dictionary look-ups whatever the size of the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from ..lemmas import lemma, same_word, stems
from ..tokens import Token, pieces
from .model import GlossaryEntry

_JOINER = re.compile(r"[ \u00a0\u202f]?[-‐‑]?[ \u00a0\u202f]?")
_APOSTROPHE_S = re.compile(r"['’]s\b")


class Role(str, Enum):
    TARGET = "target"
    FORBIDDEN = "forbidden"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Term:
    entry: GlossaryEntry
    text: str
    role: Role
    parts: tuple[str, ...]

    @property
    def is_name(self) -> bool:
        return self.entry.do_not_translate


@dataclass(frozen=True, slots=True)
class Occurrence:
    """``term`` found at ``text[start:end]``, covering text pieces ``first`` to ``last - 1``."""

    term: Term
    start: int
    end: int
    first: int
    last: int
    surface: str
    exact_case: bool
    apostrophe_genitive: bool = False


def cased_alike(form: str, base: str) -> bool:
    """True when ``form`` writes the letters it shares with ``base`` in the same case."""
    n = 0
    for a, b in zip(form.casefold(), base.casefold()):
        if a != b:
            break
        n += 1
    return form[:n] == base[:n]


class TermIndex:
    """Terms of one language keyed by the forms of their first piece."""

    def __init__(self, terms: Iterable[Term], lang: str):
        self.lang = lang
        self._by_key: dict[str, list[Term]] = {}
        for term in terms:
            if not term.parts:
                continue
            first = term.parts[0]
            for key in {first.casefold(), lemma(first, lang)}:
                self._by_key.setdefault(key, []).append(term)

    def __len__(self) -> int:
        return len(self._by_key)

    def _keys(self, piece: str) -> set[str]:
        fold = piece.casefold()
        keys = {fold, lemma(piece, self.lang), *stems(fold, self.lang)}
        if fold.endswith("s"):
            keys.add(fold[:-1])
        return keys

    def find(self, text: str, *, overlapping: bool = False) -> list[Occurrence]:
        """Every term occurrence in ``text``, overlaps resolved longest first unless
        ``overlapping`` (then "AI" inside "Microsoft AI" is returned too)."""
        toks = pieces(text)
        found: list[Occurrence] = []
        for i, tok in enumerate(toks):
            seen: set[int] = set()
            for key in self._keys(tok.text):
                for term in self._by_key.get(key, ()):
                    if id(term) not in seen:
                        seen.add(id(term))
                        occurrence = self._match(term, text, toks, i)
                        if occurrence is not None:
                            found.append(occurrence)
        return found if overlapping else longest_first(found)

    def _match(self, term: Term, text: str, toks: list[Token], i: int) -> Occurrence | None:
        n = len(term.parts)
        if i + n > len(toks):
            return None
        span = toks[i : i + n]
        for k in range(1, n):
            if not _JOINER.fullmatch(text, span[k - 1].end, span[k].start):
                return None
        for k, (tok, part) in enumerate(zip(span, term.parts)):
            if not self._same(tok.text, part, term.is_name, last=k == n - 1):
                return None
        exact = all(cased_alike(tok.text, part) for tok, part in zip(span, term.parts))
        if term.role is Role.FORBIDDEN and term.entry.case_sensitive and not exact:
            return None
        start, end = span[0].start, span[-1].end
        genitive = term.is_name and bool(_APOSTROPHE_S.match(text, end))
        if genitive:
            end += 2
        return Occurrence(term, start, end, i, i + n, text[start:end], exact, genitive)

    def _same(self, form: str, base: str, name: bool, last: bool) -> bool:
        if name:
            fold, want = form.casefold(), base.casefold()
            return fold == want or (last and fold == want + "s")
        return same_word(form, base, self.lang)


_ROLE_RANK = {Role.TARGET: 0, Role.SOURCE: 0, Role.FORBIDDEN: 1}


def longest_first(found: list[Occurrence]) -> list[Occurrence]:
    """Drop every occurrence that overlaps one covering more pieces (targets beat forbidden
    variants on a tie); return the rest in text order."""
    found.sort(key=lambda o: (o.first - o.last, _ROLE_RANK[o.term.role], o.first))
    taken: set[int] = set()
    kept = []
    for occurrence in found:
        covered = range(occurrence.first, occurrence.last)
        if not taken.intersection(covered):
            taken.update(covered)
            kept.append(occurrence)
    return sorted(kept, key=lambda o: o.start)


def german_terms(entries: Iterable[GlossaryEntry]) -> list[Term]:
    terms = []
    for entry in entries:
        terms.append(Term(entry, entry.target, Role.TARGET, tuple(t.text for t in pieces(entry.target))))
        for variant in entry.forbidden:
            terms.append(Term(entry, variant, Role.FORBIDDEN, tuple(t.text for t in pieces(variant))))
    return terms


def english_terms(entries: Iterable[GlossaryEntry]) -> list[Term]:
    return [Term(e, e.source, Role.SOURCE, tuple(t.text for t in pieces(e.source))) for e in entries]
