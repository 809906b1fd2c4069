"""``accuracy.untranslated``: English text of the source copied into the translation as it stands
("So here it is." for "So here it is.", marked by the raters of mqm-ted-dev in its human
translation).

A run of words the translation shares with the source, in the source's order, is flagged when it
is at least ``MIN_WORDS`` words long (or the whole segment) and at least ``MIN_FOREIGN`` of its
words are lowercase English words German does not use: the English dictionary knows them and
the German one does not know them in either case ("here", "it", "is"; not "online" or
"so"). Names, titles and commands are left alone: capitalised words never count as foreign,
a run in quotation marks or brackets or beside code characters (``-`` ``/`` ``=`` ``_``
``%`` ``<`` ``>``, a backtick) is none, and so is one without an English function word
("the", "it", "to", …): a command or a list of options ("git notes merge"); runs end at
punctuation ("ignore, warn, error" is three runs of one word). There is no fix: the run needs a translation.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ..spelling.dictionary import english, german
from ..tokens import words
from .context import CheckContext
from .registry import Finding, check

UNTRANSLATED = "accuracy.untranslated"
MIN_WORDS = 3
MIN_FOREIGN = 2
_QUOTES = "\"„“”‚‘’'»«`"
_CODE = "-/=_%<>`$\\{}[]|()"
#: English words that make a run prose, not a list of commands or options ("git notes merge",
#: "[ignore, warn, error]")
_ENGLISH_GRAMMAR = frozenset("""a an the of to in on at for with by from is are was were be been being it its this that
these those there here and or not no do does did don't can will would what how why when who you we they he she i
my your our their if so as but""".split())


def _foreign(word: str) -> bool:
    return (word.islower() and word.isalpha() and english(word)
            and not german(word) and not german(word[0].upper() + word[1:]))


def _runs(text: str, source: str) -> Iterable[tuple[int, int, list[str]]]:
    """(start, end, words) of each maximal run of target words, one space apart, that follow
    one another in the source too."""
    source_words = words(source)
    pairs = {(a.text.casefold(), b.text.casefold()) for a, b in zip(source_words, source_words[1:])}
    tokens = words(text)
    first = 0
    for i in range(1, len(tokens) + 1):
        if (i < len(tokens) and text[tokens[i - 1].end:tokens[i].start] == " "
                and (tokens[i - 1].text.casefold(), tokens[i].text.casefold()) in pairs):
            continue
        run = tokens[first:i]
        if run:
            yield run[0].start, run[-1].end, [t.text for t in run]
        first = i


def _guarded(text: str, start: int, end: int) -> bool:
    """Quoted, beside code characters or before a table's column gap: a title, a literal or a
    command."""
    around = text[max(0, start - 1):start] + text[end:end + 1]
    if text.startswith(("  ", "\t"), end):
        return True  # a table column: a menu of commands ("filter by pattern   - Einträge …")
    return any(c in _QUOTES or c in _CODE for c in around)


@check(UNTRANSLATED, Category.ACCURACY, Severity.MAJOR,
       "English words of the source copied into the translation untranslated (\"So here it is.\")")
def untranslated(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source = segment.source
    if not source or not ctx.source_lang.lower().startswith("en") or not ctx.target_lang.lower().startswith("de"):
        return
    total = len(words(segment.text))
    for start, end, run in _runs(segment.text, source):
        if len(run) < MIN_WORDS and len(run) < total or len(run) < 2:
            continue
        foreign = [w for w in run if _foreign(w)]
        if len(foreign) < MIN_FOREIGN or not _ENGLISH_GRAMMAR.intersection(w.casefold() for w in run):
            continue
        if not _guarded(segment.text, start, end):
            yield Finding(start, end, f"untranslated: “{segment.text[start:end]}” is the source's English", None)
