"""What a German sentence and its English source visibly share, for bilingual alignment.

Keys are only what crosses the language border:

- numbers, in one canonical spelling ("15.000" = "15,000", "1,5" = "1.5");
- words spelled alike on both sides, compared by their first letters so that names, products
  and cognates match through inflection ("OpenAI", "GPT-5", "Azure", "Microsofts",
  "Partnerschaft" / "partnership");
- glossary anchors: an English term and its German rendering become one shared key. English
  terms match with a plural or possessive ending ("data centers"), German terms by the stem of
  every word, so inflected forms and hyphenated compounds count too ("Rechenzentren",
  "KI-Rechenzentrum").

Everything else (the words that differ between the languages) is left to the length prior.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .align_features import Encoder, SideFeatures, Tokens, pack, stem, tokenize

#: words shorter than this are never shared keys ("in", "die" and "the" are no evidence)
MIN_SHARED_LENGTH = 4
#: a German term's words are matched by their first letters, all but this many ...
GERMAN_ENDING = 2
#: ... but never fewer than this many
MIN_STEM = 4


def bilingual_features(
    german: Sequence[str], english: Sequence[str], anchors: Sequence[tuple[str, str]] = ()
) -> tuple[SideFeatures, SideFeatures]:
    """Features for German sentences and their English source; ``anchors`` are glossary
    pairs ``(English term, German term)``."""
    encoder = Encoder()
    sides = [_shareable(tokenize(text), encoder) for text in (german, english)]
    shared = np.intersect1d(sides[0][2], sides[1][2])
    sides = [(chars, owner[np.isin(codes, shared)], codes[np.isin(codes, shared)])
             for chars, owner, codes in sides]
    for number, (english_term, german_term) in enumerate(anchors):
        code = encoder.encode([f"\x00{number}"])[0]
        for side, (text, pattern) in enumerate(
            ((german, german_pattern(german_term)), (english, english_pattern(english_term)))
        ):
            found = np.array(_occurrences(text, pattern), dtype=np.int64)
            if len(found):
                chars, owner, codes = sides[side]
                sides[side] = (chars, np.concatenate((owner, found)),
                               np.concatenate((codes, np.full(len(found), code))))
    fa, fb = pack(sides, len(encoder))
    return fa, fb


def _shareable(tokens: Tokens, encoder: Encoder) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Numbers and words of at least ``MIN_SHARED_LENGTH`` letters, as codes of their keys."""
    keep = [w[0].isdigit() or len(w) >= MIN_SHARED_LENGTH for w in tokens.words]
    words = [stem(w) for w, k in zip(tokens.words, keep) if k]
    return tokens.chars, tokens.owner[np.array(keep, dtype=bool)], encoder.encode(words)


def english_pattern(term: str) -> re.Pattern[str] | None:
    """The English term as whole words, the last one with an optional plural or possessive."""
    words = term.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?:'s|s|es)?(?!\w)", re.IGNORECASE)


def german_pattern(term: str) -> re.Pattern[str] | None:
    """The German term by the stems of its words: inflected forms and hyphenated compounds
    match ("Milliarden", "Rechenzentren", "KI-Rechenzentrum")."""
    words = term.split()
    if not words:
        return None
    parts = []
    for word in words:
        if len(word) <= MIN_STEM:  # "KI", "Chip": the word itself with a short ending
            parts.append(re.escape(word) + r"(?:e|en|n|s|es)?(?!\w)")
        else:
            parts.append(re.escape(word[: max(MIN_STEM, len(word) - GERMAN_ENDING)]) + r"\w*")
    return re.compile(r"(?<![^\W\d_])" + r"[\s-]+".join(parts), re.IGNORECASE)


def _occurrences(sentences: Sequence[str], pattern: re.Pattern[str] | None) -> list[int]:
    """The sentence of every match of ``pattern`` (a sentence once per match)."""
    if pattern is None or not sentences:
        return []
    text = "\n".join(s.replace("\n", " ") for s in sentences)
    starts = np.cumsum([0] + [len(s) + 1 for s in sentences[:-1]])
    found = [m.start() for m in pattern.finditer(text)]
    return (np.searchsorted(starts, found, side="right") - 1).tolist()
