"""A sentence with no verb of its own inside running text: "Am Mittag, die Sonne hinter einer
Maske von dicken Wolken verschwunden." (machine-translated Text+Berg prose).

A sentence is flagged when it has at least five words, ends with a full stop, question or
exclamation mark, and its main clause (the words outside clauses opened by a comma and a
subordinating conjunction, or by a relative pronoun after a noun) holds no word that could be a
verb: an auxiliary or modal, or a lowercase word (the first word in any case) that simplemma
lemmatises to an infinitive, whose stem with "-en" is a known word ("illustriert", "mache"), or
that ends like a verb and the dictionary lacks. Participles and infinitives count as verbs too,
so "Das Ergebnis wird bestimmen" (a finite verb, a missing object) is no fragment
(``unfinished`` flags it, at the end of its paragraph). Left alone: a sentence on a line of its
own (a heading, a caption, a UI string such as "Ein langer Text, der umgebrochen wird.", a line
of a line-parallel file), sentences with an ellipsis (words left out on purpose) or brackets,
lists ending in "usw.", and runs of names or numbers, which captions and reference lines are
made of.

Also left alone: the first sentence of a unit of a bilingual file, which labels what follows
("Nicht genug Speicher, um das Bild zu laden. Versuchen Sie …", "Die vertikale Position des
Kindes in der verfügbaren Fläche. Bei 0.0 …"), and a period after an abbreviation the sentence
splitter knows ("am Beginn bzw. Ende").

Also left alone: a sentence left in English, and the first sentence of a line after a
manual's term line or a line ending in a colon (a description: "--build-profiles" then
"Zusätzlicher Plattenplatz, der …"). A capital after a colon may be a verb ("Warnung: Beachten
Sie …"). On the 197 German manual pages of a Debian system: 190 flags before these, 56 after.
Then 5, once these were left alone too: the first sentence after a short line in a definition
list (``context.definition_list``: "Extra-Size" then "Zusätzlicher Plattenplatz, der …"), a
label of at most three words and what it names ("Gültige Modi: adduser, …"), a predicate
without its verb that names no noun ("Nur erforderlich, wenn …", "Gleichbedeutend mit -u und
U."), and English that German would not write in lowercase ("The chsh command changes the user
login shell.").

Measured: no flag on the human text of the sample reference and of Text+Berg (its lines joined
into paragraphs of six; 10,400 words), 4 on the Text+Berg MT joined alike (8,592 words), all
real; none on the 79,477 units of Debian's German UI catalogs (30 before unit-first sentences
and abbreviations were left alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..align.words import FUNCTION_WORDS
from ..lemmas import is_known, lemma
from ..model import Category, Segment, Severity
from ..morphology.declension import determiner
from ..segment.lexicon import ABBREVIATIONS
from ..spelling.dictionary import english, german
from ._phrases import PREPOSITIONS
from .context import CheckContext, definition_list, ends_in_short_line, ends_in_term_line, labels
from .registry import Finding, check

FINITE = frozenset("""
ist sind war waren wäre wären sei seien bin bist seid wird werden wurde wurden würde würden hat haben
hatte hatten hätte hätten habe kann können konnte konnten könnte könnten muss müssen musste mussten müsste
soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte dürfte mag möchte möchten gibt gab
geht ging kommt kam steht stand liegt lag bleibt blieb heißt hieß tun tue tut tat taten weiß wusste brach
""".split())
CONJUNCTIONS = frozenset("""
dass weil ob wenn als obwohl während nachdem bevor damit sobald falls indem wie wo was wer um
""".split())
_RELATIVES = frozenset("der die das den dem denen deren dessen welche welcher welches welchem welchen".split())
_SENTENCE = re.compile(
    r"(?:^|(?<=[a-zäöüß]{3}[.!?] ))(?P<sentence>[A-ZÄÖÜ][^.!?]*[.!?])(?= [A-ZÄÖÜ„\"]|\s*$)")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_CLAUSE_MARK = re.compile(r"[,;:–—]")  # where ``_main_clause`` splits
_PARTICLES = frozenset({"nur", "auch", "nicht", "sehr", "genau", "ebenfalls", "besonders", "immer"})
_MIN_WORDS = 5
_LOOK_BACK = 200


@lru_cache(maxsize=65_536)
def looks_like_verb(word: str, first: bool) -> bool:
    """Could ``word`` be a verb form (finite, infinitive or participle)? ``first``: it opens
    the sentence, so a capital says nothing."""
    if word[:1].isupper() and not first:
        return False  # a noun
    word = word.lower()
    if word in FINITE or lemma(word).endswith(("en", "ern", "eln")):
        return True
    for ending in ("t", "te", "ten", "st", "est"):  # "illustriert" ← "illustrieren"
        if word.endswith(ending) and is_known(word[: -len(ending)] + "en"):
            return True
    if word.endswith("e") and any(is_known(f) and lemma(f) == f for f in (word + "n", word[:-1] + "n")):
        return True  # "mache" ← "machen", "nähere" ← "nähern"
    return word.endswith(("t", "te", "ten", "st", "en")) and not is_known(word)


def _main_clause(sentence: str) -> list[tuple[str, bool]]:
    """The words outside clauses opened by a comma and a conjunction, or a relative pronoun
    after a noun ("Nun, das ist …" keeps its verb), each with whether it opens the sentence or
    what follows a colon ("Warnung: Beachten Sie, dass …")."""
    words: list[tuple[str, bool]] = []
    previous: list[str] = []
    parts = re.split(r"([,;:–—])", sentence)
    for i in range(0, len(parts), 2):
        found, mark = _WORD.findall(parts[i]), parts[i - 1] if i else ""
        if i and found and (found[0].lower() in CONJUNCTIONS or mark != ":" and found[0] in _RELATIVES
                            and len(previous) > 1 and previous[-1][:1].isupper()):
            previous = found
            continue
        words += [(w, not j and mark in ("", ":")) for j, w in enumerate(found)]
        previous = found
    return words


def _english(words: list[str]) -> bool:
    """Is the sentence English, left untranslated ("Remove the password from the named group.",
    "The chsh command changes the user login shell.")? A word counts as English when German
    does not write it in lowercase ("shell", "not"; "Shell" is a German noun too)."""
    return sum(english(w) and not german(w.lower()) for w in words) * 2 > len(words)


def _elliptic(main: list[tuple[str, bool]]) -> bool:
    """Is the sentence a predicate without its verb, led by an adjective or adverb and naming no
    noun, as manuals describe options ("Nur erforderlich, wenn …", "Standardmäßig „/“, falls …",
    "Gleichbedeutend mit -p und --pid.")?"""
    words = [w for w, _ in main]
    while words and words[0].lower() in _PARTICLES:
        words = words[1:]
    first = words[0].lower() if words else ""
    return (bool(first) and german(first) and determiner(first) is None and first not in PREPOSITIONS
            and first not in FUNCTION_WORDS
            and not any(w[:1].isupper() and len(w) > 1 and not w.isupper() for w in words[1:]))  # "U", "SIGTERM"


def _abbreviation_before(text: str) -> bool:
    """Does ``text`` end with an abbreviation the sentence splitter knows ("bzw.", "evtl.")?"""
    words = text.rstrip().split()
    return bool(words) and words[-1].endswith(".") and words[-1][:-1] in ABBREVIATIONS


def _own_line(segment: Segment, ctx: CheckContext, start: int, end: int) -> bool:
    """Does the sentence stand alone on its line (a heading, a caption, a UI string)?"""
    text, offset = segment.text, 0
    if ctx.document[segment.start:segment.end] == segment.text:
        text, offset = ctx.document, segment.start
    start, end = start + offset, end + offset
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else None].strip()


def _after_a_term_line(segment: Segment, ctx: CheckContext, text: str, start: int) -> bool:
    """Does the sentence open a line that follows a manual's term line, or a line ending in a
    colon ("Installed-Size:")?"""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if line_start:
        before, whole = text[:line_start], True
    else:
        before, whole = ctx.document[max(0, segment.start - _LOOK_BACK):segment.start], segment.start <= _LOOK_BACK
    return ("\n" in before and before.rstrip().endswith(":") or ends_in_term_line(before, whole)
            or definition_list(ctx, lowercase=False) and ends_in_short_line(before.rstrip(), whole))


@check("fluency.fragment", Category.FLUENCY, Severity.MINOR,
       "a sentence with no verb inside running text (\"Am Mittag, die Sonne … verschwunden.\")")
def fragment(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text.rstrip()
    for match in _SENTENCE.finditer(text):
        sentence = match.group("sentence")
        if _abbreviation_before(sentence) or _abbreviation_before(text[:match.start()]):
            continue  # "am Beginn bzw. Ende": no sentence end
        words = _WORD.findall(sentence)
        head = _CLAUSE_MARK.split(sentence, 1)[0]
        if not FINITE.isdisjoint(words) and not FINITE.isdisjoint(_WORD.findall(head)):
            continue  # most sentences: a common finite verb before the first clause could begin
        if (len(words) < _MIN_WORDS or "…" in sentence or "..." in sentence or "(" in sentence
                or sentence.endswith(("usw.", "etc.", "u. a."))):
            continue
        if sum(w[:1].isupper() for w in words) * 2 > len(words) or re.search(r"\d", sentence):
            continue  # a list of names or a reference line
        if _own_line(segment, ctx, match.start("sentence"), match.end("sentence")):
            continue
        if segment.unit is not None and not text[:match.start("sentence")].strip():
            continue  # the first sentence of a unit: a label or a description's title ("Nicht genug Speicher.")
        if _after_a_term_line(segment, ctx, text, match.start("sentence")):
            continue  # the description of an option or a field: "--build-profiles" then "Zusätzlicher Plattenplatz, der …"
        main = _main_clause(sentence)
        if (FINITE.isdisjoint(w for w, _ in main) and not any(looks_like_verb(w, opens) for w, opens in main)
                and not _english(words) and not labels(sentence) and not _elliptic(main)):
            yield Finding(match.start("sentence"), match.end("sentence"),
                          "fragment: the sentence has no verb of its own")
