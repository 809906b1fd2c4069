"""Scores: sacrebleu chrF, BLEU and TER per segment and per corpus, and an MQM-style score.

Sentence statistics are extracted once per metric; segment scores and the corpus score are
both computed from them, exactly as sacrebleu's ``sentence_score`` and ``corpus_score`` do
(the corpus score aggregates the same per-sentence statistics), so nothing is computed twice.
chrF and BLEU statistics are counted by ``ngram_match`` (vectorised, same numbers) and TER by
``ter_fast.FastTER`` (sacrebleu's metric with a faster, result-identical edit distance).
Large documents are scored in worker processes (``parallel.map_ranges``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sacrebleu.metrics import BLEU, CHRF

from ..model import Issue, Segment, Severity
from ..parallel import map_ranges
from .ngram_match import bleu_statistics, chrf_statistics
from .ter_fast import FastTER

#: MQM weights (Freitag et al. 2021): minor 1, major 5, critical 25; minor punctuation 0.1.
PUNCTUATION_RULE_PREFIX = "typography."
MINOR_PUNCTUATION_WEIGHT = 0.1
MAX_ISSUES_PER_SEGMENT = 5


METRICS = ("chrf", "bleu", "ter")


def _metrics(names: Sequence[str] = METRICS) -> dict[str, tuple[object, object]]:
    """(corpus metric, sentence metric) per name; BLEU needs effective order per sentence."""
    makers = {
        "chrf": lambda: (CHRF(), CHRF()),
        "bleu": lambda: (BLEU(), BLEU(effective_order=True)),
        "ter": lambda: (FastTER(), FastTER()),
    }
    return {name: makers[name]() for name in METRICS if name in names}


@dataclass(frozen=True, slots=True)
class CorpusScores:
    values: dict[str, float]
    signatures: dict[str, str]
    segments: int
    #: chrF's sacrebleu statistics of each scored segment, keyed by segment index (a review
    #: sums them again after edits instead of re-scoring the corpus)
    chrf_statistics: dict[int, list] = field(default_factory=dict)

    @property
    def chrf(self) -> float | None:
        return self.values.get("chrf")

    @property
    def bleu(self) -> float | None:
        return self.values.get("bleu")

    @property
    def ter(self) -> float | None:
        return self.values.get("ter")


STATISTICS_BATCH = 500


def _batch_statistics(name: str, metric, hyps: list[str], refs: list[str]) -> list[list]:
    """sacrebleu's statistics for one batch: chrF and BLEU counted by ``ngram_match`` (same
    numbers, vectorised), TER and anything ``ngram_match`` declines by sacrebleu's own code."""
    fast = {"chrf": chrf_statistics, "bleu": bleu_statistics}.get(name)
    rows = fast(metric, hyps, refs) if fast else None
    return rows if rows is not None else metric._extract_corpus_statistics(hyps, [refs])  # noqa: SLF001


def sentence_statistics(hyps: Sequence[str], refs: Sequence[str], names: Sequence[str] = METRICS) -> list[dict[str, list]]:
    """Per sentence pair, the sacrebleu statistics of every metric. Batched, because sacrebleu
    keeps the n-grams of every reference it is given at once."""
    metrics = _metrics(names)
    rows: list[dict[str, list]] = []
    for start in range(0, len(hyps), STATISTICS_BATCH):
        batch_h, batch_r = list(hyps[start : start + STATISTICS_BATCH]), list(refs[start : start + STATISTICS_BATCH])
        per_metric = {name: _batch_statistics(name, corpus, batch_h, batch_r) for name, (corpus, _) in metrics.items()}
        rows.extend({name: stats[i] for name, stats in per_metric.items()} for i in range(len(batch_h)))
    return rows


def score_segments(segments: Sequence[Segment], jobs: int | None = None,
                   metrics: Sequence[str] = METRICS) -> CorpusScores | None:
    """Fill ``segment.scores`` (chrf, bleu, ter, or the ``metrics`` chosen) for segments with
    a reference and return the corpus scores over those segments, or None when no segment has
    a reference."""
    scored = [s for s in segments if s.reference]
    if not scored or not metrics:
        return None
    hyps = [s.text for s in scored]
    refs = [s.reference or "" for s in scored]
    stats = map_ranges(lambda start, end: sentence_statistics(hyps[start:end], refs[start:end], metrics),
                       len(hyps), jobs)
    corpus_values: dict[str, float] = {}
    signatures: dict[str, str] = {}
    chrf_statistics: dict[int, list] = {}
    for name, (corpus, sentence) in _metrics(metrics).items():
        rows = [row[name] for row in stats]
        if name == "chrf":
            chrf_statistics = {segment.index: row for segment, row in zip(scored, rows)}
        for segment, row in zip(scored, rows):
            segment.scores[name] = round(sentence._compute_score_from_stats(row).score, 2)  # noqa: SLF001
        total = np.sum(np.asarray(rows, dtype=float), axis=0).tolist()
        corpus_values[name] = round(corpus._compute_score_from_stats(total).score, 2)  # noqa: SLF001
        corpus.num_refs = 1  # what _extract_corpus_statistics records for one reference
        signatures[name] = str(corpus.get_signature())
    return CorpusScores(corpus_values, signatures, len(scored), chrf_statistics)


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
