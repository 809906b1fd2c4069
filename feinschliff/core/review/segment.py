"""The review state of one segment: its base text, its issues and the decisions on them;
and the word-level difference between a segment and its re-translation.

Words are compared exactly (case and inflection count: "Github" vs "GitHub" differs); the
difference gives, for each side, the character spans of words the other side lacks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from ..model import Issue, Segment
from ..tokens import words

APPROVE, REJECT = "approve", "reject"
OPEN, DECIDED = "open", "decided"


def anchor_of(text: str) -> str:
    """Fingerprint of a segment's original text, to re-attach edits after the input changed."""
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()


def overlaps(a: Issue, b: Issue) -> bool:
    """Whether two fixes touch the same text: shared characters, or two insertions at one
    point (their order would be arbitrary). An insertion at the edge of a span does not."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    return a.start < b.end and b.start < a.end


@dataclass(frozen=True, slots=True)
class Span:
    """Where an issue sits in the segment's current text, and what became of it."""

    start: int
    end: int
    issue: Issue
    decision: str | None


@dataclass(slots=True)
class SegmentReview:
    segment: Segment
    issues: list[Issue] = field(default_factory=list)
    base: str = ""
    #: how the base text was replaced: "edit", "take" or None (original text)
    replaced_by: str | None = None
    #: issue id -> "approve" | "reject"
    decisions: dict[str, str] = field(default_factory=dict)
    #: issue id -> the approved replacement text (the suggestion the editor saw)
    fixes: dict[str, str] = field(default_factory=dict)
    anchor: str = ""

    def __post_init__(self) -> None:
        if not self.base:
            self.base = self.segment.text
            self.issues = list(self.segment.issues)
        if not self.anchor:
            unit = self.segment.unit
            self.anchor = f"unit:{unit}" if unit is not None else anchor_of(self.segment.text)

    @property
    def index(self) -> int:
        return self.segment.index

    def copy(self) -> SegmentReview:
        return replace(self, issues=list(self.issues), decisions=dict(self.decisions), fixes=dict(self.fixes))

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(issue_id)

    def candidate(self, kind: str) -> str | None:
        return next((c.text for c in self.segment.candidates if c.kind == kind), None)

    def approved(self) -> list[Issue]:
        """Approved issues, with the suggestion that was approved."""
        return [replace(i, suggestion=self.fixes[i.id]) for i in self.issues if self.decisions.get(i.id) == APPROVE]

    def open_issues(self) -> list[Issue]:
        return [i for i in self.issues if i.id not in self.decisions]

    def decide(self, issue_id: str, kind: str, text: str | None) -> None:
        self.decisions[issue_id] = kind
        if kind == APPROVE:
            self.fixes[issue_id] = text or ""
        else:
            self.fixes.pop(issue_id, None)

    def replace_text(self, text: str, kind: str, issues: list[Issue]) -> None:
        """Edit or take: a new base text with its own issues; earlier decisions are void."""
        self.base, self.replaced_by, self.issues = text, kind, issues
        self.decisions.clear()
        self.fixes.clear()

    def progress(self) -> tuple[int, int]:
        """(decided, total) issues; an edit or take decides all of the original issues."""
        earlier = len(self.segment.issues) if self.replaced_by else 0
        return earlier + len(self.decisions), earlier + len(self.issues)

    @property
    def state(self) -> str:
        return OPEN if len(self.decisions) < len(self.issues) else DECIDED

    @property
    def changed(self) -> bool:
        return self.text != self.segment.text

    @property
    def text(self) -> str:
        return self.layout()[0]

    def layout(self) -> tuple[str, list[Span]]:
        """The current text and where every issue sits in it: an approved fix covers its
        replacement text; other spans are shifted past the fixes before them."""
        fixes = sorted(self.approved(), key=lambda i: (i.start, i.end))
        parts, shifts, cursor = [], [], 0
        for fix in fixes:
            parts.append(self.base[cursor : fix.start])
            parts.append(fix.suggestion or "")
            shifts.append((fix.start, fix.end, len(fix.suggestion or "") - (fix.end - fix.start)))
            cursor = fix.end
        parts.append(self.base[cursor:])
        text = "".join(parts)

        def moved(offset: int) -> int:
            delta = 0
            for start, end, shift in shifts:
                if end <= offset and not (start == end == offset):
                    delta += shift
                elif start < offset < end:
                    return start + delta + (end - start) + shift
            return offset + delta

        spans = []
        for issue in self.issues:
            decision = self.decisions.get(issue.id)
            if decision == APPROVE:
                start = moved(issue.start)
                spans.append(Span(start, start + len(self.fixes[issue.id]), issue, decision))
            else:
                spans.append(Span(moved(issue.start), moved(issue.end), issue, decision))
        return text, spans


@dataclass(frozen=True, slots=True)
class WordDiff:
    #: spans of ``a`` whose words are missing from or replaced in ``b``
    a_only: tuple[tuple[int, int], ...]
    #: spans of ``b`` whose words are missing from or replaced in ``a``
    b_only: tuple[tuple[int, int], ...]
    #: share of words of ``b`` that ``a`` has too (0..1)
    overlap: float


def word_diff(a: str, b: str) -> WordDiff:
    ta, tb = words(a), words(b)
    matcher = SequenceMatcher(None, [t.text for t in ta], [t.text for t in tb], autojunk=False)
    a_only: list[tuple[int, int]] = []
    b_only: list[tuple[int, int]] = []
    same = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            same += i2 - i1
            continue
        if i2 > i1:
            a_only.append((ta[i1].start, ta[i2 - 1].end))
        if j2 > j1:
            b_only.append((tb[j1].start, tb[j2 - 1].end))
    return WordDiff(tuple(a_only), tuple(b_only), same / len(tb) if tb else 1.0)
