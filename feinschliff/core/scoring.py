"""Scores: sacrebleu chrF, BLEU and TER per segment and per corpus, and an MQM-style score.

Sentence statistics are extracted once per metric; segment scores and the corpus score are
both computed from them, exactly as sacrebleu's ``sentence_score`` and ``corpus_score`` do
(the corpus score aggregates the same per-sentence statistics), so nothing is computed twice.
Large documents are split into chunks scored in worker processes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from sacrebleu.metrics import BLEU, CHRF, TER

from .model import Issue, Segment, Severity

#: MQM weights (Freitag et al. 2021): minor 1, major 5, critical 25; minor punctuation 0.1.
PUNCTUATION_RULE_PREFIX = "typography."
MINOR_PUNCTUATION_WEIGHT = 0.1
MAX_ISSUES_PER_SEGMENT = 5
PARALLEL_MIN_SEGMENTS = 4000


def _metrics() -> dict[str, tuple[object, object]]:
    """(corpus metric, sentence metric) per name; BLEU needs effective order per sentence."""
    return {
        "chrf": (CHRF(), CHRF()),
        "bleu": (BLEU(), BLEU(effective_order=True)),
        "ter": (TER(), TER()),
    }


@dataclass(frozen=True, slots=True)
class CorpusScores:
    chrf: float
    bleu: float
    ter: float
    signatures: dict[str, str]
    segments: int


def _stats_chunk(pairs: tuple[list[str], list[str]]) -> dict[str, list]:
    hyps, refs = pairs
    return {
        name: corpus._extract_corpus_statistics(hyps, [refs])  # noqa: SLF001
        for name, (corpus, _) in _metrics().items()
    }


def _extract_stats(hyps: list[str], refs: list[str], jobs: int) -> dict[str, list]:
    if jobs <= 1 or len(hyps) < PARALLEL_MIN_SEGMENTS:
        return _stats_chunk((hyps, refs))
    size = -(-len(hyps) // (jobs * 4))
    chunks = [(hyps[i : i + size], refs[i : i + size]) for i in range(0, len(hyps), size)]
    merged: dict[str, list] = {name: [] for name in _metrics()}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(_stats_chunk, chunks):
            for name, stats in part.items():
                merged[name].extend(stats)
    return merged


def score_segments(segments: Sequence[Segment], jobs: int | None = None) -> CorpusScores | None:
    """Fill ``segment.scores`` (chrf, bleu, ter) for segments with a reference and return the
    corpus scores over those segments, or None when no segment has a reference."""
    scored = [s for s in segments if s.reference]
    if not scored:
        return None
    hyps = [s.text for s in scored]
    refs = [s.reference or "" for s in scored]
    jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    stats = _extract_stats(hyps, refs, jobs)
    metrics = _metrics()
    corpus_values: dict[str, float] = {}
    signatures: dict[str, str] = {}
    for name, (corpus, sentence) in metrics.items():
        rows = stats[name]
        for segment, row in zip(scored, rows):
            segment.scores[name] = round(sentence._compute_score_from_stats(row).score, 2)  # noqa: SLF001
        total = np.sum(np.asarray(rows, dtype=float), axis=0).tolist()
        corpus_values[name] = round(corpus._compute_score_from_stats(total).score, 2)  # noqa: SLF001
        corpus.num_refs = 1  # what _extract_corpus_statistics records for one reference
        signatures[name] = str(corpus.get_signature())
    return CorpusScores(
        chrf=corpus_values["chrf"],
        bleu=corpus_values["bleu"],
        ter=corpus_values["ter"],
        signatures=signatures,
        segments=len(scored),
    )


def issue_weight(issue: Issue) -> float:
    if issue.severity is Severity.MINOR and issue.rule.startswith(PUNCTUATION_RULE_PREFIX):
        return MINOR_PUNCTUATION_WEIGHT
    return issue.severity.weight


def mqm_penalty(issues: Sequence[Issue]) -> float:
    """Sum of weights of the (at most five) heaviest issues of one segment."""
    weights = sorted((issue_weight(i) for i in issues), reverse=True)
    return round(sum(weights[:MAX_ISSUES_PER_SEGMENT]), 2)


@dataclass(slots=True)
class MqmSummary:
    penalty: float = 0.0
    words: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def per_1000_words(self) -> float:
        return round(1000.0 * self.penalty / self.words, 2) if self.words else 0.0


def score_mqm(segments: Sequence[Segment]) -> MqmSummary:
    """Set ``segment.scores["mqm"]`` and return document totals."""
    summary = MqmSummary()
    for segment in segments:
        penalty = mqm_penalty(segment.issues)
        segment.scores["mqm"] = penalty
        summary.penalty += penalty
        summary.words += segment.words
        for issue in segment.issues:
            summary.by_severity[issue.severity.value] = summary.by_severity.get(issue.severity.value, 0) + 1
            summary.by_category[issue.category.value] = summary.by_category.get(issue.category.value, 0) + 1
    summary.penalty = round(summary.penalty, 2)
    return summary
