"""Live document scores during review, and re-checking of edited segments.

The MQM-style penalty counts the issues still *open* in each segment: an approved fix
repaired the text, a rejected issue is one the editor judged a false alarm. Corpus chrF is
computed the way sacrebleu computes it, from summed per-segment statistics; one row is
re-extracted when a segment's text changes, so an update costs one sentence, not the corpus.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sacrebleu.metrics import CHRF

from ..checks.context import CheckContext
from ..checks.runner import active_rules, check_segment
from ..config import Config
from ..glossary.model import Glossary
from ..markup import check_raw, plain_text
from ..model import Issue, Segment
from ..scoring import mqm_penalty, score_segments
from .segment import SegmentReview


CHRF_CHUNK = 200


@dataclass(frozen=True, slots=True)
class Totals:
    decided: int
    total: int
    mqm_per_1000: float
    chrf: float | None


def chrf_statistics(hyps: list[str], refs: list[str], pause: float = 0.0) -> np.ndarray:
    """sacrebleu's chrF sufficient statistics, one row per pair (about 0.5 ms a pair).

    Computed in chunks, so memory stays small (sacrebleu caches the n-grams of every
    reference it is given at once) and, with ``pause``, a worker thread leaves the
    interpreter to the UI thread between chunks."""
    metric = CHRF()
    rows: list[list[int]] = []
    for start in range(0, len(hyps), CHRF_CHUNK):
        rows.extend(metric._extract_corpus_statistics(hyps[start : start + CHRF_CHUNK],  # noqa: SLF001
                                                      [refs[start : start + CHRF_CHUNK]]))
        if pause:
            time.sleep(pause)
    if not rows:
        return np.zeros((0, 0), dtype=np.int64)
    return np.asarray(rows, dtype=np.int64).reshape(len(rows), -1)


class LiveScores:
    """Per-segment MQM penalty, word count and chrF statistics, summed on demand.

    The chrF statistics of all segments take a while for a large document, so they may be
    computed later (``prime``, e.g. in a worker): until then the corpus chrF is the one the
    pipeline reported (``initial_chrf``), or unknown once a segment has changed.
    """

    def __init__(self, states: Sequence[SegmentReview], initial_chrf: float | None = None, defer: bool = False,
                 chrf_rows: dict[int, list] | None = None):
        self._metric = CHRF()
        count = len(states)
        self._penalty = np.zeros(count)
        self._words = np.zeros(count, dtype=np.int64)
        self._decided = np.zeros(count, dtype=np.int64)
        self._issues = np.zeros(count, dtype=np.int64)
        self._references = [s.segment.reference for s in states]
        self._texts = [plain_text(s.segment.text, s.segment.markup) for s in states]
        self._scored = [i for i, ref in enumerate(self._references) if ref]
        self._stats: np.ndarray | None = None
        self._pending: dict[int, list[int]] = {}
        self._lock = threading.Lock()
        self._initial_chrf = initial_chrf
        self.chrf: list[float | None] = [s.segment.scores.get("chrf") if ref else None
                                         for s, ref in zip(states, self._references)]
        for state in states:
            self._count(state)
            if state.changed:
                self._score_text(state)
        if chrf_rows is not None and all(i in chrf_rows for i in self._scored):
            self._install(np.asarray([chrf_rows[i] for i in self._scored], dtype=np.int64))
        elif not defer:
            self.prime()

    def prime(self, pause: float = 0.0) -> None:
        """Compute the chrF statistics of the original texts (safe to call from a worker;
        ``pause`` seconds between chunks keep a UI responsive meanwhile)."""
        if self._stats is not None:
            return
        self._install(chrf_statistics([self._texts[i] for i in self._scored],
                                      [self._references[i] or "" for i in self._scored], pause))

    def _install(self, rows: np.ndarray) -> None:
        """Take the statistics of the original texts; changes made meanwhile win."""
        rows = rows.reshape(len(self._scored), -1) if self._scored else rows
        stats = np.zeros((len(self._texts), rows.shape[1] if len(rows) else 0), dtype=np.int64)
        if self._scored:
            stats[self._scored] = rows
        with self._lock:
            for index, row in self._pending.items():
                stats[index] = row
            self._pending.clear()
            self._stats = stats

    @property
    def ready(self) -> bool:
        """Whether the corpus chrF follows every change (``prime`` has run)."""
        return self._stats is not None

    def _count(self, state: SegmentReview) -> None:
        i = state.index
        self._penalty[i] = mqm_penalty(state.open_issues())
        self._words[i] = len(plain_text(state.text, state.segment.markup).split())
        self._decided[i], self._issues[i] = state.progress()

    def _score_text(self, state: SegmentReview) -> None:
        reference = self._references[state.index]
        if not reference:
            return
        text = plain_text(state.text, state.segment.markup)
        row = self._metric._extract_corpus_statistics([text], [[reference]])[0]  # noqa: SLF001
        self.chrf[state.index] = round(self._metric._compute_score_from_stats(row).score, 2)  # noqa: SLF001
        with self._lock:
            if self._stats is None:
                self._pending[state.index] = row
            else:
                self._stats[state.index] = row

    def update(self, state: SegmentReview) -> None:
        """Re-score one segment after its text or decisions changed."""
        self._count(state)
        self._score_text(state)

    def penalty(self, index: int) -> float:
        return float(self._penalty[index])

    def totals(self) -> Totals:
        words = int(self._words.sum())
        mqm = round(1000.0 * float(self._penalty.sum()) / words, 2) if words else 0.0
        chrf = None
        with self._lock:
            if self._stats is not None and self._scored:
                total = self._stats.sum(axis=0).tolist()
                chrf = round(self._metric._compute_score_from_stats(total).score, 2)  # noqa: SLF001
            elif not self._pending:
                chrf = self._initial_chrf
        return Totals(int(self._decided.sum()), int(self._issues.sum()), mqm, chrf)


RECENT_CHECKS = 64


class SegmentChecker:
    """Checks new text of a segment with the document's rules and context.

    ``document`` is the text the segments were read from: the rules that read around a segment
    (a paragraph's last sentence, a sentence's own line, the names the document repeats) see it
    as the pipeline did; an edited text no longer stands in it and is judged on its own. An
    edited text is the editor's rendering of the whole segment, so the alignment facts about the
    original (omitted neighbours, no counterpart) no longer apply to it; its scores (chrF...
    against the segment's reference) are recomputed for the drift check. The last results are
    remembered, so a UI can check a text in a worker and apply it at no cost.
    """

    def __init__(self, config: Config, glossary: Glossary | None, has_reference: bool,
                 target_lang: str = "de", source_lang: str = "en", median_chrf: float | None = None,
                 document: str = ""):
        self._ctx = CheckContext(glossary=glossary, has_reference=has_reference, target_lang=target_lang,
                                 source_lang=source_lang, settings=config.settings, median_chrf=median_chrf,
                                 document=document)
        self._rules = active_rules(config)
        self._recent: OrderedDict[tuple[int, int, str], list[Issue]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, segment: Segment, text: str) -> list[Issue]:
        key = (segment.index, segment.start, text)
        with self._lock:
            if key in self._recent:
                return list(self._recent[key])
        edited = replace(segment, issues=[], scores={}, omitted_before=(), omitted_after=(), unaligned=False)

        def check(plain: Segment) -> list[Issue]:
            score_segments([plain], jobs=1)
            return check_segment(plain, self._ctx, self._rules)

        issues = check_raw(edited, text, check)
        with self._lock:
            self._recent[key] = issues
            while len(self._recent) > RECENT_CHECKS:
                self._recent.popitem(last=False)
        return list(issues)

    def original(self, segment: Segment) -> list[Issue]:
        """The issues of the segment's original text, as the pipeline would report them."""
        return check_raw(replace(segment, issues=[]), segment.text,
                         lambda plain: check_segment(plain, self._ctx, self._rules))
