"""Score stage: sacrebleu chrF/BLEU/TER, the MQM-style penalty and the CI quality gate.

Entry points: ``score_segments``, ``score_mqm``/``mqm_penalty``, ``METRICS``, ``evaluate_gate``, ``summarize``.
"""

from .gate import GateResult, evaluate_gate, summarize
from .metrics import METRICS, CorpusScores, MqmSummary, mqm_penalty, score_mqm, score_segments

__all__ = ["METRICS", "CorpusScores", "GateResult", "MqmSummary", "evaluate_gate", "mqm_penalty",
           "score_mqm", "score_segments", "summarize"]
