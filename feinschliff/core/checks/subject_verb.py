"""Subject and finite verb agree in number: "Die Unternehmen ist" → "sind", "Microsoft haben
angekündigt" → "hat".

Read only where the subject is certain: a clause that opens with a noun phrase (determiner,
adjectives, noun, read with ``_phrases``; or a name the noun lexicon knows only in the
singular) right before an auxiliary or modal, whose number is known. The phrase is the
subject when nothing after the verb could be one (no capitalised word, pronoun, determiner
or second finite verb up to the next punctuation: "Die Bücher hat er gelesen" puts the object
first), when it can only be a nominative ("Der Vertrag haben"), or before *ist*/*war*, which
take no object ("Die Unternehmen ist"). A singular subject before *sind*/*waren* is correct
("Der Grund sind die Kosten"), and so is anything after a comma or inside a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..morphology.nouns import readings
from ._phrases import DETERMINER, is_adjective, phrase_cells
from .context import CheckContext
from .registry import Finding, check

#: singular and plural third-person forms of auxiliaries and modals
_PAIRS = (("ist", "sind"), ("war", "waren"), ("hat", "haben"), ("hatte", "hatten"), ("wird", "werden"),
          ("wurde", "wurden"), ("kann", "können"), ("konnte", "konnten"), ("muss", "müssen"),
          ("musste", "mussten"), ("soll", "sollen"), ("sollte", "sollten"), ("will", "wollen"),
          ("wollte", "wollten"), ("darf", "dürfen"), ("durfte", "durften"))
_PLURAL = dict(_PAIRS)
_SINGULAR = {plural: singular for singular, plural in _PAIRS}
_COPULA = frozenset({"ist", "war", "sind", "waren"})
_SUBJECTS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr", "man", "alle", "viele", "beide", "einige",
                       "manche", "mehrere", "wenige", "keiner", "keine", "jeder", "jede", "jedes", "niemand",
                       "jemand", "nichts", "etwas", "dies", "das", "was", "wer", "sich"})
_VERB = "|".join(sorted({*_PLURAL, *_SINGULAR}, key=len, reverse=True))
_STARTS = re.compile(r"[.!?:;] [„\"»]?")
_CLAUSE = re.compile(
    rf"(?:(?P<det>{DETERMINER}) (?P<adjs>(?:[a-zäöüß][\w-]*(?:e|en|em|er|es) )*))?"
    rf"(?P<noun>[A-ZÄÖÜ][\w-]*\w) (?P<verb>{_VERB})(?![\w-])(?P<rest>[^,;:.!?]*)")


def _other_subject(rest: str) -> bool:
    """Could something after the verb be the subject, or does a second clause begin there?"""
    return any(w[:1].isupper() or w.isdigit() or w.casefold() in _SUBJECTS or w in _PLURAL or w in _SINGULAR
               for w in re.findall(r"[\w-]+", rest))


def _number(det: str | None, adjectives: tuple[str, ...], noun: str) -> tuple[str, bool] | None:
    """``("s"|"p", nominative only)`` for a subject of one number, else None."""
    if det is None:  # a bare name, singular in the lexicon ("Microsoft")
        cells = readings(noun)
        return ("s", False) if cells and all(c[2] == "s" for c in cells) else None
    if not all(is_adjective(a) for a in adjectives):
        return None
    nominative = {c for c in phrase_cells(det, adjectives, noun) if c[1] == "N"}
    numbers = {c[2] for c in nominative}
    if len(numbers) != 1:
        return None
    return next(iter(numbers)), nominative == phrase_cells(det, adjectives, noun)


@check("fluency.subject-verb", Category.FLUENCY, Severity.MINOR,
       "subject and finite verb disagree in number (\"Die Unternehmen ist\", \"Microsoft haben angekündigt\")")
def subject_verb(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    for start in (0, *(m.end() for m in _STARTS.finditer(text))):
        match = _CLAUSE.match(text, start)
        if match is None:
            continue
        det, noun, verb, rest = match.group("det"), match.group("noun"), match.group("verb"), match.group("rest")
        adjectives = tuple((match.group("adjs") or "").split())
        if det is None and not match.group("noun")[:1].isupper():
            continue
        found = _number(det, adjectives, noun)
        if found is None:
            continue
        number, nominative_only = found
        if number == "p" and verb in _PLURAL and (verb in _COPULA or not _other_subject(rest)):
            fix = _PLURAL[verb]
        elif (number == "s" and verb in _SINGULAR and verb not in _COPULA
              and (nominative_only or not _other_subject(rest))):
            fix = _SINGULAR[verb]
        else:
            continue
        subject = text[match.start():match.end("noun")]
        yield Finding(match.start("verb"), match.end("verb"),
                      f"subject–verb agreement: “{subject}” is {'plural' if number == 'p' else 'singular'}, "
                      f"“{verb}” is not", fix)
