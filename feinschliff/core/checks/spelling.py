"""Non-words: a word neither the German Hunspell dictionary (compound-aware) nor anything the
document makes known accepts ("darüber hinausgefügt" -> "hinausgefügt" is not a word).

Known besides the dictionary, so a correct text stays clean:
- names and abbreviations written with inner capitals or digits ("OpenAI", "GPUs", "H100");
- English words ("Enterprise", "Cloud"), which German technical text uses as they are;
- hyphenated compounds whose every part is known ("Enterprise-Abonnements", "KI-Modelle");
- glossary terms and do-not-translate names, the words of the aligned source and reference
  sentences ("Rawalpindi", "Zylonen" for "Cylons"), capitalised words the document writes
  at least twice, and lowercase ones it writes at least twice with no dictionary word near
  (commands: "adduser", "dpkg") or three times without writing the near word too ("dict"),
  and a manual page's reference to a command ("gzip(1)");
- code: a lowercase word before a hyphen and a German noun ("xz-Version", as "pH-Wert"), the
  items of a list written without spaces ("pid,tid,comm"), a table's key before its heading
  in capitals ("pid  PID") and a package before its version ("shadow-utils 4.13");
- a capitalised compound of two known words Hunspell does not build ("Krümmungslinien");
- a capitalised word with no dictionary form one edit away is taken for a name
  ("Kekertsuatsiak"), and so is one beside such a word ("Satya Nadella"), and, where no source
  or reference sentence is aligned, one shorter than seven letters ("Hieber"); otherwise one with a
  dictionary word one edit away ("Giesel" ~ "Geisel"), or one ending in a German noun
  ("Codependenz"), is flagged;
- prefix and particle formations of known words ("vorbeischweben", see ``derivation.py``);
- English verbs inflected the German way ("committet", "gemappt", "mergen", see
  ``anglicisms.py``) and an English first part before a German noun ("Hashverfahren",
  "Stashinformationen") where no dictionary word is one edit away (Debian's catalogs
  1,634 → 1,399 flags; "hexadecimale", "Microsekunden" stay flagged); verbs in -ieren built
  on a noun ("versionierte", "unversionierten", "reindiziert") and a verb's stem first in a
  compound ("Gruppieroperationen"; catalogs 1,399 → 1,232), and a noun form the noun lexicon
  lists ("Skripte"; 1,232 → 1,194);
- a word written in lowercase whose capitalised form is a word ("zehntausende") is left to
  the capitalisation rules;
- Swiss spellings ("grossen") in a document that writes no ß (``orthography.py``).
A Swiss spelling in a text that writes ß elsewhere gets the ß spelling as its fix ("grossen" →
"großen"), a spelling from before the 1996 reform today's ("daß" → "dass").
A span the glossary rules already flag ("Azure Ai Giesel") is not flagged again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from ..model import Category, Segment, Severity
from ..morphology.nouns import readings
from ..spelling.anglicisms import anglicised_verb
from ..spelling.derivation import derived, inflected_known
from ..spelling.dictionary import encodable, english, german, rejected, suggestions
from ..spelling.orthography import reformed, swiss_standard
from ..spelling.vocabulary import Vocabulary, pieces
from .context import CheckContext
from .glossary import findings as glossary_findings
from .registry import Finding, check

SPELLING = "fluency.spelling"
_VOCABULARY, _VERDICTS, _SWISS = "spelling.vocabulary", "spelling.verdicts", "spelling.swiss"
_SETTLED = "spelling.settled"  # unknown words found correct where no sentence is aligned
# not a manual page's reference to a command ("gzip(1)", "regex(7)")
# nor an item of a list written without spaces ("pid,tid,class"), which is code
_WORD = re.compile(r"(?<![\w.@/-])(?<!\w,)[^\W\d_]+(?:[-‐‑][^\W_]+)*(?![\w@/]|[.,-]\w|['’]|\(\d)")
_ABBREVIATION = re.compile(r"[a-zäöü]{1,4}\.")  # "usw.", "bzw.", "ggf."
_HYPHEN = re.compile(r"[-‐‑]")
_BEFORE = re.compile(r"([A-ZÄÖÜ][^\W\d_]+) $")
_AFTER = re.compile(r" ([A-ZÄÖÜ][^\W\d_]+)")
_MIN_LENGTH = 3
_MIN_HEAD = 5
_MIN_ENGLISH_PART = 4
_MIN_VERB_STEM = 4
_MIN_UNNAMED = 7  # shorter capitalised unknown words are names when nothing aligned says otherwise
_NAME_LIKENESS = 60.0  # rapidfuzz ratio of a name and its spelling in the source ("Zylonen", "Cylons")


def _vocabulary(ctx: CheckContext) -> Vocabulary:
    cached = ctx.cache.get(_VOCABULARY)
    if cached is None or cached[0] is not ctx.glossary:
        cached = ctx.cache[_VOCABULARY] = (ctx.glossary, Vocabulary.build(ctx.glossary, ctx.document))
    return cached[1]


def _orthography(word: str, around: set[str], ctx: CheckContext) -> tuple[str, str] | None:
    """(fix, message) for a word of another orthography; ("", "") where it is correct (a Swiss
    spelling in a Swiss document, or a name: a capitalised word the source or reference has,
    or whose ß spelling is no noun, "Reiss"); None for a word of no other orthography."""
    standard = reformed(word)
    if standard:
        return standard, f"“{word}” is the spelling before the 1996 reform: “{standard}”"
    standard = swiss_standard(word)
    if standard is None:
        return None
    swiss = ctx.cache.get(_SWISS)
    if swiss is None:
        swiss = ctx.cache[_SWISS] = "ß" not in ctx.document  # a Swiss document writes no ß at all
    if swiss or word[0].isupper() and (word in around or not readings(standard)):
        return "", ""
    return standard, f"“{word}” is the Swiss spelling, and this text writes ß: “{standard}”"


def _name_like(word: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in word[1:])


def _part_known(part: str, around: set[str], vocabulary: Vocabulary) -> bool:
    if not part or _name_like(part) or not part.isalpha() or not encodable(part):
        return True
    if german(part) or german(part[:1].upper() + part[1:]) or english(part):
        return True
    if part[:1].isupper() and readings(part):
        return True  # a noun form the noun lexicon lists and Hunspell lacks ("Skripte")
    if part.endswith("s") and len(part) > _MIN_LENGTH + 1 and german(part[:-1]):
        return True  # a first part with its linking s ("Relativitäts-Arbeitsgruppe")
    return part in around or vocabulary.knows(part) or (part.endswith("s") and part[:-1] in around)


def _heads(word: str) -> Iterable[tuple[str, str]]:
    """(first part, German noun of five letters or more it ends in) for every such split."""
    for i in range(2, len(word) - _MIN_HEAD + 1):
        head = word[i].upper() + word[i + 1:]
        if german(head):
            yield word[:i], head


def _compound(word: str) -> bool:
    """Two known words joined, the first maybe with its linking s ("Krümmungs" + "linien") or a
    verb's stem ("Gruppier" + "operationen", "Tast" + "feld"), or
    an English word of four letters or more before a German noun ("Stash" + "informationen",
    "Hash" + "verfahren") when no dictionary word is one edit away ("Microsekunden" is
    "Mikrosekunden" misspelt)."""
    firsts = [first for first, _ in _heads(word)]
    if any(_german_first_part(first) for first in firsts):
        return True
    return any(len(first) >= _MIN_ENGLISH_PART and english(first.lower()) for first in firsts) and not suggestions(word)


def _german_first_part(first: str) -> bool:
    if len(first) >= _MIN_LENGTH and (german(first) or first.endswith("s") and german(first[:-1])):
        return True
    return len(first) >= _MIN_VERB_STEM and german(first.lower() + "en")  # "Gruppier|operationen"


def _joined(parts: list[str]) -> str:
    return parts[0] + "".join(p.lower() for p in parts[1:])


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Is the word next to a capitalised word no dictionary knows ("Satya Nadella")?"""
    for neighbour in (_BEFORE.search(text, max(0, start - 40), start), _AFTER.match(text, end)):
        if neighbour:
            name = neighbour.group(1)
            if len(name) >= _MIN_LENGTH and encodable(name) and not german(name) and not english(name):
                return True
    return False


