"""The case a preposition governs: "mit die Partner", "für dem Kunden", "zu Windsurfs geistiges
Eigentum" (→ "geistigem Eigentum").

The object is a determiner (or a name in the genitive, "Windsurfs", which leaves the adjectives
strong), any adjectives and a noun, read with ``_phrases``; it is flagged when the phrase agrees
in itself but fills no cell in a case the preposition allows: the dative after mit, nach, bei,
von, zu, aus, gegenüber; the accusative after für, durch, gegen, ohne, um; either after in,
an, auf, über, unter, vor, hinter, neben, zwischen (so only a nominative or genitive object is
wrong there, whatever the verb); the genitive or the dative, which usage accepts, after
wegen, trotz, innerhalb, außerhalb, aufgrund, anhand. The fix is offered when one repair in the
same gender and number fits and the noun itself is not what may be wrong ("mit den Partner":
"dem Partner" or "den Partnern"?).

Left alone, so that correct text stays clean: *um* before "zu" and an infinitive in the same
clause ("um bestimmten Kategorien eigene Stufen zuzuordnen"), a noun joined on with a Unicode
hyphen ("von der effektiven Gruppen‐ID"), *seit* and *während*, which are also
conjunctions ("seit die Firma besteht"); a bare noun ("mit Partner und Kind"); adjectives
alone after *zu*, which is also "too" ("zu hohe Kosten"); a fused preposition after another ("um zum
Normalmodus", its "zurückzukehren" on the next line); a preposition right after a comma
or dash followed by a d-word (a relative clause: "…, mit der Kunden arbeiten"); *nach*,
*wegen* and *gegenüber* after a noun, where they may follow their object ("meiner Meinung
nach"); "nach wie vor", "von wo aus"; a superlative after *mit*, which may mean "among" ("mit der
wichtigste Punkt"); and a genitive before the noun it belongs to ("mit des Kaisers neuen
Kleidern").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Category, Segment, Severity
from ._phrases import DETERMINER, ending, inflect, is_adjective, modifier_cells, noun_readings, phrase_cells
from .context import CheckContext
from .registry import Finding, check

_GOVERNS = {
    **dict.fromkeys(("mit", "nach", "bei", "von", "zu", "aus", "gegenüber"), "D"),
    **dict.fromkeys(("für", "durch", "gegen", "ohne", "um"), "A"),
    **dict.fromkeys(("in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen"), "DA"),
    **dict.fromkeys(("wegen", "trotz", "innerhalb", "außerhalb", "aufgrund", "anhand"), "GD"),
}
_CASE_NAMES = {"N": "nominative", "G": "genitive", "D": "dative", "A": "accusative"}
_POSTPOSITIONS = frozenset({"nach", "wegen", "gegenüber"})
_ADVERBS = (" wo", " dort", " hier", " da")  # "von wo aus das Tier kam"
_D_WORDS = frozenset({"der", "die", "das", "den", "dem", "des"})
#: a preposition fused with its article: after another preposition it opens a phrase of its own
#: ("um zum Normalmodus zurückzukehren", the infinitive on the next line)
_CONTRACTIONS = frozenset({"im", "am", "zum", "zur", "beim", "vom", "ins"})
_PREPOSITION = "|".join(sorted(_GOVERNS, key=len, reverse=True))
_OBJECT = re.compile(
    rf"(?<![\w-])(?P<prep>{_PREPOSITION}|{_PREPOSITION.title()}) "
    rf"(?:(?P<det>{DETERMINER}) |(?P<owner>[A-ZÄÖÜ][\w-]*[a-zäöü]s) )?"
    r"(?P<adjs>(?:[a-zäöüß][\w-]*(?:e|en|em|er|es) )*)"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w‐‑-])(?P<next> [\wäöüÄÖÜß][\w-]*)?")
#: "um" opening an infinitive clause ("um bestimmten Kategorien Stufen zuzuordnen"), not a preposition
_INFINITIVE_AFTER = re.compile(r"[^,;:.!?]*?(?:\bzu [a-zäöüß]\w*(?:en|ern|eln)\b|\w+zu\w*(?:en|ern|eln)\b)")


def _owner(word: str) -> bool:
    """A name in the genitive ("Windsurfs", "Microsofts"), not a plural noun ("Autos")."""
    return all(cell[1] == "G" for cell in noun_readings(word))


@lru_cache(maxsize=65_536)
def case_problem(prep: str, det: str | None, adjectives: tuple[str, ...], noun: str) -> tuple[str, str | None] | None:
    """A message and the certain fix when the phrase cannot be in a case ``prep`` allows."""
    allowed = _GOVERNS[prep.lower()]
    if not all(is_adjective(a) for a in adjectives):
        return None
    if prep.lower() == "mit" and any(a[: len(a) - len(ending(a))].endswith(("st", "ßt")) for a in adjectives):
        return None  # "mit der wichtigste Punkt": mit as "among"
    cells = phrase_cells(det, adjectives, noun)
    if not cells or any(cell[1] in allowed for cell in cells):
        return None
    targets = frozenset(cell[0] + case + cell[2] for cell in cells for case in allowed)
    options = inflect(det, adjectives, noun, targets)
    numbers = {cell[0] for cell in noun_readings(noun)}
    if any(cell[1] in allowed and cell[0] in numbers for cell in modifier_cells(det, adjectives)):
        options = set()  # the noun may be the wrong word form: "mit den Partner"
    phrase = " ".join(w for w in (det, *adjectives, noun) if w)
    cases = " or ".join(_CASE_NAMES[c] for c in allowed)
    found = " or ".join(_CASE_NAMES[c] for c in sorted({cell[1] for cell in cells}, key="NGDA".index))
    return (f"case after a preposition: “{prep}” takes the {cases}; “{phrase}” is {found}",
            " ".join(next(iter(options))) if len(options) == 1 else None)


@check("fluency.preposition-case", Category.FLUENCY, Severity.MINOR,
       "a preposition's object in a case it does not govern (\"mit die Partner\", \"zu Windsurfs geistiges Eigentum\")")
def preposition_case(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    for match in _OBJECT.finditer(text):
        prep, det, owner = match.group("prep"), match.group("det"), match.group("owner")
        adjectives, noun, following = tuple(match.group("adjs").split()), match.group("noun"), match.group("next")
        before = text[:match.start()].rstrip()
        if owner is not None and not _owner(owner):
            continue
        if det is None and owner is None and (not adjectives or prep.lower() == "zu"):
            continue  # "mit Partner und Kind", "zu hohe Kosten"
        if det is not None and det.casefold() in _CONTRACTIONS:
            continue
        if det is not None and det.casefold() in _D_WORDS and before.endswith((",", "–", "—", "(", ";")):
            continue  # a relative clause: "…, mit der Kunden arbeiten"
        if (prep.lower() in _POSTPOSITIONS and before.split(" ")[-1][:1].isupper() or before.endswith("nach wie")
                or prep == "aus" and before.endswith(_ADVERBS)):
            continue  # "meiner Meinung nach", "nach wie vor", "von wo aus"
        if prep.lower() == "um" and _INFINITIVE_AFTER.match(text, match.end("noun")):
            continue  # "um … zu" + infinitive: the phrase is the infinitive's object
        problem = case_problem(prep, det, adjectives, noun)
        if problem is None:
            continue
        if following and (following[1:2].isupper() and noun_readings(following[1:])
                          or all(cell[1] == "G" for cell in phrase_cells(det, adjectives, noun))):
            continue  # part of a longer phrase or a genitive before its noun: "mit des Kaisers neuen Kleidern"
        message, fix = problem
        yield Finding(match.start("det") if det else match.start("adjs"), match.end("noun"), message, fix)
