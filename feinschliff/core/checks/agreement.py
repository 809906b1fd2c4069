"""Agreement inside German noun phrases: determiner, adjectives and noun in gender, number
and case, with weak, mixed and strong adjective endings.

A phrase is a determiner, any adjectives (lowercase words with an inflection ending) and the
noun right after them; the noun's readings come from the german-nouns lexicon (the head of a
compound it lacks). The determiner's, each adjective's and the noun's cells must share one
(``morphology.declension``). "ihre entscheidende Bündnisse" leaves the adjective no cell →
"ihre entscheidenden Bündnisse"; "dem Konkurrenz" has no cell in common → "der Konkurrenz".
The fix is offered when exactly one repaired phrase fits. Left alone, so that correct text
stays clean: phrases with anything else between determiner and noun (numbers, adverbs,
"und"), a noun the lexicon does not know (names, English words), and a definite article
right after a comma (a relative pronoun: "ein System, das Kunden nutzen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..align.words import FUNCTION_WORDS
from ..lemmas import is_known, lemma
from ..model import Category, Segment, Severity
from ..morphology.declension import ADJECTIVE_ENDINGS, adjective_cells, adjective_ending, determiner, determiner_form
from ..morphology.nouns import compound_readings
from .context import CheckContext
from .registry import Finding, check

_DETERMINER = (r"(?:[dD](?:er|ie|as|en|em|es)|[iIaA]m|[zZ]um|[bB]eim|[vV]om|[zZ]ur|[iI]ns"
               r"|(?:[dD]ies|[jJ]en|[jJ]ed|[wW]elch)(?:er|e|es|em|en)"
               r"|(?:[eE]in|[kK]ein|[mM]ein|[dD]ein|[sS]ein|[iI]hr|[uU]nser)(?:e|er|em|en|es)?)")
_PHRASE = re.compile(
    rf"(?<![\w-])(?P<det>{_DETERMINER}) (?P<adjs>(?:[a-zäöüß][\w-]*(?:e|en|em|er|es) )*)"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w-])(?P<next> [A-ZÄÖÜ][\w-]*)?")
_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "des"})
#: pronouns with an adjective's ending: "das ihnen innewohnende Versprechen" is no plain phrase
_PRONOUNS = frozenset({"ihnen", "ihrer", "unser", "unserer", "euer", "einer", "einem", "einen", "jener", "jenen"})
_NOMINALISED = frozenset({"nNs", "nAs", "nDs"})
_GENITIVE, _NOMINATIVE = frozenset({"mGs", "nGs"}), frozenset({"mNs", "nNs"})


def _ending(word: str) -> str:
    return next(e for e in ADJECTIVE_ENDINGS if word.endswith(e))


def _adjective(word: str) -> bool:
    """An inflected adjective or participle: not a pronoun or determiner, and its lemma is
    shorter ("entscheidende" → "entscheidend"; "hier", "bisschen", "wie" are left alone)."""
    if word in _PRONOUNS or determiner(word) or word in FUNCTION_WORDS:
        return False
    base = lemma(word)
    return base != word and word.startswith(base[:max(3, len(base) - 2)])


@lru_cache(maxsize=65_536)
def noun_readings(noun: str) -> frozenset[str]:
    """The lexicon's readings, and an infinitive's as a neuter noun ("das Stehen", "beim Fallen")."""
    word = noun.casefold()
    if any(word == lemma(word) + e for e in ADJECTIVE_ENDINGS) and word[:-1] != lemma(word):
        return frozenset()  # a nominalised adjective ("im Allgemeinen", "zu unserer Rechten")
    found = compound_readings(noun)
    if word.endswith(("en", "eln", "ern")) and is_known(word) and lemma(word) == word:
        found |= _NOMINALISED | {"nGs"} if noun.endswith("s") else found | _NOMINALISED
    return found


@lru_cache(maxsize=65_536)
def phrase_problem(det: str, adjectives: tuple[str, ...], noun: str) -> tuple[str, str | None] | None:
    """A message and a fix when the phrase does not agree, else None."""
    reading = determiner(det)
    if reading is None or not all(_adjective(a) for a in adjectives):
        return None  # "eine der Gruppen", "die der Sonne", "ein bisschen": not determiner, adjectives, noun
    nouns = noun_readings(noun)
    if not nouns:
        return None
    det_cells, declension = reading
    cells = det_cells & nouns
    for adjective in adjectives:
        cells &= adjective_cells(_ending(adjective), declension)
    if cells or (det_cells <= _GENITIVE and nouns & _NOMINATIVE):
        return None  # names keep their form in the genitive: "des Eiger", "des Lhotse"
    # repairs: the noun stays; the determiner keeps a case it can have, adjectives follow
    options: set[tuple[str, ...]] = set()
    cases = {c[1] for c in det_cells}
    for cell in sorted(nouns):
        if cell[1] not in cases:
            continue
        forms = determiner_form(det, frozenset({cell}))
        for form in forms:
            stems = [a[: len(a) - len(_ending(a))] for a in adjectives]
            options.add((form, *(s + adjective_ending(cell, declension) for s in stems), noun))
    options.discard((det, *adjectives, noun))
    if det_cells & nouns:
        what = "the adjective ending does not fit the determiner and noun"
    else:
        what = "the determiner does not agree with the noun in gender, number or case"
    return f"noun phrase agreement: {what}", " ".join(next(iter(options))) if len(options) == 1 else None


@check("fluency.agreement", Category.FLUENCY, Severity.MINOR,
       "determiner, adjective and noun disagree in gender, number or case (\"ihre entscheidende Bündnisse\")")
def agreement(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    for match in _PHRASE.finditer(text):
        det = match.group("det")
        if det.casefold() in _RELATIVE and text[:match.start()].rstrip().endswith((",", "–", "—", "(", ";")):
            continue
        adjectives, noun, following = tuple(match.group("adjs").split()), match.group("noun"), match.group("next")
        if following and (noun.endswith(ADJECTIVE_ENDINGS) or phrase_problem(det, adjectives, following[1:]) is None
                          and noun_readings(following[1:])):
            continue  # "das Schwarze Loch", "den Proton Studios": part of a name or a longer phrase
        problem = phrase_problem(det, adjectives, noun)
        if problem is not None:
            message, fix = problem
            yield Finding(match.start(), match.end("noun"), message, fix)
