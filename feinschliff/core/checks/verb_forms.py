"""A verb coordinated under a modal is an infinitive: "Die Strategie soll die Hebelwirkung …
untergraben und einen Cloud-Deal … umfasst" → "umfassen".

Read in a main clause up to its first comma: a modal (soll, kann, muss, will, darf, möchte and
their plural and past forms) with no subordinating word before it, an infinitive right before
"und", then a conjunct that opens with a phrase that cannot be a subject (an accusative or
dative determiner or pronoun: "einen", "dem", "ihn") and ends the clause with a finite form of
a verb ("umfasst", lemma "umfassen"). A new main clause there would need its verb second and a
subject; with neither, the subject and the modal are shared, and the verb must be the
infinitive, which is the fix. "… und den Rest bezahlt der Staat" has its subject after the verb
and is left alone, as is everything after an auxiliary ("hat … untergraben und … umfasst" is
correct).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lemmas import is_known, lemma
from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

_MODALS = frozenset({"soll", "sollen", "sollte", "sollten", "kann", "können", "konnte", "konnten", "könnte",
                     "könnten", "muss", "müssen", "musste", "mussten", "müsste", "müssten", "will", "wollen",
                     "wollte", "wollten", "darf", "dürfen", "durfte", "durften", "dürfte", "dürften", "möchte",
                     "möchten"})
_SUBORDINATORS = frozenset({"dass", "weil", "ob", "wenn", "obwohl", "während", "nachdem", "bevor", "damit",
                            "sobald", "falls", "indem", "als", "wie", "wo", "was", "der", "die", "das", "denen",
                            "dem", "den", "deren", "dessen", "welche", "welcher", "welches"})
#: words that open a phrase that is no nominative
_OBLIQUE = frozenset({"einen", "einem", "den", "dem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem",
                      "keinen", "keinem", "unseren", "unserem", "ihn", "ihm", "ihnen", "uns", "mich", "mir", "dich",
                      "dir"})
_CLAUSE = re.compile(r"(?:^|(?<=[.!?:;] ))(?P<clause>[^,;:.!?]+)(?P<end>[.!?])")


def _misplaced(words: list[str]) -> int | None:
    """The index of the finite verb that should be an infinitive, or None."""
    modal = next((i for i, w in enumerate(words) if w in _MODALS), None)
    if modal is None or any(w in _SUBORDINATORS for w in words[:modal]):
        return None
    try:
        und = words.index("und", modal + 2)
    except ValueError:
        return None
    before, last = words[und - 1], words[-1]
    if not (before.endswith("en") and before.islower() and lemma(before) == before and is_known(before)):
        return None
    if len(words) - und < 3 or words[und + 1] not in _OBLIQUE:
        return None
    base = lemma(last)
    if not (last.islower() and last.endswith("t") and base != last and base.endswith("en") and is_known(base)):
        return None
    if any(w in _MODALS or w.endswith("t") and lemma(w) != w and lemma(w).endswith("en") and w.islower()
           for w in words[und + 1:-1]):
        return None  # another verb form in the conjunct: a clause of its own
    return len(words) - 1


@check("fluency.modal-infinitive", Category.FLUENCY, Severity.MINOR,
       "a verb coordinated under a modal is not an infinitive (\"soll … untergraben und einen Deal umfasst\")")
def modal_infinitive(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    if not any(m in text for m in (" soll", " kann", " könn", " muss", " müss", " will", " woll", " darf",
                                    " dürf", " möcht", " konnt", " musst", " durft")):
        return
    for match in _CLAUSE.finditer(text):
        words = match.group("clause").split()
        index = _misplaced(words)
        if index is None:
            continue
        end = match.end("clause")
        verb = words[index]
        yield Finding(end - len(verb), end,
                      f"verb form: under the modal “{next(w for w in words if w in _MODALS)}” the verb after "
                      f"“und” is an infinitive, “{lemma(verb)}”", lemma(verb))
