"""What every report format is written from: the checked documents and the gate's verdict."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
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
    #: per-path gates: a document's own fail_on where it differs from ``fail_on``
    fail_on_for: Mapping[str, str] = field(default_factory=dict)

    def reasons_for(self, result: DocumentResult) -> list[str]:
        """The gate's reasons that concern one document (each reason names its document)."""
        prefix = f"{result.path}: "
        return [r[len(prefix):] for r in self.gate.reasons if r.startswith(prefix)]

    def failing(self, issue: Issue, path: str | None = None) -> bool:
        """Does this issue alone fail the severity gate (of the document at ``path``)? An
        issue a baseline holds never does."""
        fail_on = self.fail_on_for.get(path, self.fail_on) if path is not None else self.fail_on
        return (fail_on != "never" and issue.baseline != "baselined"
                and issue.severity.rank >= Severity(fail_on).rank)


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
