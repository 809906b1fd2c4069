"""English *it* rendered as German *es* for a thing German makes masculine or feminine: "Now
our Sun will not collapse to a black hole. It's actually not massive enough." → "Jetzt wird
unsere Sonne nicht … kollabieren. Es ist eigentlich nicht massiv genug." (die Sonne → *sie*).
English has one pronoun for all things; German takes the gender of the noun it stands for.

Flagged, with an English source that has a personal *it* (not "it is … that/to", "it seems",
"it takes"): *es* heading a clause ("Es kann sich nicht …", "…, es beginnt zu rollen", "dass
es …") when every singular noun phrase that could be its antecedent, in the sentence before
the segment and in the segment before the *es*, is masculine or feminine. The rule says
nothing when one of them may be neuter: a neuter phrase that is not a dative only ("zu einem
Schwarzen Loch" may stay), a bare neuter noun, a name or placeholder the noun lexicon cannot
gender, an *es* before (the same thing, already neuter, unless the rule flags that one too:
"Es ist überall, es ist überall um dich herum") or a *das*/*dies*/*alles* that may stand
for a statement; nor without any noun phrase. Impersonal and anticipatory uses are left
alone: "es gibt", "es geht", "es funktioniert", a predicate noun ("Es ist eine Art …"), a
clause or infinitive the *es* stands for ("es ist klar, dass …", "es ist schwer zu sagen").
In an XLIFF file the unit before is the text before; a PO catalog's messages and a TMX's units
follow no thread, so there only the unit itself counts. The fix is *er* or *sie* when all candidates share a
gender.

Measured before it went on (``python bench/mqm_ted.py``): 65 flags on the 13 MT systems of
mqm-ted-dev, 66.2 % on a rater span; recall on grammar, spelling and punctuation 20.0 % →
29.4 %. The flags no rater marked are of the same kind ("Stellen Sie sich vor, Sie befinden
sich im Urknall. Es ist überall"). None on ``ref``, on the sample reference with its source, and
one on Debian's German UI catalogs (``bench/ui_catalogs.py``: "warum dieser Merge erforderlich
ist, insbesondere wenn es …", where *er* is right).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..morphology.declension import ADJECTIVE_ENDINGS
from ._phrases import DETERMINER, declension_of, noun_readings, phrase_cells
from .context import CheckContext, sentences_before
from .registry import Finding, check

PRONOUN_GENDER = "fluency.pronoun-gender"
#: "es" heading a clause (after a comma, a dash, "und", "dass" …), and the word after it
_SUBORDINATORS = frozenset({"dass", "wenn", "weil", "als", "ob", "obwohl", "bevor", "bis", "nachdem", "sobald",
                            "während", "da"})
_ES = re.compile(r"(?:^|[,;:–—] | - |-- |(?<![\w-])(?P<lead>[Uu]nd|[Aa]ber|[Dd]och|[Dd]enn|Nun|Jetzt|Dann|Also|"
                 + "|".join(sorted(_SUBORDINATORS)) + r") )(?P<es>[Ee]s) (?P<next>\w+)")
_IMPERSONAL = frozenset({"gibt", "gab", "gäbe", "geht", "ging", "handelt", "regnet", "sei", "heißt", "hieß",
                         "scheint", "schien", "kommt", "kam", "fehlt", "lohnt", "stimmt", "hängt", "reicht",
                         "klappt", "funktioniert", "passiert", "geschieht", "bleibt", "tut", "liegt", "dauert",
                         "freut", "wundert", "sind", "waren", "wären", "braucht"})
_COPULA = frozenset({"ist", "war", "wäre", "wird", "würde", "wurde"})
#: a predicate noun or demonstrative after the copula: "Es ist eine Art …", "es war das Ende"
_PREDICATE = re.compile(rf"(?:\w+ ){{0,2}}?(?:(?:{DETERMINER}|kein\w*) (?=\w)|(?:nichts|etwas|alles)\b)"
                        r"|(?:[a-zäöüß]+e[nmrs]? )?[A-ZÄÖÜ]")
#: what the es stands for: a clause after it ("es ist klar, dass"), or an infinitive after a
#: copula ("es ist schwer zu sagen"; not "es beginnt zu rollen")
_CLAUSAL = re.compile(r",\s*(?:dass|ob|wie|wenn|was|wer|wo|warum|weil)\b")
_INFINITIVE = re.compile(r"\bzu \w+en\b")
_ENGLISH_IT = re.compile(r"\b[Ii]t\b(?!['’]s (?:a|an|the|one|not a|time)\b)")
_ENGLISH_DUMMY = re.compile(
    r"\b[Ii]t(?:['’]s| is| was| would be| will be| might be| could be| may be)(?: \w+){0,3}? "
    r"(?:that|to|whether|how|what|when|why|if|like)\b"
    r"|\b[Ii]t (?:seems|seemed|appears|turns out|turned out|takes|took|means|depends|matters|happens|happened|"
    r"looks like|feels like|doesn['’]t matter)\b")
#: a determiner, up to three adjectives or adverbs ("ein durchschnittlich großer grönländischer",
#: "einem Schwarzen") and a noun
_PHRASE = re.compile(rf"(?<![\w-])(?!(?<=wie )ein|(?<=als )ein)(?P<det>{DETERMINER}) "
                     r"(?P<adjs>(?:[a-zäöüß][\w-]* |[A-ZÄÖÜ][\w-]*(?:e|en|em|er|es) (?=[A-ZÄÖÜ])){0,3})"
                     r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w‐‑-])")
#: a neuter pronoun: an *es* before (the same thing, already called neuter), or one that may
#: stand for a whole statement ("Das stimmt.", "dies alles"); not the demonstrative of "Das ist
#: ein Eisberg", which stands for the predicate noun
_NEUTER_PRONOUN = re.compile(r"(?<![\w-])(?:[Ee]s|[Dd]as|[Dd]ies|[Dd]ieses|[Aa]lles|[Ee]twas|[Nn]ichts)"
                             r"(?! [A-ZÄÖÜ])(?! (?:ist|war|sind|waren) (?:ein|eine|der|die|kein)\w*\b)(?![\w-])")
#: a capitalised word inside a sentence, not after a determiner: a bare noun or a name
_BARE_NOUN = re.compile(r"(?:(?<=[^\W\d] )|(?<=[^\W\d], ))(?P<noun>[A-ZÄÖÜ][\w-]*)")
_POLITE = frozenset({"Sie", "Ihr", "Ihre", "Ihnen", "Ihrer", "Ihren", "Ihrem", "Ihres", "Ich"})
#: a placeholder, or a name or keyword in capitals ("EXIT", "LIGO"), which may be neuter
_PLACEHOLDER = re.compile(r"%\w|\{\w*\}|\$\w|\b[A-ZÄÖÜ]{2,}\b")
def _neuter(cells: Iterable[str]) -> bool:
    """A neuter singular that is not a dative only (the object of "zu einem Schwarzen Loch")."""
    return any(c[0] == "n" and c[2] == "s" and c[1] != "D" for c in cells)


def _genders(text: str) -> set[str] | None:
    """The genders of the singular noun phrases in ``text``. None when an antecedent there may
    be neuter: a neuter phrase, a bare neuter noun ("von Paket »%s«"), a name or placeholder
    the lexicon cannot gender, a neuter pronoun; or when a phrase cannot be read."""
    if _NEUTER_PRONOUN.search(text) or _PLACEHOLDER.search(text):
        return None
    found: set[str] = set()
    covered: list[tuple[int, int]] = []
    for match in _PHRASE.finditer(text):
        adjectives = tuple(a.lower() for a in match["adjs"].split() if a.endswith(ADJECTIVE_ENDINGS))
        det = match["det"].lower()
        cells = phrase_cells(det, adjectives, match["noun"]) if noun_readings(match["noun"]) \
            else (declension_of(det) or (frozenset(), ""))[0]
        if not cells or _neuter(cells):
            return None
        if not any(c[0] == "n" for c in cells):  # "einem Schwarzen Loch" (also "der Loch", a lake) adds none
            found |= {c[0] for c in cells if c[2] == "s"}
        covered.append(match.span())
    for bare in _BARE_NOUN.finditer(text):
        if any(start <= bare.start() < end for start, end in covered) or bare["noun"] in _POLITE:
            continue
        readings = noun_readings(bare["noun"])
        if not readings or _neuter(readings):
            return None
    return found


def _impersonal(text: str, match: re.Match[str]) -> bool:
    """An *es* that stands for no noun: "es gibt", a predicate noun, a clause it anticipates."""
    rest = text[match.start("next"):]
    clause = re.split(r"[;:–—]|\s-{1,2}\s|, (?:und|aber|doch|denn|sondern) ", rest)[0]
    words = set(re.findall(r"\w+", clause.split(",")[0]))
    if match["next"][:1].isupper() or words & _IMPERSONAL:
        return True
    if match["next"] in _COPULA and _PREDICATE.match(rest[len(match["next"]):].lstrip()):
        return True
    if match["lead"] in _SUBORDINATORS:  # "dass es schneller wird, wenn …": the clause is its own
        return False
    return bool(_CLAUSAL.search(clause) or match["next"] in _COPULA and _INFINITIVE.search(clause))


@check(PRONOUN_GENDER, Category.FLUENCY, Severity.MAJOR,
       "“es” for an English “it” whose antecedent German makes masculine or feminine")
def pronoun_gender(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source, text = segment.source, segment.text
    if not source or not ctx.source_lang.lower().startswith("en") or not _ENGLISH_IT.search(source) \
            or _ENGLISH_DUMMY.search(source) or ("Es " not in text and "es " not in text):
        return
    previous: str | None = None
    read = text  # the text with each flagged es read as the pronoun it stands for
    for match in _ES.finditer(text):
        if _impersonal(text, match):
            continue
        if previous is None:
            previous = " ".join(sentences_before(ctx, segment))
        genders = _genders(previous + " " + read[:match.start("es")])
        if not genders:
            continue
        read = read[:match.start("es")] + "er" + read[match.end("es"):]  # "Es ist überall, es ist …": one thing
        es = match["es"]
        fix = None
        if len(genders) == 1:
            fix = {"m": "er", "f": "sie"}[genders.pop()]
            fix = fix.capitalize() if es[0].isupper() else fix
        yield Finding(match.start("es"), match.end("es"),
                      "“es” cannot stand for the masculine or feminine noun before it; German takes the "
                      "antecedent's gender (er, sie)", fix)
