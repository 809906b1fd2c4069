"""Find glossary terms in running text: inflection-, case- and compound-aware, longest first.

A term is split into pieces (runs of letters and digits); it occurs where consecutive pieces
of the text stand for its pieces and are separated only by spaces, hyphens or no-break spaces,
so "Azure-AI-Angeboten" contains "Azure AI" and "KI-Rennen" contains "KI". German pieces
match by lemma or a regular ending ("Rechenzentren" ~ "Rechenzentrum", "Fluchtluken" ~
"Fluchtluke"); names match letter for letter up to casing, plus a genitive "s" ("OpenAIs").
The last piece of a hyphenated term carries the ending of the whole compound, so there even
short pieces inflect ("Start-ups" ~ "Start-up"). Where occurrences overlap, the one covering
more pieces wins, so "Azure AI" and "Microsoft AI" hide the "AI" inside them.

``TermIndex`` is built once per glossary and side; a text piece looks up its own forms
(itself, lemma, possible stems), so the cost per text piece is a few dictionary look-ups
whatever the size of the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from ..lemmas import MIN_BASE, inflects, lemma, stems
from ..tokens import Token, piece_texts, pieces
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
    folds: tuple[str, ...]
    lemmas: tuple[str, ...]
    is_name: bool

    @classmethod
    def of(cls, entry: GlossaryEntry, text: str, role: Role, lang: str) -> Term:
        parts = tuple(t.text for t in pieces(text))
        folds = tuple(p.casefold() for p in parts)
        return cls(entry, text, role, parts, folds, tuple(lemma(p, lang) for p in parts), entry.do_not_translate)


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
    """Terms of one language: single-piece terms keyed by the forms of their piece, longer
    terms by the forms of their first and second piece, so a text piece costs a few look-ups
    and only true candidates are verified."""

    def __init__(self, terms: Iterable[Term], lang: str):
        self.lang = lang
        self._single: dict[str, list[Term]] = {}
        self._multi: dict[str, dict[str, list[Term]]] = {}
        self._pieces: dict[str, tuple] = {}
        self._pairs: dict[tuple[str, str], tuple[Term, ...]] = {}
        self._starts: set[str] = set()  # text pieces a term may start at (from ``_pieces``)
        for term in terms:
            if not term.parts:
                continue
            for first in {term.folds[0], term.lemmas[0]}:
                if len(term.parts) == 1:
                    self._single.setdefault(first, []).append(term)
                    continue
                level = self._multi.setdefault(first, {})
                for second in {term.folds[1], term.lemmas[1]}:
                    level.setdefault(second, []).append(term)

    def find(self, text: str, *, overlapping: bool = False) -> list[Occurrence]:
        """Every term occurrence in ``text``, overlaps resolved longest first unless
        ``overlapping`` (then "AI" inside "Microsoft AI" is returned too)."""
        texts = cached_piece_texts(text)
        memo = self._pieces
        distinct = set(texts)
        for piece in distinct.difference(memo):  # checks each piece against the dict, in C
            self._piece(piece)
        starts = self._starts
        if starts.isdisjoint(distinct):
            return []  # most sentences: set operations in C, no loop over the pieces
        found: list[Occurrence] = []
        toks: list[Token] | None = None  # offsets, only once a term is found
        count = len(texts)
        for i in [i for i, t in enumerate(texts) if t in starts]:
            info = memo[texts[i]]
            candidates, levels = info[3], info[4]
            if levels and i + 1 < count:
                pair = self._pairs.get((texts[i], texts[i + 1]))
                candidates += self._pair(info, memo[texts[i + 1]], texts, i) if pair is None else pair
            for term in candidates:
                if i + len(term.parts) <= count and self._fits(term, text, texts, i):
                    toks = toks or cached_pieces(text)
                    found.append(self._occurrence(term, text, toks, i))
        return found if overlapping else longest_first(found)

    def _pair(self, first: tuple, second: tuple, texts: list[str], i: int) -> tuple[Term, ...]:
        """Longer terms whose first two pieces may stand for text pieces ``i`` and ``i + 1``
        (``first`` and ``second``: their entries in ``_pieces``)."""
        terms = {id(t): t for level in first[4] for key in second[2] for t in level.get(key, ())}
        self._pairs[(texts[i], texts[i + 1])] = found = tuple(terms.values())
        return found

    def _piece(self, piece: str) -> tuple:
        """(casefolded, lemma, keys, single-piece terms, second-piece levels) of a text piece,
        remembered: a document repeats its words, so most pieces cost one look-up."""
        fold, lem, keys = piece_info(piece, self.lang)
        singles = tuple({id(t): t for key in keys for t in self._single.get(key, ())}.values())
        levels = tuple(level for key in keys if (level := self._multi.get(key)))
        entry = self._pieces[piece] = (fold, lem, keys, singles, levels)
        if singles or levels:
            self._starts.add(piece)
        return entry

    def _fits(self, term: Term, text: str, texts: list[str], i: int) -> bool:
        """Do text pieces ``i`` on stand for the pieces of ``term``, joined only by spaces or
        hyphens? The pieces are compared first: offsets are needed only when they match."""
        n = len(term.parts)
        for k in range(n):
            fold, lem = self._pieces[texts[i + k]][:2]
            want, last = term.folds[k], k == n - 1
            if term.is_name:
                if fold != want and not (last and fold == want + "s"):
                    return False
            elif fold != want and lem != term.lemmas[k]:
                if not inflects(fold, want, self.lang, min_base=1 if last and n > 1 else MIN_BASE):
                    return False
        if n > 1:
            toks = cached_pieces(text)
            if not all(_JOINER.fullmatch(text, toks[j - 1].end, toks[j].start) for j in range(i + 1, i + n)):
                return False
        if term.role is Role.FORBIDDEN and term.entry.case_sensitive:
            return all(cased_alike(texts[i + k], part) for k, part in enumerate(term.parts))
        return True

    def _occurrence(self, term: Term, text: str, toks: list[Token], i: int) -> Occurrence:
        span = toks[i : i + len(term.parts)]
        exact = all(cased_alike(tok.text, part) for tok, part in zip(span, term.parts))
        start, end = span[0].start, span[-1].end
        genitive = term.is_name and bool(_APOSTROPHE_S.match(text, end))
        if genitive:
            end += 2
        return Occurrence(term, start, end, i, i + len(span), text[start:end], exact, genitive)


cached_pieces = lru_cache(maxsize=4096)(pieces)
cached_piece_texts = lru_cache(maxsize=64)(piece_texts)  # the matcher and the name index scan alike


@lru_cache(maxsize=262_144)
def piece_info(piece: str, lang: str) -> tuple[str, str, tuple[str, ...]]:
    """(casefolded, lemma, index keys) of a text piece: the keys are every form a term piece
    it may stand for can be filed under (itself, its lemma, its stems, minus a genitive s)."""
    fold, lem = piece.casefold(), lemma(piece, lang)
    keys = {fold, lem, *stems(fold, lang, min_base=1)}
    if fold.endswith("s"):
        keys.add(fold[:-1])
    return fold, lem, tuple(keys)


_ROLE_RANK = {Role.TARGET: 0, Role.SOURCE: 0, Role.FORBIDDEN: 1}


def longest_first(found: list[Occurrence]) -> list[Occurrence]:
    """Drop every occurrence that overlaps one covering more pieces (targets beat forbidden
    variants on a tie); return the rest in text order."""
    found.sort(key=lambda o: (o.first - o.last, _ROLE_RANK[o.term.role], o.first, o.term.entry.line, o.term.text))
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
        terms.append(Term.of(entry, entry.target, Role.TARGET, "de"))
        terms.extend(Term.of(entry, variant, Role.TARGET, "de") for variant in entry.admitted)
        terms.extend(Term.of(entry, variant, Role.FORBIDDEN, "de") for variant in entry.forbidden)
    return terms


def english_terms(entries: Iterable[GlossaryEntry]) -> list[Term]:
    return [Term.of(e, e.source, Role.SOURCE, "en") for e in entries]
