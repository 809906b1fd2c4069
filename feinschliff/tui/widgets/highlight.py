"""Content for the detail pane: flagged spans by category, the word diff of the
re-translation, and the issue list. Styles use theme variables only."""

from __future__ import annotations

from textual.content import Content

from ...core.markup import protect
from ...core.model import Category, Issue
from ...core.review import APPROVE, REJECT, SegmentReview, word_diff

CATEGORY_STYLES = {
    Category.TERMINOLOGY: "on $error-muted",
    Category.ACCURACY: "on $warning-muted",
    Category.FLUENCY: "on $secondary-muted",
    Category.LOCALE: "on $accent-muted",
    Category.STYLE: "on $primary-muted",
}
APPROVED_STYLE = "on $success-muted"
REJECTED_STYLE = "strike dim"
WHOLE_SEGMENT_STYLE = "underline"
CURRENT_STYLE = "bold reverse"
DIFF_STYLE = "bold underline $success"
#: inline markup of bilingual files (tags, placeholders): protected, never part of a fix
MARKUP_STYLE = "italic $text-muted on $boost"
SEVERITY_STYLES = {"minor": "$text-muted", "major": "$warning", "critical": "bold $error"}
DECISION_MARKS = {APPROVE: ("✓ approved", "$success"), REJECT: ("✗ rejected", "$text-muted"), None: ("● open", "$warning")}


def flagged_text(state: SegmentReview, current: str | None) -> Content:
    """The segment's current text with every issue's span styled by category (approved
    fixes in the success colour); the current issue is shown reversed."""
    text, spans = state.layout()
    content = Content(text)
    whole = len(text)
    if state.segment.markup is not None:
        for start, end in protect(text, state.segment.markup).tokens:
            content = content.stylize(MARKUP_STYLE, start, end)
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if span.decision == APPROVE:
            style = APPROVED_STYLE
        elif span.decision == REJECT:
            style = REJECTED_STYLE
        elif span.start == 0 and span.end == whole:
            style = WHOLE_SEGMENT_STYLE
        else:
            style = CATEGORY_STYLES.get(span.issue.category, "underline")
        if span.start == span.end:  # an insertion point: mark the character after it
            content = content.stylize(style + " underline", span.start, min(span.start + 1, whole))
        else:
            content = content.stylize(style, span.start, span.end)
    for span in spans:
        if span.issue.id == current and span.end > span.start and not (span.start == 0 and span.end == whole):
            content = content.stylize(CURRENT_STYLE, span.start, span.end)
    return content


def diffed_reference(text: str, reference: str) -> tuple[Content, float]:
    """The re-translation with the words the segment lacks underlined, and the share of its
    words the segment has."""
    diff = word_diff(text, reference)
    content = Content(reference)
    for start, end in diff.b_only:
        content = content.stylize(DIFF_STYLE, start, end)
    return content, diff.overlap


def _quote(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def issue_line(issue: Issue, decision: str | None, current: bool, applied: str | None) -> Content:
    """Three lines: decision, severity and rule; the flagged text and its fix; the message."""
    mark, mark_style = DECISION_MARKS[decision]
    fix = applied if decision == APPROVE else issue.suggestion
    severity_style = SEVERITY_STYLES.get(issue.severity.value, "")
    head = Content.from_markup(
        f"[$accent]$pointer[/] [{mark_style}]$mark[/] [{severity_style}]$severity[/] [$text-muted]$category · $rule[/]",
        pointer="▶" if current else " ", mark=f"{mark:<10}", severity=f"{issue.severity.value:<8}",
        category=issue.category.value, rule=issue.rule,
    )
    flagged = _quote(issue.text) if issue.text else "∅ (insertion point)"
    if fix is None:
        change = Content.from_markup("    “$text” [$text-muted](no suggested fix)[/]", text=flagged)
    else:
        change = Content.from_markup("    “$text” → [$success]“$fix”[/]", text=flagged, fix=_quote(fix))
    message = Content.from_markup("    [$text-muted]$message[/]", message=issue.message)
    return Content("\n").join([head, change, message])


def issue_list(state: SegmentReview, current: str | None) -> Content:
    if not state.issues:
        done = " (its text was replaced: no issues left)" if state.replaced_by else ""
        return Content.from_markup("[$text-muted]No issues in this segment$done.[/]", done=done)
    _, spans = state.layout()
    ordered = sorted(spans, key=lambda s: (s.start, s.end, s.issue.rule))
    lines = [issue_line(s.issue, s.decision, s.issue.id == current, state.fixes.get(s.issue.id)) for s in ordered]
    return Content("\n\n").join(lines)
