"""Document summaries and the CI quality gate (exit code 1 when it fails)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..config import Gate
from ..model import Severity

if TYPE_CHECKING:  # the gate reads finished documents; the pipeline itself scores with this package
    from ..pipeline import DocumentResult


def summarize(result: DocumentResult) -> dict:
    issues = [i for s in result.segments for i in s.issues]
    corpus = result.corpus
    return {
        "segments": len(result.segments),
        "flagged_segments": sum(1 for s in result.segments if s.issues),
        "words": result.mqm.words,
        "issues": len(issues),
        "by_severity": {s.value: sum(1 for i in issues if i.severity is s) for s in Severity},
        "by_category": dict(sorted(Counter(i.category.value for i in issues).items())),
        "by_rule": dict(sorted(Counter(i.rule for i in issues).items())),
        "corpus": None if corpus is None else {
            **corpus.values, "segments": corpus.segments, "signatures": corpus.signatures,
        },
        "mqm": {
            "penalty": result.mqm.penalty,
            "per_1000_words": result.mqm.per_1000_words,
            "per_segment": round(result.mqm.penalty / len(result.segments), 2) if result.segments else 0.0,
        },
    }


@dataclass(slots=True)
class GateResult:
    passed: bool = True
    reasons: list[str] = field(default_factory=list)


def evaluate_gate(results: Sequence[DocumentResult], gate: Gate | Sequence[Gate]) -> GateResult:
    """One gate for every document, or one per document (per-path overrides). Issues a
    baseline holds (``Issue.baseline == "baselined"``) do not fail the severity gate."""
    outcome = GateResult()
    gates = [gate] * len(results) if isinstance(gate, Gate) else list(gate)
    for result, own in zip(results, gates, strict=True):
        threshold = None if own.fail_on == "never" else Severity(own.fail_on)
        issues = [i for s in result.segments for i in s.issues if i.baseline != "baselined"]
        if threshold is not None:
            failing = [i for i in issues if i.severity.rank >= threshold.rank]
            if failing:
                new = " new" if any(i.baseline for i in failing) else ""
                outcome.reasons.append(
                    f"{result.path}: {len(failing)}{new} issue(s) of severity {threshold.value} or worse")
        if own.max_mqm_per_1000 is not None and result.mqm.per_1000_words > own.max_mqm_per_1000:
            outcome.reasons.append(
                f"{result.path}: MQM penalty {result.mqm.per_1000_words:g} per 1,000 words "
                f"> {own.max_mqm_per_1000:g}"
            )
        if own.min_chrf is not None:
            if result.corpus is None or result.corpus.chrf is None:
                outcome.reasons.append(f"{result.path}: no chrF (no reference), so it cannot reach {own.min_chrf:g}")
            elif result.corpus.chrf < own.min_chrf:
                outcome.reasons.append(f"{result.path}: chrF {result.corpus.chrf:g} < {own.min_chrf:g}")
    outcome.passed = not outcome.reasons
    return outcome
