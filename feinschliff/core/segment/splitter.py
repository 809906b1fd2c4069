"""German- and English-aware sentence splitting with exact character offsets.

Line breaks (as ``str.splitlines`` defines them, so LF, CRLF and CR) always end a sentence.
Inside a line, a run of ``. ! ? …`` (with any closing quotes or brackets right after it) that
is followed by whitespace is a candidate boundary. Whether it is one depends on the word before
it and the word after it:

- a lowercase word after it continues the sentence ("Codierung… das beste Modell", "z. B. die");
- ``!`` and ``?`` end the sentence before anything else;
- after a plain period, abbreviations (``feinschliff/data/abbreviations.tsv``), initials and
  letter chains ("G. O. Dyhrenfurth", "z. B.", "u. a."), German ordinals ("am 1. August") and
  list numbers ("1. Vom Gipfel") keep the sentence going. Ambiguous cases ("usw.", "3.",
  "Plan B.", an ellipsis before a capitalised German word) end the sentence only when a typical
  sentence opener ("Die", "Er", "The", ...) follows.

Every returned sentence satisfies ``text[s.start:s.end] == s.text`` and is stripped of
whitespace, byte-order marks and zero-width characters at both ends.
"""

from __future__ import annotations

import re

from ..model import Sentence
from .lexicon import ABBREVIATIONS, FINAL, INNER, NUMERIC, SENTENCE_OPENERS

# Characters trimmed from sentence edges: everything str.isspace() accepts, plus BOM and
# zero-width characters, which are invisible and never belong to a sentence's edge.
SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\ufeff\u200b\u200c\u200d\u2060"
)
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_LINE_BREAKS}]+")
_CLOSERS = "\"'”“’‘»«›‹)]"
_OPENERS = "\"'„“‚‘»«›‹([{¿¡"
# Runs are matched from their first character only and never backtracked, so long runs of
# punctuation or quotes cost linear time.
_END = re.compile(
    rf"(?P<punct>[.!?…‽](?<![.!?…‽]{{2}})[.!?…‽]*+)(?P<close>[{re.escape(_CLOSERS)}]*+)(?=\s)"
)
_NEXT = re.compile(r"\s*[^\w\s]*(?P<word>\w*)")
_MULTIDOT = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_COMPOUND_TAIL = re.compile(r"[-/]")
_LOOKBACK = 64
_UNIT_LETTERS = frozenset("mgtlh")


def split_sentences(text: str, lang: str = "de", *, lines: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets into ``text``.

    With ``lines=True`` every non-blank line is exactly one sentence (already segmented text).
    ``lang`` selects language-specific rules ("de" treats "3." before a noun as an ordinal);
    region suffixes ("de-CH", "en_US") are accepted.
    """
    german = lang.lower().startswith("de")
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if not lines:
            for match in _END.finditer(text, start, end):
                if _ends_sentence(text, match, start, end, german):
                    spans.append((start, match.end()))
                    start = match.end()
        spans.append((start, end))
    sentences: list[Sentence] = []
    for start, end in spans:
        chunk = text[start:end]
        body = chunk.strip(SPACE_CHARS)
        if body:
            offset = start + len(chunk) - len(chunk.lstrip(SPACE_CHARS))
            sentences.append(Sentence(len(sentences), body, offset, offset + len(body)))
    return sentences


def _ends_sentence(text: str, match: re.Match[str], line_start: int, line_end: int, german: bool) -> bool:
    following = _NEXT.match(text, match.end(), line_end)
    word = following.group("word") if following else ""
    if not word or word[0].islower():
        return False
    punct, close = match.group("punct"), match.group("close")
    if "!" in punct or "?" in punct or "‽" in punct:
        return True
    if "…" in punct or ".." in punct:
        return bool(close) or not german or word in SENTENCE_OPENERS
    if close:
        return True
    before, previous = _words_before(text, match.start(), line_start)
    core = before.lstrip(_OPENERS)
    if not core:
        return True
    return _period_ends_sentence(core, previous, word, german)


def _words_before(text: str, position: int, line_start: int) -> tuple[str, str | None]:
    """The token right before ``position`` and the one before it (None at the line start).

    A token longer than the look-back window is returned truncated, with "" (unknown) as the
    token before it; so long a token is no abbreviation or initial either way.
    """
    if position == line_start or text[position - 1].isspace():
        return "", None
    window_start = max(line_start, position - _LOOKBACK)
    parts = text[window_start:position].split()
    if len(parts) == 1:
        return parts[0], ("" if window_start > line_start else None)
    return parts[-1], parts[-2]


def _period_ends_sentence(core: str, previous: str | None, word: str, german: bool) -> bool:
    kind = ABBREVIATIONS.get(core)
    if kind is None and ("-" in core or "/" in core):
        kind = ABBREVIATIONS.get(_COMPOUND_TAIL.split(core)[-1])
    if kind == INNER:
        return False
    if kind == NUMERIC:
        return not word[0].isdigit()
    if kind == FINAL:
        return word in SENTENCE_OPENERS
    if core.isdigit():
        if len(core) > 3:
            return True
        if _opens_sentence(previous):
            return False  # a list number: "1. Vom Gipfel"
        return not german or word in SENTENCE_OPENERS
    if len(core) == 1 and core.isalpha():
        if core.islower():  # "z. B.", "d. h.", "44 v. Chr.", but a unit ends: "8481 m."
            return core in _UNIT_LETTERS and previous is not None and previous[-1:].isdigit()
        if previous is not None and _is_initial(previous):
            return False  # "G. O. Dyhrenfurth"
        return word in SENTENCE_OPENERS
    if _MULTIDOT.fullmatch(core):
        return word in SENTENCE_OPENERS
    return True


def _opens_sentence(previous: str | None) -> bool:
    """True if the token before a number ends a sentence (or there is none)."""
    if previous is None:
        return True
    previous = previous.rstrip(_CLOSERS)
    if previous[-1:] in ("!", "?", ":"):
        return True
    if previous[-1:] != ".":
        return False
    core = previous[:-1].lstrip(_OPENERS)
    return len(core) > 1 and core not in ABBREVIATIONS  # not after "S." or "Nr."


def _is_initial(token: str) -> bool:
    """A single letter with a period: "G.", "z.", "(u."."""
    core = token.lstrip(_OPENERS)
    return len(core) == 2 and core[1] == "." and core[0].isalpha()
