"""Commas: the one German requires before a subordinate clause, flagged only where it is
certain, and the one that stands where direct speech needs a colon.

- Before the conjunctions "dass", "weil", "obwohl", "obgleich", "nachdem" and "ob" when a
  word of the main clause stands right before them: "Er sagte dass" -> "Er sagte, dass".
  Not where the conjunction is part of a longer one or bound to the word before it ("so dass",
  "als ob", "ohne dass", "je nachdem", "nur weil", "auch wenn" …) or follows a coordinating
  conjunction ("und dass", "oder ob"), which the comma then precedes, if any.
- Before the relative pronouns "welcher/welche/welches/welchem/welchen", "dessen" and
  "deren" right after a noun: "das Modell welches" -> "das Modell, welches". The noun is a
  capitalised word the dictionary knows only capitalised, so "Haben Sie welche?" (a pronoun)
  and the articles "der/die/das", which cannot be told from relative pronouns without a
  parse, are left alone, and so is a demonstrative before its own clause ("die Lautstärke
  dessen, was …").
The flagged span is the gap and the word; the fix puts the comma in.

Direct speech after its introducing clause takes a colon: "…, unverblümt zusammengefasst,
„Geld zu geben … aus dem Weg zu bleiben.“" → "zusammengefasst: „Geld …“". Flagged: a comma
right before an opening quotation mark whose quotation is a sentence of its own, beginning
with a capital and ending with its own full stop, question or exclamation mark inside the
closing mark. Left alone: a quotation resumed after an inserted "sagte er" ("„Ja“, sagte er,
„das stimmt.“": a quotation mark earlier in the sentence), and quoted words in a list, which
end without a full stop of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..spelling.dictionary import german
from .context import CheckContext
from .registry import Finding, check

SUBORDINATE_COMMA = "typography.subordinate-comma"

CONJUNCTIONS = ("dass", "weil", "obwohl", "obgleich", "nachdem", "ob")
RELATIVES = ("welcher", "welche", "welches", "welchem", "welchen", "dessen", "deren")
#: words that form one unit with the conjunction after them, or coordinate it
BOUND = frozenset("""
so als ohne anstatt statt außer kaum bis auf nicht nur gerade auch eben selbst schon erst kurz
gleich lange bald einfach vor allem besonders insbesondere zumal umso desto je egal und oder sowie
bzw beziehungsweise aber doch jedoch sondern denn weder noch wie sowohl entweder also halt bloß
vielleicht wohl etwa teils mehr weniger sogar allein lediglich ausgerechnet
""".split())
_GAP = re.compile(rf"(?<=[^\W\d_])(?P<gap> )(?P<word>{'|'.join(CONJUNCTIONS + RELATIVES)})\b(?!\s*,)")
_PREVIOUS = re.compile(r"([^\W\d_]+)$")
_OPENING = "„\"“»‚"
_CLOSING = "“\"”«‘"
_QUOTED = re.compile(rf"(?<=[^\W\d_]), ?[{_OPENING}][A-ZÄÖÜ][^{_CLOSING}]*?[.!?][{_CLOSING}]")
_QUOTES = frozenset(_OPENING + _CLOSING)


def _noun(word: str) -> bool:
    """A capitalised word that the dictionary knows only capitalised: a noun, not "Sie"."""
    return word[0].isupper() and word not in ("Sie", "Ihr", "Ihnen", "Ihre") \
        and german(word) and not german(word.lower())


@check(SUBORDINATE_COMMA, Category.FLUENCY, Severity.MINOR,
       "missing comma before a subordinate clause (dass, weil, ob, nachdem; welche/dessen after a noun)")
def subordinate_comma(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    for match in _GAP.finditer(text):
        previous = _PREVIOUS.search(text, max(0, match.start() - 40), match.start()).group(1)
        if previous.lower() in BOUND:
            continue
        if match.start() - len(previous) == 0 or text[match.start() - len(previous) - 1] in "\n":
            continue  # the first word of the text: no main clause before
        word = match.group("word")
        if word in RELATIVES and not _noun(previous):
            continue
        kind = "a relative clause" if word in RELATIVES else "a subordinate clause"
        yield Finding(match.start("gap"), match.end("word"),
                      f"a comma comes before {kind}: “{previous}, {word}”", f", {word}")


@check("fluency.speech-colon", Category.FLUENCY, Severity.MINOR,
       "direct speech introduced with a comma instead of a colon (\"zusammengefasst, „Geld zu geben …“\")")
def speech_colon(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    if "," not in text:
        return
    for match in _QUOTED.finditer(text):
        sentence = re.split(r"(?<=[.!?])\s", text[:match.start()])[-1]
        if _QUOTES & set(sentence):
            continue  # a quotation resumed after "sagte er"
        yield Finding(match.start(), match.start() + 1, "direct speech is introduced by a colon",
                      ":")
