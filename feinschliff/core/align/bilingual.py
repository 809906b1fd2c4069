"""What a German sentence and its English source visibly share, for bilingual alignment.

Keys are only what crosses the language border:

- numbers, in one canonical spelling ("15.000" = "15,000", "1,5" = "1.5");
- words spelled alike on both sides, compared by their first letters so that names, products
  and cognates match through inflection ("OpenAI", "GPT-5", "Azure", "Microsofts",
  "Partnerschaft" / "partnership");
- glossary anchors: an English term and its German rendering become one shared key. Terms are
  matched on the tokens (lowercased, ``ß`` folded, split at hyphens): English terms as whole
  words with a plural ending on the last one ("data centers"), German terms by the stem of
  every word, so inflected forms and hyphenated compounds count ("Rechenzentren",
  "KI-Rechenzentrums"). One pass over the tokens finds all terms.

Everything else (the words that differ between the languages) is left to the characters and
the length prior.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .features import Encoder, SideFeatures, Tokens, pack, stem, tokenize

#: words shorter than this are never shared keys ("in", "die" and "the" are no evidence)
MIN_SHARED_LENGTH = 4
#: a German term's words are matched by their first letters, all but this many ...
GERMAN_ENDING = 2
#: ... but never fewer than this many; shorter words match whole, with a short ending
MIN_STEM = 4
GERMAN_ENDINGS = ("", "e", "en", "n", "s", "es")
ENGLISH_ENDINGS = ("", "s", "es")

Word = Callable[[str], bool]


def bilingual_features(
    german: Sequence[str], english: Sequence[str], anchors: Sequence[tuple[str, str]] = ()
) -> tuple[SideFeatures, SideFeatures]:
    """Features for German sentences and their English source; ``anchors`` are glossary
    pairs ``(English term, German term)``."""
    encoder = Encoder()
    tokens = (tokenize(german), tokenize(english))
    sides = [_shareable(t, encoder) for t in tokens]
    shared = np.intersect1d(sides[0][2], sides[1][2])
    sides = [(chars, owner[np.isin(codes, shared)], codes[np.isin(codes, shared)])
             for chars, owner, codes in sides]
    if anchors:
        first = len(encoder)
        encoder.encode([f"\x00{k}" for k in range(len(anchors))])
        terms = ([de for _, de in anchors], [en for en, _ in anchors])
        for side, german_side in ((0, True), (1, False)):
            sentences, numbers = term_hits(tokens[side], terms[side], german_side)
            chars, owner, codes = sides[side]
            sides[side] = (chars, np.concatenate((owner, sentences)),
                           np.concatenate((codes, numbers + first)))
    fa, fb = pack(sides, len(encoder))
    return fa, fb


def _shareable(tokens: Tokens, encoder: Encoder) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Numbers and words of at least ``MIN_SHARED_LENGTH`` letters, as codes of their keys."""
    keep = [w[0].isdigit() or len(w) >= MIN_SHARED_LENGTH for w in tokens.words]
    words = [stem(w) for w, k in zip(tokens.words, keep) if k]
    return tokens.chars, tokens.owner[np.array(keep, dtype=bool)], encoder.encode(words)


def _german_word(word: str) -> tuple[set[str], Word]:
    """Bucket keys (first letters of the tokens it accepts) and test of one German word."""
    if len(word) <= MIN_STEM:
        forms = {word + ending for ending in GERMAN_ENDINGS}
        return {form[:MIN_STEM] for form in forms}, forms.__contains__
    prefix = word[: max(MIN_STEM, len(word) - GERMAN_ENDING)]
    return {prefix[:MIN_STEM]}, lambda token: token.startswith(prefix)


def _english_word(word: str, last: bool) -> tuple[set[str], Word]:
    """Bucket key (the word without ending) and test of one English word."""
    if not last:
        return {word}, word.__eq__
    forms = {word + ending for ending in ENGLISH_ENDINGS}
    return {word}, forms.__contains__


def term_hits(tokens: Tokens, terms: Sequence[str], german: bool) -> tuple[np.ndarray, np.ndarray]:
    """Sentence and term number of every occurrence of ``terms`` in ``tokens``."""
    index: dict[str, list[tuple[int, list[Word]]]] = {}
    for number, term in enumerate(terms):
        words = tokenize([term]).words
        if not words:
            continue
        tests = [_german_word(w) if german else _english_word(w, k == len(words) - 1)
                 for k, w in enumerate(words)]
        for key in tests[0][0]:
            index.setdefault(key, []).append((number, [test for _, test in tests]))
    words, owner = tokens.words, tokens.owner.tolist()
    sentences, numbers = [], []
    for k, word in enumerate(words):
        for key in _bucket_keys(word, german):
            for number, tests in index.get(key, ()):
                end = k + len(tests)
                if end <= len(words) and owner[end - 1] == owner[k] and all(
                    test(token) for test, token in zip(tests, words[k:end])
                ):
                    sentences.append(owner[k])
                    numbers.append(number)
    return np.array(sentences, dtype=np.int64), np.array(numbers, dtype=np.int64)


def _bucket_keys(word: str, german: bool) -> tuple[str, ...]:
    if german:
        return (word[:MIN_STEM],)
    keys = [word]
    for ending in ENGLISH_ENDINGS[1:]:
        if word.endswith(ending) and len(word) > len(ending):
            keys.append(word[: -len(ending)])
    return tuple(keys)
