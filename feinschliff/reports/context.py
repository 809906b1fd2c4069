"""What every report format is written from: the checked documents and the gate's verdict."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..core.model import Issue, Segment, Severity
from ..core.pipeline import DocumentResult
from ..core.scoring import GateResult
from .positions import LineIndex, Position


@dataclass(frozen=True, slots=True)
class ReportContext:
    results: Sequence[DocumentResult]
    gate: GateResult
    fail_on: str
    glossaries: Sequence[str]
    #: JSON: indent the report
    pretty: bool = False
    #: text: only segments with issues
    flagged_only: bool = False

    def reasons_for(self, result: DocumentResult) -> list[str]:
        """The gate's reasons that concern one document (each reason names its document)."""
        prefix = f"{result.path}: "
        return [r[len(prefix):] for r in self.gate.reasons if r.startswith(prefix)]

    def failing(self, issue: Issue) -> bool:
        """Does this issue alone fail the severity gate?"""
        return self.fail_on != "never" and issue.severity.rank >= Severity(self.fail_on).rank


@dataclass(frozen=True, slots=True)
class Located:
    """An issue with its span in the file: ``start``/``end`` are character offsets into the
    decoded file, ``begin``/``finish`` their line and UTF-16 column."""

    segment: Segment
    issue: Issue
    start: int
    end: int
    begin: Position
    finish: Position


def located_issues(result: DocumentResult, lines: LineIndex | None = None) -> Iterator[Located]:
    lines = lines or LineIndex(result.target.content)
    for segment in result.segments:
        for issue in segment.issues:
            start, end = segment.start + issue.start, segment.start + issue.end
            yield Located(segment, issue, start, end, lines.position(start), lines.position(end))


def relative_path(path: str) -> PurePosixPath | None:
    """``path`` relative to the working directory with forward slashes (how CI tools name
    repository files), or None when it lies outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return PurePosixPath(absolute.relative_to(Path.cwd()).as_posix())
    except ValueError:
        return None
