"""What the sentence aligner compares, computed once per text.

Every sentence becomes

- ``chars``: its words lowercased, ``ß`` folded to ``ss``, numbers in one canonical form and
  punctuation dropped, so "grosse" (Swiss spelling) meets "große" and "8.839,8" meets "8839,8";
- key codes: one integer per content word or number, sorted within the sentence. A word's key
  is its first five characters, a fast stem that survives German inflection ("Rechenzentren"
  and "Rechenzentrum" agree); numbers are cut the same way, which still tells years and
  amounts apart. Keys found in many sentences (articles, "und") are dropped.

Whole texts are tokenised with one regular expression and encoded with dictionaries and numpy,
so the cost per sentence stays in C.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

import numpy as np

_NUMBER_GROUPS = re.compile(r"[.,\u00a0\u202f ]")
_TOKEN = re.compile(r"\n|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)*|[^\W\d_]+")
#: characters of a word that make its key
STEM_LENGTH = 5
stem = itemgetter(slice(0, STEM_LENGTH))
#: a key in more than this share of all sentences says nothing about which ones match ...
COMMON_SHARE = 0.05
#: ... unless the texts are so short that no share can be trusted
COMMON_MIN_SENTENCES = 40


@dataclass(frozen=True, slots=True)
class SideFeatures:
    """One side: ``chars[i]``; key codes ``codes[offsets[i]:offsets[i+1]]`` (sorted);
    ``lengths[i]`` in characters (at least 1, so every sentence has weight). Blocks of the
    coarse search levels carry no ``chars``."""

    chars: list[str]
    codes: np.ndarray
    offsets: np.ndarray
    lengths: np.ndarray

    def __len__(self) -> int:
        return len(self.lengths)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words of all sentences of one text, flat: ``words[k]`` is in sentence ``owner[k]``."""

    chars: list[str]
    words: list[str]
    owner: np.ndarray


def canonical_number(token: str) -> str:
    """One spelling per number: "15.000", "15,000" and "15 000" -> "15000"; "1,5" and "1.5" ->
    "1.5"; "8.839,80" -> "8839.8". A last group of exactly three digits is a thousands group."""
    groups = _NUMBER_GROUPS.split(token)
    if len(groups) == 1:
        return token
    if len(groups[-1]) == 3:
        return "".join(groups)
    decimals = groups[-1].rstrip("0")
    whole = "".join(groups[:-1])
    return f"{whole}.{decimals}" if decimals else whole


def tokenize(sentences: Sequence[str]) -> Tokens:
    """Lowercased words and canonical numbers of every sentence, punctuation dropped."""
    text = "\n".join(s.replace("\n", " ").replace("\r", " ") for s in sentences)
    found = _TOKEN.findall(text.lower().replace("ß", "ss"))
    found = [canonical_number(t) if t[0].isdigit() and not t.isdigit() else t for t in found]
    chars = [line.strip() for line in " ".join(found).split("\n")] if sentences else []
    breaks = np.fromiter(map("\n".__eq__, found), dtype=bool, count=len(found))
    owner = np.cumsum(breaks)[~breaks]
    words = list(compress(found, ~breaks))
    return Tokens(chars, words, owner)


class Encoder:
    """Gives every distinct key an integer code, shared by both sides."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self._next = count()

    def encode(self, keys: Sequence[str]) -> np.ndarray:
        codes = self.codes
        fresh = [k for k in dict.fromkeys(keys) if k not in codes]
        codes.update(zip(fresh, self._next))
        return np.fromiter(map(codes.__getitem__, keys), dtype=np.int64, count=len(keys))

    def __len__(self) -> int:
        return len(self.codes)


def pack(
    sides: Sequence[tuple[list[str], np.ndarray, np.ndarray]], distinct: int
) -> list[SideFeatures]:
    """Build the features of each side from ``(chars, owner, codes)``: keys found in more than
    ``COMMON_SHARE`` of all sentences are dropped, the rest sorted within each sentence."""
    span = distinct + 1
    keyed = [(chars, np.sort(owner * span + codes)) for chars, owner, codes in sides]
    sentences = sum(len(chars) for chars, _ in keyed)
    if sentences >= COMMON_MIN_SENTENCES:
        frequency = np.zeros(span, dtype=np.int64)
        for _, pairs in keyed:
            first = np.concatenate(([True], pairs[1:] != pairs[:-1]))
            frequency += np.bincount(pairs[first] % span, minlength=span)
        rare = frequency <= COMMON_SHARE * sentences
        keyed = [(chars, pairs[rare[pairs % span]]) for chars, pairs in keyed]
    result = []
    for chars, pairs in keyed:
        owner = pairs // span
        counts = np.bincount(owner, minlength=len(chars))
        lengths = np.fromiter(map(len, chars), dtype=np.int64, count=len(chars))
        result.append(SideFeatures(chars, pairs - owner * span,
                                   np.concatenate(([0], np.cumsum(counts))), np.maximum(lengths, 1)))
    return result


def monolingual_features(a: Sequence[str], b: Sequence[str]) -> tuple[SideFeatures, SideFeatures]:
    """Features for two texts in the same language."""
    encoder = Encoder()
    sides = []
    for tokens in (tokenize(a), tokenize(b)):
        codes = encoder.encode(list(map(stem, tokens.words)))
        sides.append((tokens.chars, tokens.owner, codes))
    fa, fb = pack(sides, len(encoder))
    return fa, fb
