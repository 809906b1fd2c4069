"""The machine-readable report (schema documented in the README; keep it stable)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from ..core.model import Segment
from ..core.parallel import map_ranges
from ..core.pipeline import DocumentResult
from ..core.scoring import GateResult, summarize

SCHEMA_VERSION = 1
#: segments encoded per call while streaming (one call per segment costs more than the encoding)
STREAM_BATCH = 1000
#: from this many batches on, worker processes encode them
PARALLEL_BATCHES = 8


def segment_json(segment: Segment) -> dict:
    unit = {"unit": segment.unit} if segment.unit is not None else {}
    return {
        "index": segment.index if segment.line is None else segment.line,
        **unit,
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
        "issues": [i.as_dict() for i in segment.issues] if segment.issues else [],
    }


def document_json(result: DocumentResult, glossaries: Sequence[str], segments: bool = True) -> dict:
    def text_info(text):
        return None if text is None else {"path": text.path, "lang": text.lang, "sentences": len(text.sentences)}

    bilingual = {"format": result.bilingual.format} if result.bilingual is not None else {}
    return {
        "path": result.path,
        **bilingual,
        "mode": result.mode,
        "backend": result.backend,
        "source": text_info(result.source),
        "reference": text_info(result.reference),
        "glossaries": list(glossaries),
        "warnings": list(result.warnings),
        "segments": [segment_json(s) for s in result.segments] if segments else [],
        "summary": summarize(result),
    }


def overall_summary(documents: Sequence[dict]) -> dict:
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


def report_json(results: Sequence[DocumentResult], gate: GateResult, fail_on: str, glossaries: Sequence[str],
                segments: bool = True) -> dict:
    """The whole report as one dict (``segments=False``: with empty segment lists)."""
    documents = [document_json(r, glossaries, segments) for r in results]
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "feinschliff", "version": __version__},
        "gate": {"passed": gate.passed, "fail_on": fail_on, "reasons": gate.reasons},
        "documents": documents,
        "summary": overall_summary(documents),
    }


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_report(out: TextIO, results: Sequence[DocumentResult], gate: GateResult, fail_on: str,
                 glossaries: Sequence[str], pretty: bool = False) -> None:
    """Write the report. Compact JSON is streamed segment by segment, so a large document
    never exists twice in memory; ``pretty`` indents the whole report at once."""
    if pretty:
        out.write(json.dumps(report_json(results, gate, fail_on, glossaries), ensure_ascii=False, indent=2))
        out.write("\n")
        return
    frame = report_json(results, gate, fail_on, glossaries, segments=False)
    documents = frame.pop("documents")
    summary = frame.pop("summary")
    out.write(_compact(frame)[:-1] + ',"documents":[')
    for n, (document, result) in enumerate(zip(documents, results)):
        document_summary = document.pop("summary")
        document.pop("segments")
        out.write(("," if n else "") + _compact(document)[:-1] + ',"segments":[')
        segments = result.segments
        batches = [(start, min(start + STREAM_BATCH, len(segments))) for start in range(0, len(segments), STREAM_BATCH)]

        def encode(first: int, last: int, segments=segments, batches=batches) -> list[str]:
            return [_compact([segment_json(s) for s in segments[slice(*b)]])[1:-1] for b in batches[first:last]]

        out.write(",".join(map_ranges(encode, len(batches), min_count=PARALLEL_BATCHES, warm_up=0)))
        out.write('],"summary":' + _compact(document_summary) + "}")
    out.write('],"summary":' + _compact(summary) + "}\n")
