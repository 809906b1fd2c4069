"""Live document scores during review, and re-checking of edited segments.

The MQM-style penalty counts the issues still *open* in each segment: an approved fix
repaired the text, a rejected issue is one the editor judged a false alarm. Corpus chrF is
computed the way sacrebleu computes it, from summed per-segment statistics; one row is
re-extracted when a segment's text changes, so an update costs one sentence, not the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sacrebleu.metrics import CHRF

from .checks.context import CheckContext
from .checks.runner import active_rules, check_segment
from .config import Config
from .glossary.model import Glossary
from .model import Issue, Segment
from .review_segment import SegmentReview
from .scoring import mqm_penalty, score_segments


@dataclass(frozen=True, slots=True)
class Totals:
    decided: int
    total: int
    mqm_per_1000: float
    chrf: float | None


class LiveScores:
    """Per-segment MQM penalty, word count and chrF statistics, summed on demand."""

    def __init__(self, states: Sequence[SegmentReview]):
        self._metric = CHRF()
        count = len(states)
        self._penalty = np.zeros(count)
        self._words = np.zeros(count, dtype=np.int64)
        self._decided = np.zeros(count, dtype=np.int64)
        self._issues = np.zeros(count, dtype=np.int64)
        self._references = [s.segment.reference for s in states]
        scored = [i for i, ref in enumerate(self._references) if ref]
        width = len(self._metric._extract_corpus_statistics(["x"], [["x"]])[0])  # noqa: SLF001
        self._stats = np.zeros((count, width), dtype=np.int64)
        if scored:
            rows = self._metric._extract_corpus_statistics(  # noqa: SLF001
                [states[i].text for i in scored], [[self._references[i] for i in scored]]
            )
            self._stats[scored] = np.asarray(rows, dtype=np.int64)
        self._scored = bool(scored)
        self.chrf = [None] * count
        for state in states:
            self._count(state)
            if self._references[state.index]:
                self.chrf[state.index] = self._sentence_chrf(state.index)

    def _count(self, state: SegmentReview) -> None:
        i = state.index
        self._penalty[i] = mqm_penalty(state.open_issues())
        self._words[i] = len(state.text.split())
        self._decided[i], self._issues[i] = state.progress()

    def _sentence_chrf(self, index: int) -> float:
        return round(self._metric._compute_score_from_stats(self._stats[index].tolist()).score, 2)  # noqa: SLF001

    def update(self, state: SegmentReview) -> None:
        """Re-score one segment after its text or decisions changed."""
        self._count(state)
        reference = self._references[state.index]
        if reference:
            row = self._metric._extract_corpus_statistics([state.text], [[reference]])[0]  # noqa: SLF001
            self._stats[state.index] = row
            self.chrf[state.index] = self._sentence_chrf(state.index)

    def penalty(self, index: int) -> float:
        return float(self._penalty[index])

    def totals(self) -> Totals:
        words = int(self._words.sum())
        mqm = round(1000.0 * float(self._penalty.sum()) / words, 2) if words else 0.0
        chrf = None
        if self._scored:
            total = self._stats.sum(axis=0).tolist()
            chrf = round(self._metric._compute_score_from_stats(total).score, 2)  # noqa: SLF001
        return Totals(int(self._decided.sum()), int(self._issues.sum()), mqm, chrf)


class SegmentChecker:
    """Checks new text of a segment with the document's rules and context.

    An edited text is the editor's rendering of the whole segment, so the alignment facts
    about the original (omitted neighbours, no counterpart) no longer apply to it; its scores
    (chrF... against the segment's reference) are recomputed for the drift check.
    """

    def __init__(self, config: Config, glossary: Glossary | None, has_reference: bool,
                 target_lang: str = "de", source_lang: str = "en"):
        self._ctx = CheckContext(glossary=glossary, has_reference=has_reference, target_lang=target_lang,
                                 source_lang=source_lang, settings=config.settings)
        self._rules = active_rules(config)

    def __call__(self, segment: Segment, text: str) -> list[Issue]:
        edited = replace(segment, text=text, issues=[], scores={}, omitted_before=(), omitted_after=(),
                         unaligned=False)
        score_segments([edited], jobs=1)
        return check_segment(edited, self._ctx, self._rules)

    def original(self, segment: Segment) -> list[Issue]:
        """The issues of the segment's original text, as the pipeline would report them."""
        return check_segment(replace(segment, issues=[]), self._ctx, self._rules)
