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
- Before "was" opening a relative clause after "alles", "das", "etwas", "nichts", "vieles"
  and their kin: "für das was wir sehen werden" -> "für das, was". Not before "was anderes"
  or a capitalised word ("das ist was Neues": "was" for "etwas"), and only when a lowercase
  word follows, as a relative clause's subject or article does.
The flagged span is the gap and the word (for "was", the word before it too); the fix puts the
comma in.

No comma stands between what opens a main clause and its finite verb, however the English
source punctuates ("Fortunately, we are …" → "Glücklicherweise sind wir …"). Flagged at the
start of a sentence: one to four words, then a comma and a finite verb (an auxiliary or modal,
or a lowercase verb form) followed by a word. The opening words are an adverb or a
prepositional phrase: they start with a word the dictionary knows in lowercase or with a
preposition, and none of them is a verb, a participle ("Ehrlich gesagt, …", where the comma
may stand), a conjunction (a clause of its own: "Wenn …, ist …") or "zu". Left alone: answer
particles and interjections ("Ja, ist das so?", "Bitte, nehmen Sie Platz"), vocatives ("Herr
Müller, kommen Sie"), an inserted clause ("Heute, sagt er, ist …"), and an opening word
followed by a main clause with its own subject ("Nun, das ist …"). The flag covers the
opening words and the comma; the fix drops the comma.

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
from .fragments import CONJUNCTIONS as CLAUSE_OPENERS, FINITE, looks_like_verb
from .registry import Finding, check

SUBORDINATE_COMMA = "typography.subordinate-comma"
FRONTED_COMMA = "fluency.fronted-comma"

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
#: "was" opening a relative clause after a pronoun: "für das was wir sehen" -> "für das, was"
_WAS = re.compile(r"(?<![\w-])(?P<previous>[Aa]lles|[Dd]as|[Ee]twas|[Nn]ichts|[Vv]ieles|[Mm]anches|[Ee]iniges"
                  r"|[Ww]eniges|dasjenige|dasselbe)(?P<gap> )(?P<word>was)(?= [a-zäöüß])(?! ander)")
_PREVIOUS = re.compile(r"([^\W\d_]+)$")
_OPENING = "„\"“»‚"
_CLOSING = "“\"”«‘"
_QUOTED = re.compile(rf"(?<=[^\W\d_]), ?[{_OPENING}][A-ZÄÖÜ][^{_CLOSING}]*?[.!?][{_CLOSING}]")
_QUOTES = frozenset(_OPENING + _CLOSING)


#: a comma after these is right: answer particles, interjections, discourse markers, questions
_PARTICLES = frozenset("""
ja nein doch nun also na oh ach ah tja gut okay ok bitte danke hallo klar stimmt genau richtig
sicher natürlich gewiss schade prima toll super sprich warum wieso weshalb wann wo wie
""".split())
_PREPOSITIONS = frozenset("""
in im ins an am ans auf aus bei beim mit nach vor vom von während wegen trotz seit für über unter
zum zur durch gegen ohne hinter neben zwischen laut gemäß dank angesichts aufgrund infolge
""".split())
_OBJECT_PRONOUNS = frozenset("mir dir ihm ihr uns euch ihnen sich mich dich ihn".split())
#: what follows the finite verb of a main clause: its subject, or the article of one
_SUBJECT = (r"(?:ich|du|er|sie|es|wir|ihr|man|Sie|sich|der|die|das|den|dem|des|ein|eine|einen|einem|"
            r"einer|eines|(?:kein|dies|jed|unser|mein|dein|sein|ihr|euer|all)(?:e[mnrs]?)?)")
_FRONTED = re.compile(rf"(?:^|(?<=[.!?] ))(?P<front>[A-ZÄÖÜ][\w-]*(?: [\w-]+){{0,3}})(?P<comma>,) (?P<verb>[a-zäöüß]+) {_SUBJECT}\b"
                      r"(?!(?: [\w-]+)?,)")  # "Heute, sagt er, ist …": an inserted clause


def _fronted(words: list[str]) -> bool:
    """An adverb, or a prepositional phrase, that opens a main clause (no clause of its own,
    no subject: "Diese Initiative, angeführt von …" opens an insertion)."""
    first = words[0].lower()
    if len(words) == 1:
        adverb = first not in _PARTICLES and german(first) and not re.fullmatch(_SUBJECT, first)
        return adverb and not looks_like_verb(words[0], True)
    if first not in _PREPOSITIONS or not (words[-1][0].isupper() or words[-1] in _OBJECT_PRONOUNS):
        return False  # a preposition's phrase ends in its noun ("In den weiten, unerforschten …")
    return not any(
        w.lower() in CLAUSE_OPENERS or w.lower() == "zu" or looks_like_verb(w, False) for w in words[1:])


def _finite(verb: str) -> bool:
    """A finite verb form, not a participle ("angeführt", "gesagt")."""
    return verb in FINITE or (looks_like_verb(verb, False) and not verb.startswith("ge"))


def _noun(word: str) -> bool:
    """A capitalised word that the dictionary knows only capitalised: a noun, not "Sie"."""
    return word[0].isupper() and word not in ("Sie", "Ihr", "Ihnen", "Ihre") \
        and german(word) and not german(word.lower())


@check(SUBORDINATE_COMMA, Category.FLUENCY, Severity.MINOR,
       "missing comma before a subordinate clause (dass, weil, ob, nachdem; welche/dessen after a noun; "
       "was after alles/das/etwas)")
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
    if "was " in text:
        for match in _WAS.finditer(text):
            previous = match.group("previous")
            yield Finding(match.start(), match.end(), f"a comma comes before a relative clause: “{previous}, was”",
                          f"{previous}, was")


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


@check(FRONTED_COMMA, Category.FLUENCY, Severity.MINOR,
       "a comma between the words that open a main clause and its verb (\"Glücklicherweise, sind wir\")")
def fronted_comma(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    if "," not in segment.text:
        return
    for match in _FRONTED.finditer(segment.text):
        verb, front = match.group("verb"), match.group("front")
        if _finite(verb) and _fronted(front.split()):
            yield Finding(match.start("front"), match.end("comma"),
                          f"no comma between “{front}” and the verb “{verb}” of its clause", front)
