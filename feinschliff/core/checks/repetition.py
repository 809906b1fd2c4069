"""Repeated words ("der der", "Startup-Startup") with the doublings German grammar allows.

Grammatical doublings that are not flagged:
- a relative or demonstrative pronoun followed by the article of the next noun phrase, after
  a comma, a preposition, a conjunction or a copula: "Frauen, die die Stadt kennen", "das Auto,
  das das Rennen gewann", "die Firma, mit der der Vertrag besteht", "dass das das Beste ist",
  "Ist das das Ende?";
- subject and object pronoun: "dass sie sie gesehen hat", "als ihr ihr Geld fehlte";
- emphatic repetition separated by a comma is no doubling to begin with ("viele, viele Jahre");
- single letters, as in letter-spaced text ("W i l l k o m m e n");
- names and words that are doubled by nature ("Baden-Baden", "Bora Bora", "das Klein-Klein");
- a doubling the source has too ("Yorta Yorta", "Tawi-Tawi", "Probieren Sie »help help«");
- words in the columns of a table (three spaces or a tab between them: "-G DATEI    DATEI
  existiert"), and a placeholder in capitals beside its word ("Lesen von BYTES Bytes");
- code in manuals: a lowercase word no dictionary knows ("any-any-arm", "[gw Gw]", "hello
  hello.c") and a file name after its word ("man man.7").
Measured on the 79,477 units of Debian's German UI catalogs (human translations): 20 flags, 16
of them real slips of their translators ("wird wird", "hat hat", "in in", "Optionen die die
Ausgabe" for "Optionen, die die Ausgabe"); 134 before tables, placeholders and the source's own
doublings were left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..spelling.dictionary import german
from ._phrases import PREPOSITIONS
from .context import CheckContext
from .registry import Finding, check

REPEATED_WORD = "fluency.repeated-word"

# The second word is a lookahead so that "die die die" yields two overlapping candidates.
_DOUBLE_WORD = re.compile(
    r"\b(?<!-)(?P<word>[^\W\d_]+)(?P<gap>[ \u00a0]{1,2})(?=(?P=word)(?![\w-]))", re.IGNORECASE
)
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")
_LEADING = "([{„‚»«\"'“‘"
_TRAILING = ".,;:!?)]}“”’'»«\"…"
_PUNCTUATION = re.compile("[" + re.escape(_LEADING + _TRAILING) + "]")
_FILE_SUFFIX = re.compile(r"\.\w")
_MAX_COMPOUND_PARTS = 16  # longer hyphen chains are no compounds (and would cost quadratic time)

ARTICLE_LIKE = frozenset("der die das den dem des deren dessen".split())
PRONOUN_PAIRS = frozenset("sie ihr".split())
CONJUNCTIONS = frozenset("dass weil ob wenn als wie obwohl damit sodass nachdem bevor da wo".split())
COPULAS = frozenset(
    "ist sind war waren wäre wären sei seien wird werden wurde wurden bleibt blieb heißt hieß".split()
)
_ALLOWED_BEFORE = PREPOSITIONS | CONJUNCTIONS | COPULAS
NATURAL_DOUBLES = frozenset(
    "baden bora pago walla klein mau tam tse wau cha dum ha hi ho na la so duran bla zack".split()
)


def _grammatical(text: str, start: int, word: str) -> bool:
    lower = word.lower()
    if lower in NATURAL_DOUBLES:
        return True
    if lower in PRONOUN_PAIRS:
        return True
    if lower not in ARTICLE_LIKE:
        return False
    before = text[max(0, start - 40) : start].rstrip()
    if before[-1:] in (",", ";", ":", "–", "—", "("):
        return True
    previous = _PREVIOUS_WORD.search(before)
    return bool(previous and previous.group(1).lower() in _ALLOWED_BEFORE)


def _has_doubling(words: list[str]) -> bool:
    """Cheap test before the exact (and slower) regular expression runs."""
    return any(map(str.__eq__, words, words[1:]))


def _repeated_part(parts: list[str]) -> tuple[int, int] | None:
    """(first part, number of parts) of the first run that is repeated right after itself."""
    lower = [p.lower() for p in parts]
    for size in range(1, len(parts) // 2 + 1):
        for first in range(len(parts) - 2 * size + 1):
            run = lower[first : first + size]
            if run == lower[first + size : first + 2 * size] and all(p.isalpha() for p in run):
                return first, size
    return None


def _compound_findings(text: str) -> Iterable[Finding]:
    position = 0
    for token in text.split():
        if "-" not in token:
            continue
        position = text.find(token, position)
        core = token.lstrip(_LEADING)
        start = position + len(token) - len(core)
        position += len(token)
        parts = core.rstrip(_TRAILING).split("-")
        if len(parts) > _MAX_COMPOUND_PARTS:
            continue
        repeated = _repeated_part(parts)
        if repeated is None or parts[repeated[0]].lower() in NATURAL_DOUBLES or _code_word(parts[repeated[0]]):
            continue  # "Baden-Baden"; "any-any-arm", "hook-Hook": code
        first, size = repeated
        begin = start + sum(len(p) + 1 for p in parts[:first])
        part = "-".join(parts[first : first + size])
        yield Finding(begin, begin + 2 * len(part) + 1, f"repeated compound part “{part}”", part)


def _code_word(word: str) -> bool:
    return word[:1].islower() and not german(word)


def _code(word: str, after: str) -> bool:
    """Is the doubling code, not a slip: a lowercase word no dictionary knows ("gw Gw",
    "hello hello.c"), or a file name after its word ("man man.7")? ("CFLAGS, CXXFLAGS
    CXXFLAGS, OBJCFLAGS" is a slip.)"""
    return _code_word(word) or bool(_FILE_SUFFIX.match(after))


def _doubled_in(source: str | None, word: str) -> bool:
    """Does the source double the word too ("Yorta Yorta", "Tawi-Tawi", "help help")? Then the
    doubling is the name's or the command's, not a slip."""
    return bool(source) and re.search(rf"(?<!\w){re.escape(word)}[\s-]+{re.escape(word)}(?!\w)", source,
                                      re.IGNORECASE) is not None


@check(REPEATED_WORD, Category.FLUENCY, Severity.MINOR,
       "the same word or compound part twice in a row (German relative clauses allowed)")
def repeated_word(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    text = segment.text
    if _has_doubling(_PUNCTUATION.sub(" ", text.lower()).split()):
        for match in _DOUBLE_WORD.finditer(text):
            word = match.group("word")
            second = text[match.end():match.end() + len(word)]
            if word != second and (word.isupper() or second.isupper()) and len(word) > 1:
                continue  # a placeholder beside its word: "BYTES Bytes", "-s sig SIG"
            if len(word) == 1:
                continue  # letter-spaced text: "W i l l k o m m e n" (vim's German tutor)
            if _code(word, text[match.end() + len(word):]):
                continue
            if not _grammatical(text, match.start(), word) and not _doubled_in(segment.source, word):
                yield Finding(match.start(), match.end() + len(word), f"repeated word “{word}”", word)
    if "-" in text:
        yield from (f for f in _compound_findings(text) if not _doubled_in(segment.source, f.suggestion))
