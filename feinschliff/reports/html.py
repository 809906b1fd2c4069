"""A self-contained HTML report: summary, scores per document, the score distribution, and
every flagged segment beside its re-translation with the flagged spans highlighted.

It loads nothing from elsewhere (inline CSS and SVG, no scripts, a Content-Security-Policy that
forbids any fetch) and escapes all document text (Jinja2 autoescaping).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TextIO

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from .. import __version__
from ..core.model import Issue, Segment, Severity
from ..core.scoring import summarize
from .context import ReportContext, located_issues
from .html_chart import score_chart
from .json_report import overall_summary
from .positions import LineIndex


@dataclass(slots=True)
class Piece:
    """A run of text and the issues (or fixes) covering it."""

    text: str
    issues: list[Issue] = field(default_factory=list)
    insertion: bool = False

    @property
    def severity(self) -> str:
        return max(self.issues, key=lambda i: i.severity.rank).severity.value if self.issues else ""

    @property
    def title(self) -> str:
        return "\n".join(f"{i.rule} ({i.severity.value}): {i.message}" for i in self.issues)


def pieces(text: str, spans: Sequence[tuple[int, int, Issue]]) -> list[Piece]:
    """``text`` cut at every span boundary; insertion points (empty spans) become markers."""
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Piece] = []
    for start, end in zip(cuts, cuts[1:] + [None]):
        inserted = [i for s, e, i in spans if s == e == start]
        if inserted:
            out.append(Piece("‸", inserted, insertion=True))
        if end is not None:
            out.append(Piece(text[start:end], [i for s, e, i in spans if s <= start and end <= e and s < e]))
    return out


def _whole(segment: Segment, issue: Issue) -> bool:
    return issue.end - issue.start >= len(segment.text)


def segment_view(segment: Segment, located, line: int) -> dict:
    marked = [(i.start, i.end, i) for i in segment.issues if not _whole(segment, i)]
    fixes = []
    if segment.reference:
        for issue in segment.issues:
            if issue.suggestion and not _whole(segment, issue) and issue.suggestion != segment.reference:
                at = segment.reference.find(issue.suggestion)
                if at >= 0:
                    fixes.append((at, at + len(issue.suggestion), issue))
    return {
        "segment": segment,
        "line": line,
        "target": pieces(segment.text, marked),
        "reference": pieces(segment.reference, fixes) if segment.reference else None,
        "issues": [(found, _whole(segment, found.issue)) for found in located],
    }


def document_view(context: ReportContext, result, number: int) -> dict:
    lines = LineIndex(result.target.content)
    by_segment: dict[int, list] = {}
    for found in located_issues(result, lines):
        by_segment.setdefault(found.segment.index, []).append(found)
    return {
        "number": number,
        "result": result,
        "summary": summarize(result),
        "reasons": context.reasons_for(result),
        "segments": [segment_view(s, by_segment[s.index], lines.position(s.start).line)
                     for s in result.segments if s.issues],
    }


def _environment() -> Environment:
    env = Environment(autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda value: "–" if value is None else f"{value:g}"
    return env


def render_html(context: ReportContext) -> str:
    documents = [document_view(context, r, n) for n, r in enumerate(context.results, 1)]
    caption, svg = score_chart(context.results)
    template = _environment().from_string(files(__package__).joinpath("templates/report.html.j2").read_text("utf-8"))
    return template.render(
        version=__version__, gate=context.gate, fail_on=context.fail_on, glossaries=context.glossaries,
        documents=documents, total=overall_summary(documents), severities=[s.value for s in Severity],
        chart_caption=caption, chart=Markup(svg),
    )


def write_html(out: TextIO, context: ReportContext) -> None:
    out.write(render_html(context))
