"""The machine-readable report (schema documented in the README; keep it stable)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .. import __version__
from ..core.gate import GateResult, summarize
from ..core.model import Issue, Segment
from ..core.pipeline import DocumentResult

SCHEMA_VERSION = 1


def issue_json(issue: Issue) -> dict:
    return {
        "id": issue.id,
        "rule": issue.rule,
        "category": issue.category.value,
        "severity": issue.severity.value,
        "start": issue.start,
        "end": issue.end,
        "text": issue.text,
        "message": issue.message,
        "suggestion": issue.suggestion,
    }


def segment_json(segment: Segment) -> dict:
    return {
        "index": segment.index,
        "text": segment.text,
        "start": segment.start,
        "end": segment.end,
        "source": segment.source,
        "reference": segment.reference,
        "alignment": {
            "target": list(segment.target_ids),
            "reference": list(segment.reference_ids),
            "source": list(segment.source_ids),
        },
        "scores": dict(segment.scores),
        "candidates": [{"kind": c.kind, "text": c.text} for c in segment.candidates],
        "issues": [issue_json(i) for i in segment.issues],
    }


def document_json(result: DocumentResult, glossaries: Sequence[str]) -> dict:
    def text_info(text):
        return None if text is None else {"path": text.path, "lang": text.lang, "sentences": len(text.sentences)}

    return {
        "path": result.path,
        "mode": result.mode,
        "backend": result.backend,
        "source": text_info(result.source),
        "reference": text_info(result.reference),
        "glossaries": list(glossaries),
        "warnings": list(result.warnings),
        "segments": [segment_json(s) for s in result.segments],
        "summary": summarize(result),
    }


def overall_summary(documents: list[dict]) -> dict:
    keys = ("segments", "flagged_segments", "words", "issues")
    total = {k: sum(d["summary"][k] for d in documents) for k in keys}
    penalty = sum(d["summary"]["mqm"]["penalty"] for d in documents)
    total["mqm"] = {
        "penalty": round(penalty, 2),
        "per_1000_words": round(1000 * penalty / total["words"], 2) if total["words"] else 0.0,
    }
    for key in ("by_severity", "by_category", "by_rule"):
        merged: dict[str, int] = {}
        for d in documents:
            for name, count in d["summary"][key].items():
                merged[name] = merged.get(name, 0) + count
        total[key] = dict(sorted(merged.items()))
    return total


def report_json(results: Sequence[DocumentResult], gate: GateResult, fail_on: str, glossaries: Sequence[str]) -> dict:
    documents = [document_json(r, glossaries) for r in results]
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "feinschliff", "version": __version__},
        "gate": {"passed": gate.passed, "fail_on": fail_on, "reasons": gate.reasons},
        "documents": documents,
        "summary": overall_summary(documents),
    }


def dumps(report: dict, pretty: bool = False) -> str:
    """Compact by default (large reports encode several times faster); indented on request."""
    return json.dumps(report, ensure_ascii=False, indent=2 if pretty else None)
