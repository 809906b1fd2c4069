"""Offline lemmas for German and English words, cached, plus a careful suffix fallback.

``lemma(word, lang)`` returns the casefolded dictionary form simplemma knows
("Rechenzentren" -> "rechenzentrum", "centers" -> "center"); unknown words come back
casefolded unchanged. simplemma does not know rare compounds ("Fluchtluken"), so
``inflects(form, base)`` adds a directional rule for German: ``form`` is ``base`` plus one
regular inflection ending ("Fluchtluke" + "n"). It never strips both sides and needs a base of
at least four letters, so short unrelated words ("Rat" / "Raten") do not meet.
"""

from __future__ import annotations

import os
import threading
from functools import cache, lru_cache
from pathlib import Path

import platformdirs
import simplemma
from simplemma.strategies import (
    DefaultDictionaryFactory,
    DefaultStrategy,
    DictionaryFactory,
    DictionaryLookupStrategy,
    TrieDictionaryFactory,
)
from simplemma.utils import normalize_token

GERMAN_ENDINGS = ("n", "en", "e", "s", "es", "er", "ern", "ns", "ens", "em")
ENGLISH_ENDINGS = ("s", "es")
MIN_BASE = 4
_ENDINGS = {"de": GERMAN_ENDINGS, "en": ENGLISH_ENDINGS}


class _CachedTries(TrieDictionaryFactory):
    """simplemma's trie factory, writing each cached trie atomically: a run killed while
    writing, or two first runs or threads at once, never leave a truncated trie behind."""

    def _write_trie_to_disk(self, lang: str, trie) -> None:
        target = self._cache_dir / f"{lang}.dic"
        partial = target.with_name(f".{lang}.{os.getpid()}.{threading.get_ident()}.partial")
        try:
            trie.save(str(partial))
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)


def _dictionaries() -> DictionaryFactory:
    """simplemma's dictionaries as MARISA tries cached in the user cache directory: decoding
    the shipped German dictionary takes about a second in every process, loading its trie a
    few milliseconds, with the same lemmas. Where nothing can be cached, the plain decoder."""
    folder = Path(platformdirs.user_cache_dir("feinschliff", appauthor=False)) / "lemmas" / simplemma.__version__
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return DefaultDictionaryFactory()
    if os.access(folder, os.W_OK) or any(folder.glob("*.dic")):
        return _CachedTries(disk_cache_dir=str(folder))
    return DefaultDictionaryFactory()


@cache
def _lemmatizer() -> tuple[simplemma.Lemmatizer, DictionaryLookupStrategy]:
    dictionaries = _dictionaries()
    return (simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=dictionaries)),
            DictionaryLookupStrategy(dictionaries))


@lru_cache(maxsize=262_144)
def lemma(word: str, lang: str = "de") -> str:
    """Casefolded lemma of one word (a piece without hyphens or spaces)."""
    return _lemmatizer()[0].lemmatize(word, lang).casefold()


@lru_cache(maxsize=262_144)
def is_known(word: str, lang: str = "de") -> bool:
    """True when the lemmatiser's dictionary knows the word (an ordinary word, not a name)."""
    lookup = _lemmatizer()[1]
    return any(lookup.get_lemma(normalize_token(w), lang) is not None for w in (word, word.capitalize()))


def inflects(form: str, base: str, lang: str = "de", min_base: int = MIN_BASE) -> bool:
    """True when casefolded ``form`` is casefolded ``base`` plus one regular ending."""
    if len(base) < min_base or len(form) <= len(base) or not form.startswith(base):
        return False
    return form[len(base) :] in _ENDINGS.get(lang, ())


def stems(form: str, lang: str = "de", min_base: int = MIN_BASE) -> list[str]:
    """Every base that ``form`` could inflect (the inverse of ``inflects``), for index look-ups."""
    found = []
    for ending in _ENDINGS.get(lang, ()):
        if form.endswith(ending) and len(form) - len(ending) >= min_base:
            found.append(form[: -len(ending)])
    return found


def same_word(form: str, base: str, lang: str = "de") -> bool:
    """Does the text word ``form`` stand for the term word ``base`` (any case, any inflection)?"""
    f, b = form.casefold(), base.casefold()
    if f == b or inflects(f, b, lang):
        return True
    return lemma(form, lang) == lemma(base, lang)


def genitive(name: str) -> str:
    """German genitive of a name: "xAI" -> "xAIs", "Windsurf" -> "Windsurfs", "Xerox" -> "Xerox'"."""
    return name + ("'" if name[-1:].lower() in "sßxz" else "s")


@cache
def form_lookup(lang: str = "de"):
    """Membership in simplemma's full-form lexicon, exact form as written, about a microsecond
    a look-up (the trie itself where it is one): for testing many candidate forms at once."""
    dictionary = _lemmatizer()[1]._dictionary_factory.get_dictionary(lang)
    trie = getattr(dictionary, "_trie", None)
    return trie.__contains__ if trie is not None else dictionary.__contains__
