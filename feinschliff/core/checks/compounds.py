"""Open compounds German writes hyphenated (Durchkopplung, Duden D 22 and D 26).

- A multi-word name from the glossary that begins a hyphenated compound is hyphenated
  throughout: "Azure AI-Plattform" -> "Azure-AI-Plattform", "Github Copilot-Pläne" ->
  "GitHub-Copilot-Pläne", the name spelt as the glossary spells it.
- English words before a German noun, written apart: "Cloud Dienste" -> "Cloud-Dienste",
  "Machine Learning Modelle" -> "Machine-Learning-Modelle". The English words are common
  English words (en_US knows them in lowercase) that the German dictionary does not know, so
  names ("weil Microsoft Milliarden investiert") and German words never start such a run, and
  the last word is a German noun that is not also English. After a German article, three
  English words make such a compound by themselves: "die Open Source Community" ->
  "die Open-Source-Community" ("Open Source" alone is how German writes the noun). Not after
  an initial ("J. Head Jagd" names an author).
- A name or noun before the abbreviation of a role: "OpenAI COO Brad Lightcap" ->
  "OpenAI-COO Brad Lightcap" (the roles CEO, COO, CFO, CTO and their kin; not a legal form
  such as "Siemens AG", and not after a German word written small, "laut CEO Nadella").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Category, Segment, Severity
from ..morphology.nouns import compound_readings
from ..spelling.dictionary import english, failing, german
from .context import CheckContext, stands_in
from .registry import Finding, check

COMPOUND = "fluency.compound-spelling"
_NAMES = "compounds.names"
_CAPITALISED = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[^\W\d_]*(?:[-‐‑][^\W_]+)*(?![\w-])")  # capital first: faster
_ARTICLE = re.compile(r"(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines) $", re.IGNORECASE)
_INITIAL = re.compile(r"\b[A-Z]\. $")
_ENGLISH_RUN = 3
_ROLES = "CEO|COO|CFO|CTO|CIO|CMO|CPO|CSO|CISO|CRO|CDO|VP|SVP|EVP"
_ROLE = re.compile(rf"(?<![\w-])(?P<owner>[A-ZÄÖÜ][\w]*[a-zäöüßA-Z]) (?P<role>{_ROLES})(?![\w-])")
_HYPHEN = re.compile(r"[-‐‑]")
_HYPHENATED = re.compile(r"(?<![\w-])(?P<first>[^\W_]+)(?P<rest>[-‐‑][^\W_]+)")


def _names(ctx: CheckContext) -> tuple[dict[str, str], int, frozenset[str]]:
    """Multi-word glossary names by casefolded spelling, the most words one has, and their
    casefolded last words."""
    cached = ctx.cache.get(_NAMES)
    if cached is None or cached[0] is not ctx.glossary:
        names = {t.casefold(): t for e in (ctx.glossary or ()) for t in (e.target,) if len(t.split()) > 1}
        cached = ctx.cache[_NAMES] = (ctx.glossary, names, max((len(n.split()) for n in names), default=0),
                                      frozenset(n.split()[-1] for n in names))
    return cached[1], cached[2], cached[3]


def _names_in_compounds(text: str, ctx: CheckContext) -> Iterable[Finding]:
    names, longest, last_words = _names(ctx)
    if not names or not _HYPHEN.search(text):
        return
    for match in _HYPHENATED.finditer(text):
        if match.group("first").casefold() not in last_words:
            continue
        words = text[max(0, match.start() - 60):match.start()].split(" ")[:-1]
        for count in range(longest - 1, 0, -1):
            before = words[-count:] if len(words) >= count else None
            if not before or not all(before):
                continue
            name = names.get(" ".join([*before, match.group("first")]).casefold())
            if name:
                start = match.start() - len(" ".join(before)) - 1
                fixed = name.replace(" ", "-") + match.group("rest")
                yield Finding(start, match.end(), f"a compound with a multi-word name is hyphenated "
                              f"throughout: {fixed}", fixed)
                break


@lru_cache(maxsize=65_536)
def _english_only(word: str) -> bool:
    return len(word) > 2 and word[1:].islower() and english(word.lower()) and not german(word)


def _german_noun(word: str) -> bool:
    return word[1:].islower() and german(word) and not german(word.lower()) and not english(word)


_NOT_ENGLISH_ONLY: set[str] = set()  # capitalised words ``_english_only`` turned down here


def _has_english_only(words: set[str]) -> bool:
    return bool(failing(words, _not_english_only, _NOT_ENGLISH_ONLY))


def _not_english_only(word: str) -> bool:
    return not _english_only(word)


def _open_compounds(text: str) -> Iterable[Finding]:
    if not _has_english_only(set(_CAPITALISED.findall(text))):
        return  # most sentences: one set difference
    words = list(_CAPITALISED.finditer(text))
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _english_only(words[j].group()) and \
                (j == i or text[words[j - 1].end():words[j].start()] == " "):
            j += 1
        before = text[max(0, words[i].start() - 12):words[i].start()] if j > i else ""
        end = None
        if j > i and j < len(words) and text[words[j - 1].end():words[j].start()] == " " \
                and _german_noun(words[j].group()):
            end = j + 1
        elif j - i >= _ENGLISH_RUN and _ARTICLE.search(before):
            end = j
        if end is not None and not _INITIAL.search(before):
            span = text[words[i].start():words[end - 1].end()]
            fixed = "-".join(w.group() for w in words[i:end])
            yield Finding(words[i].start(), words[end - 1].end(),
                          f"German joins “{span}” with hyphens: {fixed}", fixed)
        i = max(j, i + 1)


def _role_compounds(text: str) -> Iterable[Finding]:
    for match in _ROLE.finditer(text):
        owner = match.group("owner")
        if german(owner.lower()) or owner.isupper():
            continue  # "Der CEO", "Laut CEO", "AI CEO"
        fixed = f"{owner}-{match.group('role')}"
        yield Finding(match.start(), match.end(), f"a role after a name is joined with a hyphen: {fixed}", fixed)


@check(COMPOUND, Category.FLUENCY, Severity.MINOR,
       "open compound German writes hyphenated (\"Azure AI-Plattform\", \"Cloud Dienste\")")
def compound_spelling(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    yield from _names_in_compounds(text, ctx)
    for finding in _open_compounds(text):
        span = text[finding.start:finding.end]
        if not (stands_in(segment.source, span) and not compound_readings(span.split()[-1])):
            yield finding  # else a name the source has ("North Darfur"); "Open Source Community" ends in a noun
    if " C" in text or " VP" in text or " SVP" in text or " EVP" in text:
        yield from _role_compounds(text)
