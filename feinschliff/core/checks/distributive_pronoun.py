"""English "each one" / "each of them" rendered with the wrong gender: "two galaxies. … And each
one probably harbors a black hole" → "zwei Galaxien. … Und jeder birgt …" (die Galaxie →
*jede*). English "each" has no gender; the German pronoun takes the gender of the plural noun
it picks from, which MT tends to leave masculine.

Flagged, with an English source that has "each one" or "each of them/these/those": a
standing subject *jeder*, *jede* or *jedes* (before *von ihnen*, *davon* or a verb; not before
its own noun, "jeder Zweig", or as an object, "geben Sie jeder eine …") whose gender differs from the one gender of
every plural noun it could pick from. Those are the plural nouns before it in the segment; if
there are none, those of the sentence before, and failing that of the sentence before that
("zwei Galaxien. Sie sehen aus, als wären sie … erstarrt. Und jeder …"). A plural's gender is
its singular's (simplemma's lemma in the noun lexicon, compounds by their head: "Galaxien" →
"Galaxie", feminine). The
rule says nothing when the candidates have more than one gender, when a candidate's gender is
unknown, or for "each of us/you" (people: *jeder* is usual). The fix is the pronoun of that
gender in the same case (nominative *jeder*/*jede*/*jedes*).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lemmas import lemma
from ..model import Category, Segment, Severity
from ..morphology.nouns import compound_readings
from .context import CheckContext, sentences_before
from .fragments import looks_like_verb
from .registry import Finding, check

DISTRIBUTIVE_PRONOUN = "fluency.distributive-pronoun"
_ENGLISH_EACH = re.compile(r"\beach (?:one|of (?:them|these|those))\b", re.I)
_FORMS = {"jeder": "m", "jede": "f", "jedes": "n"}
_BY_GENDER = {gender: form for form, gender in _FORMS.items()}
#: a jeder/jede/jedes and the word after it
_PRONOUN = re.compile(r"(?<![\w-])(?P<pronoun>[Jj]ede[rs]?) (?P<next>[a-zäöüß]+)(?: (?P<then>\w+))?")
_PARTITIVE = re.compile(r"von (?:ihnen|diesen|denen)\b|davon\b")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*[a-zäöüß](?![\w-])")
_NOT_NOUNS = frozenset({"Sie", "Ihr", "Ihre", "Ihnen", "Ich"})


def _plural_genders(text: str) -> set[str] | None:
    """The genders of the plural nouns in ``text`` (empty: none there); None when a plural's
    gender is unknown."""
    found: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in _NOT_NOUNS or not any(cell[2] == "p" for cell in compound_readings(word)):
            continue
        base = lemma(word)
        genders = {cell[0] for cell in compound_readings(base[:1].upper() + base[1:]) if cell[2] == "s"}
        if not genders:
            return None
        found |= genders
    return found


def _standing(text: str, match: re.Match[str]) -> bool:
    """A subject pronoun: before "von ihnen"/"davon" or a verb ("jeder birgt"), not before a
    noun ("jedes einzelne Bild") or an object ("geben Sie jeder eine …", a dative)."""
    if _PARTITIVE.match(text, match.start("next")):
        return True
    return looks_like_verb(match["next"], False) and not (match["then"] or "a")[0].isupper()


def _antecedent_gender(before: str, earlier: list[str]) -> str | None:
    """The one gender of the plural nouns nearest before the pronoun, else None."""
    for text in (before, *reversed(earlier)):
        genders = _plural_genders(text)
        if genders is None:
            return None
        if genders:
            return genders.pop() if len(genders) == 1 else None
    return None


@check(DISTRIBUTIVE_PRONOUN, Category.FLUENCY, Severity.MINOR,
       "“jeder/jede/jedes” for an English “each one” whose plural antecedent has another gender")
def distributive_pronoun(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source, text = segment.source, segment.text
    if not source or not ctx.source_lang.lower().startswith("en") or "jede" not in text.lower() \
            or not _ENGLISH_EACH.search(source):
        return
    earlier: list[str] | None = None
    for match in _PRONOUN.finditer(text):
        if not _standing(text, match):
            continue
        if earlier is None:
            earlier = sentences_before(ctx, segment, 2)
        gender = _antecedent_gender(text[:match.start("pronoun")], earlier)
        pronoun = match["pronoun"]
        if gender is None or _FORMS[pronoun.lower()] == gender:
            continue
        fix = _BY_GENDER[gender]
        fix = fix.capitalize() if pronoun[0].isupper() else fix
        yield Finding(match.start("pronoun"), match.end("pronoun"), f"“{pronoun}” picks from a plural whose singular is "
                      f"{ {'m': 'masculine', 'f': 'feminine', 'n': 'neuter'}[gender] }: “{fix}”", fix)
