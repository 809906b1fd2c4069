"""Locate the garbled span that took a term's place, and what the reference puts there.

With a reference, the word pieces of MT and reference are diffed (content words compared by
lemma, short function words as written, so "der"/"des" do not pair up by their shared lemma)
into equal runs and changed blocks. A term of the reference is carried over to the MT through
equal runs one to one and through a small changed block in proportion: "in Azure AI Foundry
verfügbar" / "in Azure Ai Giesel erhältlich" maps "Azure AI Foundry" to "Azure Ai Giesel".
A large block is trusted only as an omission: when the MT has one or two pieces where the
reference has a whole phrase ("Modell" for "MAI-1-preview ist das erste eigene Basismodell
der Sparte"), the phrase is the replacement. Reordered sentences make large blocks
meaningless, so anything else falls back to fuzzy matching of the term against the MT.

Suggestions are fitted to where they stand: ``recase`` writes a term the way the glossary
spells it but keeps the separators and the inflection ending found in the text ("Azure-ai" ->
"Azure-AI", "Githubs" -> "GitHubs"); ``inflect_like`` carries a German ending from the
replaced word over to the required target only when the lemmatiser knows the result as a form
of the target ("Modellen" for "Modell" -> "Systemen" for "System"). Endings differ between
noun classes ("Fluchtluke-n" but "Ausweg-e"), so no ending is ever swapped for another: then
the base form is suggested.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..lemmas import GERMAN_ENDINGS, genitive, is_known, lemma, same_word
from ..tokens import Token
from .matcher import cached_pieces as pieces

MIN_FUZZY_RATIO = 50.0
MAX_STRETCH = 2  # a changed block may be this many pieces longer than the term
OMISSION_MT_PIECES, OMISSION_REF_PIECES = 2, 12
FUNCTION_WORDS = frozenset(
    "der die das dem den des ein eine einer einem einen eines bei beim im in am an ans zum zur "
    "vom von mit für auf aus zu über unter vor nach um durch gegen ohne".split()
)


@dataclass(frozen=True, slots=True)
class Located:
    """``text[start:end]`` is the garbled span; ``replacement`` the reference's wording for it
    (None: the term itself)."""

    start: int
    end: int
    replacement: str | None = None


def _key(tok: Token) -> str:
    fold = tok.text.casefold()
    return fold if len(fold) <= 3 else lemma(tok.text)


def blocks(a: list[Token], b: list[Token]) -> list[tuple[bool, int, int, int, int]]:
    """(equal, a_start, a_end, b_start, b_end) runs; adjacent insertions and deletions merge."""
    merged: list[list] = []
    for op in Indel.opcodes([_key(t) for t in a], [_key(t) for t in b]):
        equal = op.tag == "equal"
        if merged and not equal and not merged[-1][0]:
            merged[-1][2], merged[-1][4] = op.src_end, op.dest_end
        else:
            merged.append([equal, op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [tuple(block) for block in merged]


def from_reference(text: str, reference: str, ref_start: int, ref_end: int) -> Located | None:
    """The span of ``text`` that corresponds to ``reference[ref_start:ref_end]``."""
    mt, ref = pieces(text), pieces(reference)
    inside = [i for i, t in enumerate(ref) if t.start >= ref_start and t.end <= ref_end]
    if not mt or not inside:
        return None
    first, last = inside[0], inside[-1] + 1
    size, lo, hi = last - first, None, None
    for equal, r1, r2, m1, m2 in blocks(ref, mt):
        if r2 <= first or r1 >= last:
            continue
        a, b = max(first, r1), min(last, r2)
        if equal:
            start, end = m1 + (a - r1), m1 + (b - r1)
        elif r1 == r2:  # MT words inserted between the term's pieces belong to its span
            start, end = m1, m2
        elif r2 - r1 <= size + MAX_STRETCH and m2 - m1 <= size + MAX_STRETCH:
            scale = (m2 - m1) / (r2 - r1)
            start, end = m1 + math.floor((a - r1) * scale), m1 + math.ceil((b - r1) * scale)
        elif r1 <= first and last <= r2 and 0 < m2 - m1 <= OMISSION_MT_PIECES and r2 - r1 <= OMISSION_REF_PIECES:
            return Located(mt[m1].start, mt[m2 - 1].end, reference[ref[r1].start : ref[r2 - 1].end])
        else:
            return None
        if end > start:
            lo = start if lo is None else min(lo, start)
            hi = end if hi is None else max(hi, end)
    if lo is None:
        return None
    return Located(mt[lo].start, mt[hi - 1].end)


def with_articles(text: str, reference: str, start: int, end: int, target: str) -> Located | None:
    """Widen a flagged term to the articles and prepositions before it when the reference
    words them differently around the target ("bei der Codierung" / "beim Coding")."""
    mt, ref = pieces(text), pieces(reference)
    head = pieces(target)[-1].text if pieces(target) else target
    for equal, m1, m2, r1, r2 in blocks(mt, ref):
        flagged = [i for i in range(m1, m2) if mt[i].start >= start and mt[i].end <= end]
        if equal or not flagged or mt[m1].start >= start:
            continue
        ref_head = next((j for j in range(r1, r2) if same_word(ref[j].text, head)), None)
        before_mt = [t.text.casefold() for t in mt[m1 : flagged[0]]]
        before_ref = [t.text.casefold() for t in ref[r1:ref_head]] if ref_head is not None else None
        if before_ref is None or flagged[-1] + 1 != m2 or ref_head + 1 != r2:
            return None
        if all(w in FUNCTION_WORDS for w in before_mt + before_ref):
            return Located(mt[m1].start, end, reference[ref[r1].start : ref[ref_head].end])
        return None
    return None


def fuzzy_span(text: str, term: str) -> Located | None:
    """Best window of ``text`` with as many pieces as ``term`` that resembles it enough,
    scored piece by piece ("Azure Ai Giesel" beats "in Azure Ai" for "Azure AI Foundry")."""
    toks, parts = pieces(text), [t.text.casefold() for t in pieces(term)]
    want = len(parts)
    if not toks or not want or len(toks) < want:
        return None
    hit = fuzz.partial_ratio_alignment(term.casefold(), text.casefold())
    touched = [i for i, t in enumerate(toks) if hit and t.end > hit.dest_start and t.start < hit.dest_end]
    if not touched:
        return None
    best, best_score = None, MIN_FUZZY_RATIO - 1e-9
    for first in range(max(0, touched[0] - want + 1), min(touched[-1], len(toks) - want) + 1):
        window = toks[first : first + want]
        score = sum(fuzz.ratio(p, t.text.casefold()) for p, t in zip(parts, window)) / want
        if score > best_score:
            best, best_score = Located(window[0].start, window[-1].end), score
    return best


def _ending(form: str, base: str) -> str:
    f, b = form.casefold(), base.casefold()
    return form[len(base) :] if len(f) > len(b) and f.startswith(b) else ""


def recase(surface: str, term: str, *, genitive_apostrophe: bool = False) -> str:
    """``surface`` (an occurrence of ``term``) spelled as ``term``, keeping separators/endings."""
    toks, parts = pieces(surface), [t.text for t in pieces(term)]
    if genitive_apostrophe:
        toks = toks[:-1]  # the "s" after the apostrophe
    if len(toks) != len(parts):
        return genitive(term) if genitive_apostrophe else term
    out, pos = [], toks[0].start
    for k, (tok, part) in enumerate(zip(toks, parts)):
        out.append(surface[pos : tok.start])
        out.append(part + (_ending(tok.text, part) if k == len(parts) - 1 else ""))
        pos = tok.end
    fitted = "".join(out).strip()
    return genitive(fitted) if genitive_apostrophe else fitted + surface[pos:]


def inflect_like(surface: str, variant: str, target: str) -> str:
    """The target in the grammatical form ``surface`` gives ``variant``, when that is sure."""
    surface_parts, variant_parts = pieces(surface), pieces(variant)
    target_parts = pieces(target)
    if not surface_parts or not variant_parts or not target_parts:
        return target
    ending = _ending(surface_parts[-1].text, variant_parts[-1].text).casefold()
    if not ending or ending not in GERMAN_ENDINGS:
        return target
    last = target_parts[-1]
    form = last.text + ending
    if is_known(form) and lemma(form) == lemma(last.text):
        return target[: last.start] + form + target[last.end :]
    return target
