"""Segment stage: text → sentences with exact offsets (rules and word lists in ``lexicon``).

Entry point: ``split_sentences``.
"""

from .splitter import split_sentences

__all__ = ["split_sentences"]
