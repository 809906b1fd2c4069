"""Replacement text for a flagged occurrence, fitted to where it stands.

``recase`` writes a term the way the glossary spells it but keeps the separators and the
inflection ending found in the text ("Azure-ai" -> "Azure-AI", "Githubs" -> "GitHubs").
``inflect_like`` carries a German ending from the replaced word over to the required target
only when the lemmatiser knows the result as a form of the target ("Modellen" for "Modell" ->
"Systemen" for "System"). Endings differ between noun classes ("Fluchtluke-n" but
"Ausweg-e"), so no ending is ever swapped for another: then the base form is suggested.
"""

from __future__ import annotations

from ..lemmas import GERMAN_ENDINGS, genitive, is_known, lemma
from .matcher import cached_pieces as pieces

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
