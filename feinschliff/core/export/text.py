"""Export a review: the repaired German and the decisions as JSON.

The repaired file is the original text with each changed segment's span ``[start:end]``
replaced by its current text (its edited or taken text, or its approved fixes applied at
their offsets). Every other character of the input - a BOM, CRLF line ends, the whitespace
between sentences - is copied unchanged. Both files are written atomically.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ... import __version__
from ..errors import UsageError
from ..review import SegmentReview, Totals, content_hash
from ..textio import write_text_atomic

DECISIONS_SCHEMA = 1


def default_outputs(input_path: str | Path, suffix: str | None = None) -> tuple[Path, Path]:
    """``<stem>.repaired<suffix>`` and ``<stem>.decisions.json`` next to the input."""
    path = Path(input_path)
    return (path.with_name(f"{path.stem}.repaired{suffix or path.suffix}"),
            path.with_name(f"{path.stem}.decisions.json"))


def repaired_text(original: str, states: Sequence[SegmentReview]) -> str:
    parts: list[str] = []
    cursor = 0
    for state in sorted(states, key=lambda s: s.segment.start):
        if not state.changed:
            continue
        segment = state.segment
        if original[segment.start : segment.end] != segment.text:
            raise ValueError(f"segment {segment.index + 1} does not match the input at {segment.start}:{segment.end}")
        parts.append(original[cursor : segment.start])
        parts.append(state.text)
        cursor = segment.end
    parts.append(original[cursor:])
    return "".join(parts)


def _issue_json(state: SegmentReview, spans: dict) -> list[dict]:
    out = []
    for issue in state.issues:
        decision = state.decisions.get(issue.id)
        span = spans[issue.id]
        out.append({
            **issue.as_dict(),
            "decision": decision,
            "applied": state.fixes.get(issue.id),
            "span_in_repaired_segment": [span.start, span.end],
        })
    return out


def decisions_json(input_path: str | Path, original: str, states: Sequence[SegmentReview], totals: Totals) -> dict:
    segments = []
    for state in states:
        if not state.issues and not state.segment.issues and not state.changed:
            continue
        text, spans = state.layout()
        segments.append({
            "index": state.index,
            "start": state.segment.start,
            "end": state.segment.end,
            "original": state.segment.text,
            "repaired": text,
            "replaced_by": state.replaced_by,
            "original_issues": len(state.segment.issues),
            "issues": _issue_json(state, {s.issue.id: s for s in spans}),
        })
    return {
        "schema": DECISIONS_SCHEMA,
        "tool": f"feinschliff {__version__}",
        "input": str(input_path),
        "input_sha256": content_hash(original),
        "exported": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "progress": {"decided": totals.decided, "total": totals.total},
        "mqm_per_1000_words": totals.mqm_per_1000,
        "chrf": totals.chrf,
        "segments": segments,
    }


@dataclass(frozen=True, slots=True)
class ExportResult:
    repaired: Path
    decisions: Path
    changed_segments: int


def export_review(input_path: str | Path, original: str, states: Sequence[SegmentReview], totals: Totals,
                  output: str | Path | None = None, decisions: str | Path | None = None,
                  render: Callable[[], str] | None = None, suffix: str | None = None) -> ExportResult:
    """Write the repaired file (``render()``, by default the repaired text) and the decisions."""
    default_repaired, default_decisions = default_outputs(input_path, suffix)
    repaired_path = Path(output) if output is not None else default_repaired
    decisions_path = Path(decisions) if decisions is not None else default_decisions
    source = Path(input_path).resolve()
    for target in (repaired_path, decisions_path):
        if target.resolve() == source:
            raise UsageError(f"{target} is the input file: choose another output")
    if repaired_path.resolve() == decisions_path.resolve():
        raise UsageError("the repaired text and the decisions need two different files")
    for target in (repaired_path, decisions_path):
        if not target.parent.resolve().is_dir():
            raise UsageError(f"{target}: the folder {target.parent} does not exist")
    write_text_atomic(repaired_path, render() if render is not None else repaired_text(original, states))
    document = decisions_json(input_path, original, states, totals)
    write_text_atomic(decisions_path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return ExportResult(repaired_path, decisions_path, sum(1 for s in states if s.changed))
