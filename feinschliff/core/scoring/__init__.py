"""Score stage: sacrebleu chrF/BLEU/TER, the MQM-style penalty and the CI quality gate.

Entry points: ``score_segments``, ``score_mqm``/``mqm_penalty``, ``METRICS``, ``evaluate_gate``, ``summarize``;
baselines: ``baseline_json``, ``read_baseline``/``parse_baseline``, ``mark_baseline``.
"""

from .baseline import baseline_json, mark_baseline, parse_baseline, read_baseline
from .gate import GateResult, evaluate_gate, summarize
from .metrics import METRICS, CorpusScores, MqmSummary, mqm_penalty, score_mqm, score_segments

__all__ = ["METRICS", "CorpusScores", "GateResult", "MqmSummary", "baseline_json", "evaluate_gate",
           "mark_baseline", "mqm_penalty", "parse_baseline", "read_baseline", "score_mqm", "score_segments",
           "summarize"]
