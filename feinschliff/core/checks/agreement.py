"""Agreement inside German noun phrases: determiner, adjectives and noun in gender, number
and case, with weak, mixed and strong adjective endings.

A phrase is a determiner, any adjectives (lowercase words with an inflection ending) and the
noun right after them; the noun's readings come from the german-nouns lexicon (the head of a
compound it lacks). The determiner's, each adjective's and the noun's cells must share one
(``morphology.declension``). "ihre entscheidende Bündnisse" leaves the adjective no cell →
"ihre entscheidenden Bündnisse"; "dem Konkurrenz" has no cell in common → "der Konkurrenz".
A predicate with no determiner takes strong endings ("das ist nur unsinnige
Benchmark-Hacking" → "unsinniges Benchmark-Hacking"). The fix is offered when exactly one
repaired phrase fits. Left alone, so that correct text
stays clean: phrases with anything else between determiner and noun (numbers, adverbs,
"und", "weniger": "einem weniger präzisen Format"), a noun the lexicon does not know (names,
English words), a nominalised adjective ("das Dreifache"; but "Prozesse" is a noun's plural),
the polite "Sie" ("Das sollten Sie"), a superlative after "am" ("die am häufigsten verwendete
Methode"), two English words in a row ("das Hypertext Transfer Protocol"), a pronoun after an
article ("des ihr zugewiesenen Raumes"), a definite article or a form of "welch-"
right after a comma, or after a comma and a preposition (a relative pronoun: "ein System, das
Kunden nutzen", "Programmtext, in dem passende Klammern fehlen"), and alternatives
written with a slash or brackets ("der/des Verzeichnisse(s)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Category, Segment, Severity
from ..morphology.declension import ADJECTIVE_ENDINGS
from ..spelling.dictionary import english
from ._phrases import DETERMINER, PREPOSITIONS, declension_of, inflect, is_adjective, noun_readings, phrase_cells
from .context import CheckContext
from .registry import Finding, check

_PHRASE = re.compile(  # the look-ahead lets most positions fail on one character
    rf"(?=[dDiIaAzZbBvVjJwWeEkKmMsSuU])(?<![\w-])(?P<det>{DETERMINER}) "
    r"(?P<adjs>(?:[a-zäöüß][\w-]*(?:e|en|em|er|es) )*)"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w‐‑-])(?P<next> [A-ZÄÖÜ][\w-]*)?")
#: a predicate with no determiner: "das ist nur unsinnige Benchmark-Hacking" (strong endings)
_PREDICATE = re.compile(
    r"(?<![\w-])(?:ist|sind|war|waren|bleibt|bleiben) (?:(?:nur|auch|ganz|schon|eher|wirklich|einfach|noch) )?"
    r"(?P<adjs>(?:[a-zäöüß][\w-]*(?:e|en|em|er|es) )+)"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w‐‑-])(?P<next> [A-ZÄÖÜ])?")
_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "des", "welcher", "welche", "welches", "welchem", "welchen"})
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[dD](?:er|ie|as|en|em|es)|[eE]in(?:e|er|em|en|es)?) $")
_CLAUSE_BREAKS = (",", "–", "—", "(", ";")
_GENITIVE, _NOMINATIVE = frozenset({"mGs", "nGs"}), frozenset({"mNs", "nNs"})


def _relative_position(before: str, after: str) -> bool:
    """Could a d-word here be a relative pronoun? After a comma or dash, also with a
    preposition between when a clause or a list goes on after the phrase ("…, in dem passende
    Klammern fehlen", "…, auf der Du warst", "…, in der Intervall, Befehl und Zeit stehen"; not
    "…, in den Log.")."""
    before = before.rstrip()
    if before.endswith(_CLAUSE_BREAKS):
        return True
    head, _, word = before.rpartition(" ")
    return (word.casefold() in PREPOSITIONS and head.rstrip().endswith(_CLAUSE_BREAKS)
            and (after[:1] == " " and after[1:2].isalpha() or after[:1] == ","))


@lru_cache(maxsize=65_536)
def phrase_problem(det: str | None, adjectives: tuple[str, ...], noun: str) -> tuple[str, str | None] | None:
    """A message and a fix when the phrase does not agree, else None; with no determiner the
    adjectives are strong and the phrase a predicate, nominative ("ist unsinniges Hacking")."""
    reading = declension_of(det)
    if reading is None or not all(is_adjective(a) for a in adjectives):
        return None  # "eine der Gruppen", "die der Sonne", "ein bisschen": not determiner, adjectives, noun
    nouns = noun_readings(noun)
    if not nouns:
        return None
    det_cells = reading[0]
    if phrase_cells(det, adjectives, noun) or (det_cells <= _GENITIVE and nouns & _NOMINATIVE):
        return None  # names keep their form in the genitive: "des Eiger", "des Lhotse"
    # repairs: the noun stays; the determiner keeps a case it can have, adjectives follow
    cases = {c[1] for c in det_cells} if det is not None else {"N"}
    options = inflect(det, adjectives, noun, frozenset(c for c in nouns if c[1] in cases))
    options.discard((det, *adjectives, noun))
    if det is None:
        what = "the adjective ending does not fit the noun"
    elif det_cells & nouns:
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
        det, adjs, noun, following = match.group("det", "adjs", "noun", "next")
        adjectives = tuple(adjs.split())
        problem = phrase_problem(det, adjectives, noun)
        if problem is None:
            continue  # most phrases: one cached look-up
        after = text[match.end("noun"):match.end("noun") + 1]
        if text[match.start() - 1:match.start()] == "/" or after in ("/", "("):
            continue  # alternatives: "der/des Verzeichnisse(s)", "des/der Moduls/Module"
        if det.casefold() in _RELATIVE and _relative_position(text[:match.start()], text[match.end("noun"):]):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue  # a pronoun inside a phrase: "des ihr zugewiesenen Raumes"
        if following and (noun.endswith(ADJECTIVE_ENDINGS) or phrase_problem(det, adjectives, following[1:]) is None
                          and noun_readings(following[1:]) or english(noun) and english(following[1:])):
            continue  # "das Schwarze Loch", "den Proton Studios", "das Hypertext Transfer Protocol": a name
        if det.casefold() == "am" and adjectives and adjectives[0].endswith("sten"):
            continue  # a superlative: "die am häufigsten verwendete Methode"
        yield Finding(match.start(), match.end("noun"), *problem)
    for match in _PREDICATE.finditer(text):
        if match.group("next"):
            continue  # "ist neue Zürcher Zeitung": a name
        problem = phrase_problem(None, tuple(match.group("adjs").split()), match.group("noun"))
        if problem is not None:
            yield Finding(match.start("adjs"), match.end("noun"), *problem)
