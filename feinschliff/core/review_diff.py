"""Word-level difference between a segment and its re-translation, for the review screen.

Words are compared exactly (case and inflection count: "Github" vs "GitHub" differs). The
result gives, for each side, the character spans of words the other side does not have, so
a UI can mark them without knowing anything about the alignment.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from .tokens import words


@dataclass(frozen=True, slots=True)
class WordDiff:
    #: spans of ``a`` whose words are missing from or replaced in ``b``
    a_only: tuple[tuple[int, int], ...]
    #: spans of ``b`` whose words are missing from or replaced in ``a``
    b_only: tuple[tuple[int, int], ...]
    #: share of words of ``b`` that ``a`` has too (0..1)
    overlap: float


def word_diff(a: str, b: str) -> WordDiff:
    ta, tb = words(a), words(b)
    matcher = SequenceMatcher(None, [t.text for t in ta], [t.text for t in tb], autojunk=False)
    a_only: list[tuple[int, int]] = []
    b_only: list[tuple[int, int]] = []
    same = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            same += i2 - i1
            continue
        if i2 > i1:
            a_only.append((ta[i1].start, ta[i2 - 1].end))
        if j2 > j1:
            b_only.append((tb[j1].start, tb[j2 - 1].end))
    return WordDiff(tuple(a_only), tuple(b_only), same / len(tb) if tb else 1.0)
