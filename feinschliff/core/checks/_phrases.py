"""Noun phrases as the grammar rules read them: a determiner (or none), inflected adjectives
and a noun, each with the (gender, case, number) cells of ``morphology`` it can fill.

``phrase_cells`` intersects them: the cells the whole phrase can fill (empty when its parts
disagree); ``inflect`` writes the phrase in other cells, keeping the noun, so a rule can offer
the one repair that fits ("dem Konkurrenz" → "der Konkurrenz", "zu geistiges Eigentum" →
"zu geistigem Eigentum").
"""

from __future__ import annotations

from functools import lru_cache

from ..align.words import FUNCTION_WORDS
from ..lemmas import is_known, lemma
from ..morphology.declension import (ADJECTIVE_ENDINGS, STRONG, adjective_cells, adjective_ending, determiner,
                                     determiner_form)
from ..morphology.nouns import compound_readings, readings, with_regular_gaps
from ..spelling.dictionary import german

#: every determiner ``morphology.declension`` knows, and the contractions of a preposition and article
#: the common prepositions, for rules that must know one when they see it
PREPOSITIONS = frozenset(
    """mit von in an auf aus bei zu für über unter nach vor durch gegen ohne um zwischen hinter
    neben seit trotz wegen während bis entlang gegenüber innerhalb außerhalb""".split()
)
DETERMINER = (r"(?:[dD](?:er|ie|as|en|em|es)|[iIaA]m|[zZ]um|[bB]eim|[vV]om|[zZ]ur|[iI]ns"
               r"|(?:[dD]ies|[jJ]en|[jJ]ed|[wW]elch)(?:er|e|es|em|en)"
               r"|(?:[eE]in|[kK]ein|[mM]ein|[dD]ein|[sS]ein|[iI]hr|[uU]nser)(?:e|er|em|en|es)?)")
#: pronouns with an adjective's ending: "das ihnen innewohnende Versprechen" is no plain phrase
_PRONOUNS = frozenset({"ihnen", "ihrer", "unser", "unserer", "euer", "einer", "einem", "einen", "jener", "jenen"})
_NOMINALISED = _GERUND = frozenset({"nNs", "nAs", "nDs"})
_INDECLINABLE = frozenset({"weniger"})  # a quantifier or a degree: "weniger Zeit", "einem weniger präzisen Format"
_MIN_ADJECTIVE_HEAD = 9  # letters of a compound's adjective-formed head with its -en ("variablen")
_POLITE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"})


def ending(word: str) -> str:
    return next(e for e in ADJECTIVE_ENDINGS if word.endswith(e))


def is_adjective(word: str) -> bool:
    """An inflected adjective or participle: not a pronoun or determiner, and its lemma is
    shorter ("entscheidende" → "entscheidend"; "hier", "bisschen", "wie" are left alone)."""
    if (word in _PRONOUNS or word in _INDECLINABLE or determiner(word) or word in FUNCTION_WORDS
            or not word.endswith(ADJECTIVE_ENDINGS)):
        return False
    base = lemma(word)
    return base != word and word.startswith(base[:max(3, len(base) - 2)])


@lru_cache(maxsize=65_536)
def noun_readings(noun: str) -> frozenset[str]:
    """The lexicon's readings, an infinitive's as a neuter noun ("das Stehen", "beim Fallen",
    also in a compound the lexicon lacks: "das Neupacken"),
    and an English gerund's the lexicon lacks, neuter too ("das Benchmark-Hacking", like "das
    Marketing"; "-ling" is German and masculine: "der Frühling")."""
    word = noun.casefold()
    base = lemma(word)
    if word in _POLITE or any(word == base + e for e in ADJECTIVE_ENDINGS) and (
            word[:-1] != base and german(base) or not compound_readings(base.capitalize())):
        return frozenset()  # the polite "Sie"; a nominalised adjective ("im Allgemeinen", "die Alten", "das
        # Dreifache"); not a noun's plural ("Prozesse"; "Lösungen": "lösung" is no word written small)
    found = with_regular_gaps(noun, compound_readings(noun), _from_adjective(word))
    if not found and word.endswith("ing") and not word.endswith("ling") and len(word.rsplit("-", 1)[-1]) > 5:
        return _GERUND
    if word.endswith(("en", "eln", "ern")) and (_infinitive(word) or found and not readings(noun)
                                                and _infinitive_compound(word)):
        found |= _NOMINALISED
    return found


def _from_adjective(word: str) -> bool:
    """Does ``word`` (casefolded) end in -en after a noun formed from an adjective, also as a
    compound's head ("variablen", "umgebungsvariablen" ← "variabel")?"""
    return word.endswith("en") and any(is_adjective(word[cut:-1])
                                       for cut in range(0, max(1, len(word) - _MIN_ADJECTIVE_HEAD + 1)))


def _infinitive(word: str) -> bool:
    return is_known(word) and lemma(word) == word


def _infinitive_compound(word: str, min_tail: int = 5) -> bool:
    """Does a compound the lexicon lacks end in an infinitive ("das Neupacken", "beim
    Verfügbarwerden")? Then it may be a nominalised infinitive, neuter, besides what its head
    suggests ("Packen", a bundle); a compound with no head reading gets none either."""
    return any(_infinitive(word[cut:]) for cut in range(2, len(word) - min_tail + 1))


def declension_of(det: str | None) -> tuple[frozenset[str], str] | None:
    """A determiner's cells and the declension it selects; no determiner: strong, any cell."""
    if det is None:
        return frozenset(f"{g}{c}s" for g in "mfn" for c in "NGDA") | frozenset(f"p{c}p" for c in "NGDA"), STRONG
    return determiner(det)


@lru_cache(maxsize=65_536)
def modifier_cells(det: str | None, adjectives: tuple[str, ...]) -> frozenset[str]:
    """The cells determiner and adjectives fill together, whatever the noun."""
    reading = declension_of(det)
    if reading is None:
        return frozenset()
    cells, declension = reading
    for adjective in adjectives:
        cells &= adjective_cells(ending(adjective), declension)
    return cells


def phrase_cells(det: str | None, adjectives: tuple[str, ...], noun: str) -> frozenset[str]:
    """The cells the phrase as a whole can fill; empty when the parts disagree or are unknown."""
    return modifier_cells(det, adjectives) & noun_readings(noun)


def inflect(det: str | None, adjectives: tuple[str, ...], noun: str, cells: frozenset[str]) -> set[tuple[str, ...]]:
    """The phrase rewritten for each of ``cells`` the noun can fill, determiner and adjectives
    following, the noun unchanged."""
    reading = declension_of(det)
    if reading is None:
        return set()
    declension = reading[1]
    stems = [a[: len(a) - len(ending(a))] for a in adjectives]
    options: set[tuple[str, ...]] = set()
    for cell in sorted(cells & noun_readings(noun)):
        forms = determiner_form(det, frozenset({cell})) if det is not None else {None}
        for form in forms:
            words = (*(s + adjective_ending(cell, declension) for s in stems), noun)
            options.add(words if form is None else (form, *words))
    return options
