"""Segment stage: text → sentences with exact offsets.

Entry point: ``split_sentences(text, lang)``; the rules' word lists live in ``lexicon``.
"""

from .splitter import split_sentences

__all__ = ["split_sentences"]