def _short_name(word: str, around: set[str]) -> bool:
    """With no aligned source or reference sentence to tell, a short capitalised word the
    dictionary lacks is a name far more often than a slip: on the Text+Berg original and its MT,
    all 45 such flags were names ("Sama", "Hieber", "Kondus-Gletscher"), regional words or a
    hyphenation fragment."""
    return not around and len(word) < _MIN_UNNAMED


def _misspelt(word: str, around: set[str], vocabulary: Vocabulary) -> bool:
    if len(word) < _MIN_LENGTH or german(word) or not encodable(word):
        return False
    parts = _HYPHEN.split(word)
    if len(parts) > 1:
        if parts[-1][:1].isupper() and german(parts[-1]) and all(p[:1].islower() for p in parts[:-1]):
            return False  # a code word or abbreviation before a German noun: "xz-Version", "diff-Modus"
        return not german(_joined(parts)) and not all(
            _part_known(p, around, vocabulary) or (p[:1].isupper() and (_short_name(p, around) or not suggestions(p)))
            for p in parts)
    if _part_known(word, around, vocabulary):
        return False
    if word[0].isupper():
        if _short_name(word, around):
            return False
        if derived(word.lower()):
            return False  # a formation written with a capital at the start of a sentence
        if process.extractOne(word, [w for w in around if w[:1].isupper()], scorer=fuzz.ratio,
                              score_cutoff=_NAME_LIKENESS):
            return False  # a name as the source spells it, in German letters
        if _compound(word):
            return False
        return bool(suggestions(word)) or any(_heads(word))  # else: a name
    return (not german(word[0].upper() + word[1:]) and not derived(word) and not inflected_known(word)
            and not anglicised_verb(word))


