"""An adjective written with a capital where no noun follows: "von einem entfernten Hypothetisch".

A capitalised word after a determiner (and any adjectives) that the noun lexicon does not know
but whose lowercase form is an uninflected German word ("hypothetisch") stands where the noun
of the phrase should be: a mistranslated noun or a wrong capital. Nominalised adjectives take
an ending ("das Gute", "im Allgemeinen") or are nouns of the lexicon ("das Blau", "ein
Muss"), infinitives are nouns too ("mit dem Zusammendrücken"), and a capitalised word before another is part of a name ("die Neue Zürcher
Zeitung"); neither is flagged. There is no certain fix: the noun is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lemmas import form_lookup, lemma
from ..model import Category, Segment, Severity
from ..morphology.nouns import readings
from .context import CheckContext
from .registry import Finding, check

_DETERMINER = re.compile(
    r"(?<![\w-])(?:[dD](?:er|ie|as|en|em|es)|(?:[eE]|[kK])in(?:e|er|em|en|es)?) (?:[a-zäöüß]\w*(?:e|en|em|er|es) )*"
    r"(?P<word>[A-ZÄÖÜ][a-zäöüß]+)(?P<after>[ \w]?)")


@check("fluency.capitalised-adjective", Category.FLUENCY, Severity.MINOR,
       "a capitalised adjective where the phrase's noun should stand (\"einem entfernten Hypothetisch\")")
def capitalised_adjective(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    for match in _DETERMINER.finditer(text):
        word = match.group("word")
        following = text[match.end("word"):match.end("word") + 2]
        if following[:1] == " " and following[1:2].isupper() or following[:1] == "-":
            continue
        lower = word.lower()
        known = form_lookup("de")
        if lower.endswith(("en", "eln", "ern")):
            continue  # a nominalised infinitive: "mit dem Zusammendrücken"
        if readings(word) or known(word) or not known(lower) or lemma(lower) != lower:
            continue
        yield Finding(match.start("word"), match.end("word"),
                      f"capitalised adjective with no noun: “{word}” — a noun is missing, or write “{lower}”")
