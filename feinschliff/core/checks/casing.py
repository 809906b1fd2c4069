"""Capitalisation that German never uses, tuned for precision over recall.

``fluency.casing``:
- A complete sentence (at least four words, final punctuation) that starts with a lowercase
  word: "im Zentrum des Konflikts ist …" -> "Im". Words with an inner capital ("iPhone",
  "xAI", "eBay") are names and stay as they are. Left alone: a line that goes on from a line
  with no sentence end or ending in an ellipsis (a hard line break), and a segment that goes on
  from a comma, semicolon, colon or dash before it (one sentence per line: "…aufgegeben ;" then
  "der neue amtliche Wert …") or from a line of six words or more that ends in a word, or one
  ending in a function word (a hard-wrapped paragraph; a shorter one is a heading: "… wurde.
  Die Zukunft"), or from a term line of a manual that the next line describes
  ("--ignore-check" then "verifiziert die Prüfsumme nicht."; an option, a lowercase word, an
  identifier); a first word that is no German word even capitalised (a command: "xzless ist
  ein Filter"); a segment whose source starts in lowercase too (it continues the sentence before, or is a command or a message in
  lowercase style: "realloc: underflow detected" → "realloc: Underflow erkannt"); a word the
  source has as it stands (an identifier: "mmap konnte nicht synchronisiert werden"); and a
  first word quoted on its own (a literal: "„cherry-pick“ ist …"). On the 79,477 units of
  Debian's German UI catalogs: 11 flags, 8 of them real ("unerwartete Prüfsumme"), against 647
  before these exceptions.
- A preposition capitalised in the middle of a sentence, right after a lowercase letter:
  "in einem Interview Mit Deutschlands Handelsblatt" -> "mit". Not after an article ("das
  Für und Wider"), not inside quotation marks (titles), not in hyphenated compounds.

``fluency.polite-pronoun``: the polite "Sie" where the English source says "they" or "she":
"Aber sie sind nicht eingefroren; Sie verschmelzen tatsächlich." ("they're actually merging") →
"sie". A capital Sie, Ihnen, Ihr … after a comma, semicolon or dash, or a conjunction such as
"und", "dass", "weil", is flagged when the segment's English source has a third-person pronoun
and no "you" or "your": nobody is addressed. Sentence-initial "Sie" says nothing, nor does
"Sie" after a colon, which may open a sentence of its own ("wie sich ihre Beziehung wandelt:
Sie müssen …", the sample reference); an imperative ("Stellen Sie sich vor") follows its verb,
not a boundary. Measured on mqm-ted-dev: 1 flag on the 13 MT systems, on a rater-marked
spelling error; none on ``ref``, the sample MT or its reference.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from ..align.words import FUNCTION_WORDS
from ..model import Category, Segment, Severity
from ..spelling.dictionary import german
from ._quotes import find_quotes
from .context import COMPLETE, CheckContext, definition_list, ends_in_short_line, ends_in_term_line, stands_in
from .registry import Finding, check

CASING = "fluency.casing"

_FIRST_WORD = re.compile(r"[\s\"„“”'‚‘»«(\[]*(?P<word>\w+)")
_PREPOSITIONS = "Mit|Von|Für|Bei|Nach|Über|Unter|Zwischen|Durch|Gegen|Ohne|Seit|Vom|Beim|Im"
_CAPITAL_PREPOSITION = re.compile(rf" (?P<word>{_PREPOSITIONS})(?= \w)")
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
_PREVIOUS_WORD = re.compile(r"(\w+) $")
ARTICLES = frozenset("der die das dem den des ein eine einer einem einen eines".split())
_GUILLEMETS = "»«"
_QUOTE_MARKS = "\"'„“”‚‘’»«"
_QUOTED_WORD = re.compile(r"[\w-]*[\"'„“”‚‘’»«]")  # the rest of a word, then its closing quote
_LINE = re.compile(r"[^\n]+")
#: after a line's first word: a manual's reference, a label, a column gap, a command's next part
#: or its option ("man -k [apropos Optionen] …")
_TERM_AFTER = re.compile(r"\(\d|:\s|\s{2,}|-[a-zäöü]|\s-{1,2}\w")
_LOOK_BACK = 200
MIN_WRAPPED_WORDS = 6
_LAST_SENTENCE = re.compile(r"[.!?…:;][\"“”»«)\]]*\s|\n\s*\n")
_AFTER_BOUNDARY = re.compile(
    r"(?:[,;–—] |(?<![\w-])(?:und|aber|denn|weil|dass|wenn|als|ob|sondern|oder|da|damit|obwohl|während|bis"
    r"|sobald) )"
    r"(?P<word>Sie|Ihnen|Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres)(?![\w-])")
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|yourselves|y'all)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:they|them|their|theirs|themselves|she|her|hers|herself)\b", re.I)


class _QuoteDepth:
    """Answers "is this position inside quotation marks?" for one text, quotes found once."""

    def __init__(self, text: str):
        self.depths: list[tuple[int, int]] = []  # (position of a quote, depth after it)
        depth = 0
        for quote in find_quotes(text):
            depth += 1 if quote.opening else -1
            self.depths.append((quote.position, depth))
        self.first_guillemet = min((i for i in (text.find(g) for g in _GUILLEMETS) if i >= 0), default=-1)
        self.last_guillemet = max(text.rfind(g) for g in _GUILLEMETS)

    def inside(self, position: int) -> bool:
        index = bisect_left(self.depths, (position, -1)) - 1
        if index >= 0 and self.depths[index][1] > 0:
            return True
        return 0 <= self.first_guillemet < position < self.last_guillemet


def _lowercase_start(text: str) -> Finding | None:
    match = _FIRST_WORD.match(text)
    if match is None:
        return None
    word = match.group("word")
    if not word[0].islower() or not word.isalpha() or word != word.lower() or len(word) < 2:
        return None
    start = match.start("word")
    if start and text[start - 1] in _QUOTE_MARKS and _QUOTED_WORD.match(text, match.end("word")):
        return None  # a quoted literal: "„cherry-pick“ ist …", "»apt-key« konnte …"
    if len(text.split()) < 4 or not COMPLETE.search(text):
        return None
    if _TERM_AFTER.match(text, match.end("word")):
        return None  # a term a manual describes: "kill(1), pkill(1)", "all: Schaltet …", "file   Diese Zeile"
    fixed = word[0].upper() + word[1:]
    if not german(word) and not german(fixed):
        return None  # a command or an identifier in lowercase: "xzless ist ein Filter …"
    return Finding(match.start("word"), match.end("word"),
                   f"a German sentence starts with a capital letter: {fixed}", fixed)


def _text_before(document: str, start: int, definitions: bool = False) -> str:
    """The end of the document's text before the segment when it continues a sentence there,
    else "": text ending in a comma, semicolon, colon or dash ("… jetzt aufgegeben ;" then "der
    neue amtliche Wert ist 8481 m."), or a line of ``MIN_WRAPPED_WORDS`` words or more since the
    last sentence end that ends in a word, or any that ends in a function word (a hard-wrapped
    paragraph: "… in der unten" then "stehenden Zeile, …"; "Wir werden sie in" then "der
    nächsten Lektion benutzen."). A few words after a sentence end are a heading run into the
    paragraph ("… entwickelt wurde. Die Zukunft" then "im Zentrum des Konflikts …"), and the
    ">" of an XLIFF tag or the quote of a PO string is no text. A term line goes on too, and
    so, in a definition list (``definitions``), does a short line. On the 197 German manual
    pages of a Debian system: 1,193 flags before the term lines and the commands, 106 after,
    25 after the definition lists and the terms ``_TERM_AFTER`` marks; Debian's catalogs, the
    MT systems and the sample are unchanged."""
    before = document[max(0, start - _LOOK_BACK):start].rstrip()
    if before[-1:] in ",;:–—-" or ends_in_term_line(before, start <= _LOOK_BACK):
        return before
    if definitions and ends_in_short_line(before, start <= _LOOK_BACK):
        return before
    if not before[-1:].isalnum():
        return ""
    tail = _LAST_SENTENCE.split(before)[-1].split()
    return before if len(tail) >= MIN_WRAPPED_WORDS or tail and tail[-1] in FUNCTION_WORDS else ""


@check(CASING, Category.FLUENCY, Severity.MINOR,
       "sentence starting in lowercase, or a preposition capitalised mid-sentence")
def casing(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    source_start = _FIRST_WORD.match(segment.source) if segment.source else None
    lowercase_source = source_start is not None and source_start.group("word")[:1].islower()
    previous = ("" if segment.unit is not None  # units stand alone
                else _text_before(ctx.document, segment.start, definition_list(ctx, lowercase=True)))
    for line in _LINE.finditer(text):
        finding = None if lowercase_source else _lowercase_start(line.group())
        if (finding and (not previous or COMPLETE.search(previous) and not previous.rstrip().endswith(("...", "…")))
                and not stands_in(segment.source, line.group()[finding.start:finding.end])):  # "mmap"
            yield Finding(line.start() + finding.start, line.start() + finding.end, finding.message,
                          finding.suggestion)
        previous = line.group()
    quotes: _QuoteDepth | None = None
    for match in _CAPITAL_PREPOSITION.finditer(text):
        if match.start() == 0 or text[match.start() - 1] not in _LOWER_LETTERS:
            continue
        previous = _PREVIOUS_WORD.search(text, max(0, match.start() - 20), match.start("word"))
        if previous and previous.group(1).lower() in ARTICLES:
            continue
        quotes = quotes or _QuoteDepth(text)
        if quotes.inside(match.start("word")):
            continue
        word = match.group("word")
        yield Finding(match.start("word"), match.end(),
                      f"“{word}” is a preposition: lowercase in the middle of a sentence", word.lower())


@check("fluency.polite-pronoun", Category.FLUENCY, Severity.MINOR,
       "the polite \"Sie\" mid-sentence where the English source says \"they\" or \"she\" and addresses nobody")
def polite_pronoun(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source = segment.source
    if (not source or not ctx.target_lang.lower().startswith("de") or not ctx.source_lang.lower().startswith("en")
            or _ADDRESSED.search(source) or not _THIRD_PERSON.search(source)):
        return
    for match in _AFTER_BOUNDARY.finditer(segment.text):
        word = match.group("word")
        yield Finding(match.start("word"), match.end("word"),
                      f"“{word}” is the polite address, but the source addresses nobody: {word.lower()}",
                      word.lower())