@check(SPELLING, Category.FLUENCY, Severity.MINOR,
       "a word the German dictionary does not know (compound-aware; names and English terms are known)")
def spelling(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    unknown = {w for w in rejected(set(_WORD.findall(text))) if len(w) >= _MIN_LENGTH}
    alone = not segment.source and not segment.reference
    if alone and unknown:
        unknown -= ctx.cache.setdefault(_SETTLED, set())  # their verdict depends on the word alone
    if not unknown:
        return  # most sentences: one set of cached look-ups, no match objects
    around: set[str] | None = None
    for match in _WORD.finditer(text):
        word = match.group()
        if word not in unknown or _ABBREVIATION.match(text, match.start()):
            continue
        if around is None:
            around = pieces(segment.source) | pieces(segment.reference)
        other = _orthography(word, around, ctx)
        if other is not None:
            if other[0] and not _taken(segment, ctx, match.start(), match.end()):
                yield Finding(match.start(), match.end(), other[1], other[0])
            elif alone:
                ctx.cache[_SETTLED].add(word)
            continue
        if around:
            wrong = _misspelt(word, around, _vocabulary(ctx))
        else:  # no aligned sentences: the verdict depends on the word alone, so it is kept
            verdicts = ctx.cache.setdefault(_VERDICTS, {})
            wrong = verdicts.get(word)
            if wrong is None:
                wrong = verdicts[word] = _misspelt(word, around, _vocabulary(ctx))
        if not wrong:
            if alone:
                ctx.cache[_SETTLED].add(word)
            continue
        if word[0].isupper() and _beside_a_name(text, match.start(), match.end()):
            continue
        if word[0].islower() and _code_name(word, text, match.end()):
            continue
        if _taken(segment, ctx, match.start(), match.end()):
            continue
        options = suggestions(word) if not _HYPHEN.search(word) else ()
        hint = f"; did you mean {', '.join(options)}?" if options else ""
        yield Finding(match.start(), match.end(), f"“{word}” is not a German word{hint}",
                      options[0] if len(options) == 1 else None)


def _code_name(word: str, text: str, end: int) -> bool:
    """Is the lowercase word followed by itself in capitals, a table's key and heading
    ("pid  PID  Prozessnummer"), or by a version number, a package's ("shadow-utils 4.13")?"""
    return re.match(rf"\s+(?:{re.escape(word.upper())}\b|\d+(?:\.\d+)+\b)", text[end:]) is not None


def _taken(segment: Segment, ctx: CheckContext, start: int, end: int) -> bool:
    """Does a glossary finding already cover the span ("Azure Ai Giesel")?"""
    return bool(ctx.glossary) and any(f.start < end and start < f.end
                                      for fs in glossary_findings(segment, ctx).values() for f in fs)
