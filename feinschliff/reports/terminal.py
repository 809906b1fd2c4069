"""Human-readable report: every segment with its flagged spans, then a summary."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text as RichText

from ..core.model import Category, Segment, Severity
from ..core.pipeline import DocumentResult
from ..core.scoring import GateResult, summarize
from .positions import LineIndex

CATEGORY_STYLE = {
    Category.TERMINOLOGY: "bold magenta",
    Category.ACCURACY: "bold red",
    Category.FLUENCY: "bold yellow",
    Category.LOCALE: "bold cyan",
    Category.STYLE: "bold blue",
}
SEVERITY_STYLE = {Severity.MINOR: "dim", Severity.MAJOR: "yellow", Severity.CRITICAL: "bold red"}


def highlighted(segment: Segment, markers: bool) -> RichText:
    """The segment text with flagged spans styled (and bracketed when colour is off)."""
    text = segment.text.replace("\r", "")
    out = RichText()
    position = 0
    for issue in sorted(segment.issues, key=lambda i: (i.start, -i.end)):
        if issue.start < position or issue.end - issue.start >= len(text):
            continue
        out.append(text[position : issue.start])
        span = text[issue.start : issue.end] or "‸"
        out.append(f"⟦{span}⟧" if markers else span, style=f"{CATEGORY_STYLE[issue.category]} underline")
        position = issue.end
    out.append(text[position:])
    return out


def _scores(segment: Segment) -> str:
    names = (("chrf", "chrF"), ("bleu", "BLEU"), ("ter", "TER"), ("mqm", "MQM"))
    return "  ".join(f"{label} {segment.scores[key]:g}" for key, label in names if key in segment.scores)


def print_segment(console: Console, segment: Segment, lines: LineIndex, path: str) -> None:
    position = lines.code_point_position(segment.start)
    head = RichText(f"[{segment.index if segment.line is None else segment.line}] ", style="bold")
    head.append(f"{path}:{position.line}:{position.column}  ", style="dim")
    if segment.unit is not None:
        head.append(f"unit {segment.unit}  ", style="dim")
    head.append(_scores(segment), style="dim")
    console.print(head)
    console.print(highlighted(segment, markers=not console.is_terminal or console.no_color), style="default")
    for issue in segment.issues:
        whole = issue.end - issue.start >= len(segment.text)
        row = RichText("  ")
        row.append(f"{issue.severity.value:<9}", style=SEVERITY_STYLE[issue.severity])
        row.append(issue.rule, style=CATEGORY_STYLE[issue.category])
        if issue.baseline is not None:
            row.append(f"  [{issue.baseline}]", style="bold" if issue.baseline == "new" else "dim")
        if issue.text and not whole:
            row.append(f"  „{issue.text}“")
        if issue.suggestion is not None and not whole:
            row.append(" → ")
            row.append(f"„{issue.suggestion.strip()}“", style="green")
        console.print(row)
        console.print(Padding(RichText(issue.message, style="italic dim"), (0, 0, 0, 11), expand=False))
    if segment.issues and segment.reference:
        console.print(Padding(RichText("re-translation: ", style="dim") + RichText(segment.reference, style="green"),
                              (0, 0, 0, 2), expand=False))
    console.print()


def print_summary(console: Console, result: DocumentResult) -> None:
    summary = summarize(result)
    console.rule(f"{result.path}  ·  mode: {result.mode}" + (f" ({result.backend})" if result.backend else ""))
    for warning in result.warnings:
        console.print(f"warning: {warning}", style="yellow")
    table = Table(title="Issues", show_edge=False)
    table.add_column("category")
    for severity in Severity:
        table.add_column(severity.value, justify="right")
    issues = [i for s in result.segments for i in s.issues]
    for category in Category:
        counts = [sum(1 for i in issues if i.category is category and i.severity is s) for s in Severity]
        if any(counts):
            table.add_row(category.value, *(str(c) for c in counts))
    table.add_row("total", *(str(summary["by_severity"][s.value]) for s in Severity), style="bold")
    console.print(table)
    console.print(f"segments: {summary['segments']} ({summary['flagged_segments']} flagged), words: {summary['words']}")
    states = [i.baseline for i in issues if i.baseline is not None]
    if states:
        console.print(f"baseline: {states.count('new')} new, {states.count('baselined')} baselined")
    corpus = summary["corpus"]
    if corpus:
        for key, label in (("chrf", "chrF"), ("bleu", "BLEU"), ("ter", "TER ")):
            if key in corpus:
                console.print(f"{label} {corpus[key]:g}  [dim]{corpus['signatures'][key]}[/dim]")
    else:
        console.print("no reference: chrF/BLEU/TER not computed", style="dim")
    mqm = summary["mqm"]
    console.print(f"MQM penalty {mqm['penalty']:g}: {mqm['per_segment']:g} per segment, "
                  f"{mqm['per_1000_words']:g} per 1,000 words")


def print_report(console: Console, results: Sequence[DocumentResult], gate: GateResult, flagged_only: bool) -> None:
    for result in results:
        lines = LineIndex(result.target.content)
        for segment in result.segments:
            if segment.issues or not flagged_only:
                print_segment(console, segment, lines, result.path)
        print_summary(console, result)
    if gate.passed:
        console.print("quality gate: passed", style="bold green")
    else:
        console.print("quality gate: FAILED", style="bold red")
        for reason in gate.reasons:
            console.print(f"  {reason}", style="red")
