"""German and English verb forms by tense and mood, read from simplemma's lemmas and Hunspell
(no tagger): is a German word a present indicative, a strong or weak past, a Konjunktiv II;
is an English clause in the past."""

from __future__ import annotations

import re

from ..lemmas import lemma
from ..spelling.dictionary import german
from ._phrases import is_adjective

#: an English present form ("if there is nothing left": a real condition)
ENGLISH_PRESENT = re.compile(r"\b(?:is|are|am|has|have|do|does|can|will|shall)\b|'(?:s|re|ve)\b", re.I)
ENGLISH_PAST = re.compile(
    r"\b(?:were|was|had|did|took|came|went|saw|gave|got|made|knew|thought|found|heard|felt|left|kept|brought"
    r"|began|ran|fell|stood|told|wrote|said|met|lost|paid|sent|built|spent|held|sat|threw|drove|flew|ate"
    r"|[a-z]{2,}[^e\W]ed|[a-z]+ied)\b", re.I)
KONJUNKTIV = frozenset("""
würde würdest würden würdet wäre wärst wärest wären wärt hätte hättest hätten hättet könnte könntest
könnten könntet müsste müsstest müssten müsstet dürfte dürftest dürften dürftet sollte solltest
sollten solltet möchte möchtest möchten möchtet wollte wolltest wollten wolltet
""".split())
#: present forms of auxiliaries and modals: finite, indicative, never an infinitive
PRESENT_AUXILIARIES = frozenset("""
ist bist sind seid hat hast habt wird wirst werdet kann kannst muss musst will willst soll sollst
darf darfst mag magst weiß weißt
""".split())
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def is_verb(base: str) -> bool:
    """Is ``base`` (a lemma) a German infinitive?"""
    return (base.endswith(("en", "ern", "eln")) or base in ("sein", "tun")) and base.islower() and german(base)


def is_subjunctive(word: str) -> bool:
    """A Konjunktiv II: a listed auxiliary or modal, or an umlauted past of a verb whose
    infinitive has no umlaut ("käme", "nähme", "fänden")."""
    if word in KONJUNKTIV:
        return True
    base = lemma(word)
    return (base != word and is_verb(base) and word.endswith(("e", "en", "est", "et"))
            and any(u in word and u not in base for u in "äöü"))


def konjunktiv_of_past(word: str) -> str | None:
    """The Konjunktiv II of a strong (or umlauting) past form, or None: "nahm" → "nähme",
    "waren" → "wären", "ging" → "ginge"."""
    base = lemma(word)
    if base == word or not is_verb(base):
        return None
    vowel = next((i for i, c in enumerate(word) if c in "aeiouäöü"), None)
    if vowel is None:
        return None
    umlauted = word[:vowel] + _UMLAUT[word[vowel]] + word[vowel + 1:] if word[vowel] in _UMLAUT else None
    if word.endswith(("e", "en")):
        candidate = umlauted
    else:
        candidate = (umlauted or word) + "e"
    present = base[:-2] + "e" if base.endswith("en") else None
    if not candidate or candidate == word or candidate == present or not german(candidate):
        return None
    return candidate if lemma(candidate) == base else None


def is_present(word: str, shared: bool) -> bool:
    """A present indicative: an auxiliary's, a "-t"/"-st" form of a verb (not a weak past
    or a participle), or (unless an auxiliary may share it) a form equal to its infinitive."""
    if word in PRESENT_AUXILIARIES:
        return True
    base = lemma(word)
    if not is_verb(base) or is_adjective(word):
        return False
    if base == word:  # a verb's infinitive has a "-t" form ("nehmt"), an adjective's ("offen") none
        return not shared and german((word[:-1] if word.endswith(("ern", "eln")) else word[:-2]) + "t")
    if word.endswith(("te", "ten", "test", "tet")) or (word.startswith("ge") and not base.startswith("ge")):
        return False
    return word.endswith("t")


def is_weak_past(word: str) -> bool:
    """A weak past ("zermalmte"), which is also the Konjunktiv II of its verb."""
    base = lemma(word)
    return base != word and is_verb(base) and word.endswith(("te", "ten", "test", "tet"))
