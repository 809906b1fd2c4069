"""A relative pronoun takes the gender and number of its antecedent ("ein System, der" → "das").

The antecedent is one of the nouns of the clause before the comma (readings from
``morphology.nouns``): the pronoun must agree with at least one of them, since it may refer
past an attribute ("die Leiterin des Teams, die", "Kreaturen im Multiversum, die") or across
the verb ("als ein System definiert, das"). The pronoun's genders: der m/f, die f/pl, das n,
dem m/n, den m, dessen m/n, deren f/pl, denen pl. Left alone: a pronoun followed by a
capitalised word, or a compound with a capitalised last part ("das y-Bit"), which may be an
article; one after a demonstrative that stands for a noun ("die User-ID dessen ein, dem Sie …
senden"); one followed by a finite verb ("…, das ist klar": a demonstrative), unless the clause
is verb-final: "in einem Sektor, das Microsoft Jahrzehnte kultiviert hat" can only be a
relative clause, with no fix, as its subject leaves the pronoun's case open; and one whose
nearest capitalised word before it is unknown to the lexicon ("die Metadaten des Branches,
der": an English noun may be what it refers to), and alternatives ("…, das bzw. die"). An
antecedent may stand in quotes or end a compound in a capital ("des „-dev“-Pakets"); a
capitalised adverb that starts the sentence is none ("Allerdings nur solche, die"). The fix keeps the pronoun's nominative
reading, the commonest in relative clauses, where the antecedent has one gender. A "der" that
must be its verb-final clause's subject (nothing else there can be a singular nominative: "ein
System …, der den Menschen … wertvolle Arbeiten übertrifft") is masculine, not a feminine
dative that would agree with a "Charta" before. Measured on
the 79,477 units of Debian's German UI catalogs: 6 flags, 2 of them real ("mit der Annahme
angelegt, das höchstens" for "dass"); 14 before the last two exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..align.words import FUNCTION_WORDS
from ..model import Category, Segment, Severity
from ..morphology.declension import determiner
from ..morphology.nouns import compound_readings, readings
from ..spelling.dictionary import german
from .context import CheckContext
from .registry import Finding, check

_GENDERS = {"der": "mf", "die": "fp", "das": "n", "dem": "mn", "den": "m", "dessen": "mn", "deren": "fp",
            "denen": "p"}
_NOMINATIVE = {"m": "der", "f": "die", "n": "das", "p": "die"}
_VERB_SECOND = frozenset({"ist", "sind", "war", "waren", "wäre", "heißt", "bedeutet", "wird", "hat", "kann"})
#: finite auxiliaries and modals that close a verb-final clause ("…, das Microsoft Jahrzehnte kultiviert hat")
_CLOSING = frozenset({"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
                      "wurden", "kann", "können", "konnte", "konnten", "soll", "sollen", "sollte", "sollten", "muss",
                      "müssen", "musste", "mussten", "will", "wollen", "wollte", "wollten", "darf", "dürfen"})
_SUBORDINATORS = frozenset({"dass", "weil", "ob", "wenn", "obwohl", "während", "nachdem", "bevor", "damit",
                           "sobald", "falls", "indem", "wo", "was"})
#: words that can be a singular subject of the relative clause besides the pronoun
_SUBJECTS = frozenset("ich du er sie es man wer jemand niemand nichts etwas alles das dies dieses jeder jede jedes"
                      .split())
_SINGULAR_FINITE = frozenset({"ist", "war", "kann", "konnte", "muss", "musste", "will", "wollte", "soll", "sollte",
                              "darf", "durfte", "mag", "wird", "wurde", "hatte"})
#: demonstratives that stand for a noun and can be the antecedent themselves ("die User-ID dessen
#: ein, dem Sie … senden": "dem" refers to "dessen", not to "User-ID")
_DEMONSTRATIVES = frozenset("dessen deren derer desjenigen derjenigen demjenigen denjenigen derjenige diejenige "
                            "dasjenige diejenigen".split())
_CLAUSE = re.compile(r"(?<=[\w]), (?P<pronoun>der|die|das|dem|den|dessen|deren|denen) (?P<rest>[^,;:.!?]*)")
_WINDOW = 10
_ALTERNATIVE = re.compile(r" (?:bzw\.|oder|und|/) ?(?:der|die|das|dem|den)\b")
_QUOTES = "„“”\"'»«‚‘’()"


def _verb_final(words: list[str]) -> bool:
    """A clause that ends in a finite auxiliary after a participle or infinitive, with no finite
    verb before: verb-final, so the word after the comma introduces it and is no article
    ("…, das Microsoft Jahrzehnte kultiviert hat"; but "…, das Team wird bald verkauft werden")."""
    return (len(words) >= 3 and words[-1] in _CLOSING and words[-2][:1].islower()
            and not any(w in _CLOSING or w in _VERB_SECOND for w in words[:-1]))


def _article(rest: str) -> bool:
    """Could the pronoun be an article here? Yes before a capitalised word, also past adjectives
    ("…, die erste argentinische Expedition"), and before a finite verb ("…, das ist klar")."""
    words = rest.split()
    for word in words:
        if word[:1].isupper() or "-" in word and word.rsplit("-", 1)[-1][:1].isupper():
            return True  # a noun, also one with a lowercase first part: "das y-Bit", "die metainfo-Datei"
        if word in _VERB_SECOND and word is words[0]:
            return True
        if determiner(word) is not None or not word.endswith(("e", "en", "er", "es", "em")):
            return False
    return False


def _antecedents(before: str) -> list[str]:
    """The nouns the pronoun may refer to, nearest first: those of the words since the last
    comma or clause start (at most ``_WINDOW``), e.g. "Kreaturen im Multiversum", and before
    that when the words since the comma are a relative clause themselves ("eine Mission, die …
    vorgeschlagen wird, die …")."""
    clauses = re.split(r"[,;:.!?–—()]", before)
    clause = clauses[-1].split()
    if len(clauses) > 1 and clause and clause[0] in _GENDERS:
        clause = clauses[-2].split() + clause
    clause = clause[-_WINDOW:] if clause[:1] and clause[0] not in _GENDERS else clause
    clause = [word.strip(_QUOTES) for word in clause]
    capitalised = [w for w in reversed(clause) if _noun_like(w)]
    if capitalised and _DEMONSTRATIVES.intersection(clause[len(clause) - clause[::-1].index(capitalised[0]):]):
        return []  # a demonstrative after the nearest noun is the antecedent: "die User-ID dessen ein, dem"
    if capitalised and not compound_readings(capitalised[0]):
        return []  # the nearest may be what it refers to, a word the lexicon lacks: "Metadaten des Branches, der"
    return [w for w in capitalised if compound_readings(w)]


def _noun_like(word: str) -> bool:
    """Capitalised, or a compound with a capitalised last part ("„-dev“-Pakets"), and not a
    function word or an adverb that a sentence starts with ("Allerdings", which the lexicon
    would read as a compound of "Dings")."""
    if not (word[:1].isupper() or "-" in word and word.rsplit("-", 1)[-1][:1].isupper()):
        return False
    return word.casefold() not in FUNCTION_WORDS and not (german(word.lower()) and not readings(word))


def _inside_clause(before: str) -> bool:
    """Is the comma inside a subordinate clause that has not reached its verb ("dass wir von
    unserem Standpunkt aus, die Erde … sehen können")?"""
    return any(w in _SUBORDINATORS for w in re.split(r"[,;:.!?–—()]", before)[-1].split())


def _only_subject(words: list[str]) -> bool:
    """Must a "der" be the subject (nominative, masculine) of its verb-final clause, not a
    feminine dative? Yes when the clause ends in a singular finite verb and nothing else in it
    can be a singular nominative: "…, der den Menschen höchstens wertvolle Arbeiten übertrifft"."""
    if len(words) < 2:
        return False
    verb = words[-1]
    if not (verb in _SINGULAR_FINITE or verb[:1].islower() and verb.endswith("t") and not verb.endswith("en")):
        return False
    for word in words[:-1]:
        cells = determiner(word.lower()) if word[:1].islower() else None
        if word in _SUBJECTS or cells and any(c[1] == "N" and c[2] == "s" for c in cells[0]):
            return False
        if word[:1].isupper():
            readings = compound_readings(word)
            if not readings or any(c[1] == "N" and c[2] == "s" for c in readings):
                return False
    return True


def _genders(noun: str) -> set[str]:
    return {cell[0] for cell in compound_readings(noun)}


@check("fluency.relative-pronoun", Category.FLUENCY, Severity.MINOR,
       "relative pronoun disagrees with its antecedent in gender or number (\"ein System, der\")")
def relative_pronoun(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    for match in _CLAUSE.finditer(text):
        words = match.group("rest").split()
        if _ALTERNATIVE.match(text, match.end("pronoun")):
            continue  # alternatives: "…, das bzw. die interessierte(n) Paket(e)"
        verb_final = _verb_final(words) and words[0][:1].isupper() and not _inside_clause(text[:match.start()])
        if not verb_final and _article(match.group("rest")):
            continue
        nouns = _antecedents(text[:match.start()])
        if not nouns:
            continue
        pronoun = match.group("pronoun")
        genders_of_pronoun = "m" if pronoun == "der" and _only_subject(words) else _GENDERS[pronoun]
        if any(_genders(noun) & set(genders_of_pronoun) for noun in nouns):
            continue
        genders = _genders(nouns[0])
        fix = (_NOMINATIVE[next(iter(genders))] if len(genders) == 1 and pronoun in ("der", "die", "das")
               and not verb_final else None)  # before a subject ("…, das Microsoft … hat") its case is open
        yield Finding(match.start("pronoun"), match.end("pronoun"),
                      f"relative pronoun: “{pronoun}” does not agree with “{nouns[0]}”", fix)
