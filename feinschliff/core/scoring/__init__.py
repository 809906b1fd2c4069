"""Score stage: sacrebleu chrF/BLEU/TER per segment and document, the MQM-style penalty, and the
quality gate over the scores.

Entry points: ``score_segments``, ``score_mqm``/``mqm_penalty``, ``METRICS``; ``evaluate_gate``
and ``summarize`` for the CI gate.
"""

from .gate import GateResult, evaluate_gate, summarize
from .metrics import METRICS, CorpusScores, MqmSummary, mqm_penalty, score_mqm, score_segments

__all__ = ["METRICS", "CorpusScores", "GateResult", "MqmSummary", "evaluate_gate", "mqm_penalty",
           "score_mqm", "score_segments", "summarize"]
