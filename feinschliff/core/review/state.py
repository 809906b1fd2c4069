"""Review state: what an editor decided about each flagged issue, without any UI.

Every user command becomes a ``Step`` (a tuple of ``Action``s: "approve all" is several
approvals) that is first validated (``plan_*``, which raises ``Refused`` with a message the
UI shows), then journaled by the caller, then applied. Applying keeps a snapshot of the
segment so ``undo``/``redo`` are exact. ``replay`` rebuilds the state from a journal after a
re-run of the pipeline; actions whose issue or segment no longer exists are dropped.

A segment's *base* text is its original text, or the text an editor typed (edit) or took
(take). Its current text is the base with every approved fix applied at its offsets, right
to left. Approved fixes never overlap. Edit and take re-run the segment's checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..markup import encode, markup_changed
from ..model import Issue, Segment
from .segment import APPROVE, REJECT, SegmentReview, overlaps

EDIT, TAKE = "edit", "take"
ACTIONS = (APPROVE, REJECT, EDIT, TAKE)

#: (segment with its original offsets, new text) -> the issues of that text
Rechecker = Callable[[Segment, str], list[Issue]]


class Refused(Exception):
    """A command that cannot be carried out; the message is for the editor."""


@dataclass(frozen=True, slots=True)
class Action:
    kind: str
    segment: int
    issue_id: str | None = None
    #: the approved suggestion, or the edited / taken segment text
    text: str | None = None
    #: fingerprint of the segment's original text (``segment.anchor_of``)
    anchor: str = ""
    #: what was taken: "reference", "deepl-write"...
    detail: str = ""


Step = tuple[Action, ...]


@dataclass(frozen=True, slots=True)
class ReplayReport:
    kept: int
    dropped: int


class Review:
    def __init__(self, segments: Sequence[Segment], recheck: Rechecker | None = None):
        self.segments = [SegmentReview(s) for s in segments]
        self._recheck = recheck
        self._on_change: Callable[[SegmentReview], None] = lambda _seg: None
        self._by_issue = {i.id: s.index for s in self.segments for i in s.issues}
        self._by_anchor: dict[str, list[int]] = {}
        for seg in self.segments:
            self._by_anchor.setdefault(seg.anchor, []).append(seg.index)
        self.undo_stack: list[tuple[Step, dict[int, SegmentReview]]] = []
        self.redo_stack: list[Step] = []

    def set_rechecker(self, recheck: Rechecker | None) -> None:
        """Check later edits with other rules or glossary (e.g. after a rule was learned)."""
        self._recheck = recheck

    def set_listener(self, on_change: Callable[[SegmentReview], None]) -> None:
        """Called with a segment's new state whenever a step, undo or redo changes it."""
        self._on_change = on_change

    def adopt_issues(self, index: int, issues: list[Issue]) -> None:
        """New check results for a segment's base text (e.g. after the glossary changed):
        decisions on issues that are still reported stay, approved fixes always stay."""
        state = self.segments[index].copy()
        kept = {i.id for i in issues}
        approved = [i for i in state.issues if state.decisions.get(i.id) == APPROVE and i.id not in kept]
        state.issues = sorted([*issues, *approved], key=lambda i: (i.start, i.end, i.rule))
        state.decisions = {k: v for k, v in state.decisions.items() if k in kept or k in state.fixes}
        self._set_segment(index, state)
        self._on_change(state)

    # -- lookups -------------------------------------------------------------------------

    def segment_of(self, issue_id: str) -> SegmentReview:
        try:
            return self.segments[self._by_issue[issue_id]]
        except KeyError:
            raise Refused(f"no issue {issue_id} in this document") from None

    def progress(self) -> tuple[int, int]:
        decided = total = 0
        for seg in self.segments:
            done, count = seg.progress()
            decided, total = decided + done, total + count
        return decided, total

    # -- planning: validate a command without changing anything --------------------------

    def plan_approve(self, issue_id: str) -> Step:
        seg = self.segment_of(issue_id)
        issue = seg.issue(issue_id)
        if issue.suggestion is None:
            raise Refused("this issue has no suggested fix: edit the segment or reject the issue")
        if seg.decisions.get(issue_id) == APPROVE:
            raise Refused("this fix is already applied")
        if not (seg.base[: issue.start] + issue.suggestion + seg.base[issue.end :]).strip():
            raise Refused("this fix would leave the segment empty: edit the segment instead")
        clash = next((other for other in seg.approved() if overlaps(issue, other)), None)
        if clash is not None:
            raise Refused(f"overlaps the applied fix “{clash.text}” → “{clash.suggestion}”: undo or reject that first")
        return (Action(APPROVE, seg.index, issue_id, issue.suggestion, seg.anchor),)

    def plan_reject(self, issue_id: str) -> Step:
        seg = self.segment_of(issue_id)
        if seg.decisions.get(issue_id) == REJECT:
            raise Refused("this issue is already rejected")
        return (Action(REJECT, seg.index, issue_id, None, seg.anchor),)

    def plan_approve_all(self, index: int) -> tuple[Step, int]:
        """Approve every open fix of a segment, narrowest first, skipping fixes that overlap
        one already chosen. Returns the step and how many fixes were skipped."""
        seg = self.segments[index]
        chosen: list[Issue] = list(seg.approved())
        actions, skipped = [], 0
        candidates = [i for i in seg.issues if i.suggestion is not None and i.id not in seg.decisions]
        for issue in sorted(candidates, key=lambda i: (i.end - i.start, i.start)):
            if any(overlaps(issue, other) for other in chosen):
                skipped += 1
                continue
            chosen.append(issue)
            actions.append(Action(APPROVE, index, issue.id, issue.suggestion, seg.anchor))
        if not actions:
            raise Refused("no open fix to approve in this segment" + (f" ({skipped} overlap applied fixes)" if skipped else ""))
        actions.sort(key=lambda a: seg.issue(a.issue_id or "").start)
        return tuple(actions), skipped

    def plan_edit(self, index: int, text: str, kind: str = EDIT, detail: str = "") -> Step:
        seg = self.segments[index]
        if not text.strip():
            raise Refused("a segment cannot be empty")
        if text == seg.text:
            raise Refused("the text is unchanged")
        markup = markup_changed(seg.segment, text)
        if markup is not None:
            raise Refused(markup)
        return (Action(kind, index, None, text, seg.anchor, detail),)

    def plan_take(self, index: int, kind: str = "reference") -> Step:
        seg = self.segments[index]
        text = seg.segment.reference if kind == "reference" else seg.candidate(kind)
        if not text:
            raise Refused(f"no {kind} sentence for segment {index + 1}")
        if seg.segment.markup is not None:
            text = encode(text, seg.segment.markup)
        return self.plan_edit(index, text, TAKE, kind)

    # -- applying -------------------------------------------------------------------------

    def apply(self, step: Step) -> None:
        """Apply a planned step; it becomes undoable and clears the redo stack."""
        snapshots = self._apply(step)
        self.undo_stack.append((step, snapshots))
        self.redo_stack.clear()

    def undo(self) -> Step | None:
        if not self.undo_stack:
            return None
        step, snapshots = self.undo_stack.pop()
        for index, snapshot in snapshots.items():
            self._set_segment(index, snapshot)
            self._on_change(snapshot)
        self.redo_stack.append(step)
        return step

    def redo(self) -> Step | None:
        if not self.redo_stack:
            return None
        step = self.redo_stack.pop()
        self.undo_stack.append((step, self._apply(step)))
        return step

    def replay(self, done: Iterable[Step], undone: Iterable[Step] = ()) -> ReplayReport:
        """Rebuild the state from journaled steps (``undone`` in redo order, last undone
        last), keeping the actions that still match this document."""
        kept = dropped = 0
        for step in done:
            resolved = self.resolve(step)
            kept, dropped = kept + len(resolved), dropped + len(step) - len(resolved)
            if resolved:
                self.apply(resolved)
        for step in undone:
            resolved = self.resolve(step)
            dropped += len(step) - len(resolved)
            if resolved:
                self.redo_stack.append(resolved)
        return ReplayReport(kept, dropped)

    def resolve(self, step: Step) -> Step:
        """The actions of a journaled step re-attached to this document, applied in order to
        a scratch state so a whole step is checked for overlaps as it will be applied."""
        resolved: list[Action] = []
        approved: dict[int, list[Issue]] = {}
        for action in step:
            if action.kind in (APPROVE, REJECT):
                index = self._by_issue.get(action.issue_id or "")
                if index is None:
                    continue
                seg = self.segments[index]
                if action.kind == APPROVE:
                    issue = replace(seg.issue(action.issue_id or ""), suggestion=action.text)
                    chosen = approved.setdefault(index, [i for i in seg.approved() if i.id != issue.id])
                    if any(overlaps(issue, other) for other in chosen):
                        continue
                    chosen.append(issue)
                resolved.append(replace(action, segment=index, anchor=seg.anchor))
            elif action.kind in (EDIT, TAKE) and action.text:
                index = self._segment_by_anchor(action)
                if index is not None:
                    resolved.append(replace(action, segment=index))
        return tuple(resolved)

    def _segment_by_anchor(self, action: Action) -> int | None:
        if 0 <= action.segment < len(self.segments) and self.segments[action.segment].anchor == action.anchor:
            return action.segment
        matches = self._by_anchor.get(action.anchor, [])
        return matches[0] if len(matches) == 1 else None

    def _apply(self, step: Step) -> dict[int, SegmentReview]:
        snapshots: dict[int, SegmentReview] = {}
        for action in step:
            seg = self.segments[action.segment]
            snapshots.setdefault(seg.index, seg.copy())
            if action.kind in (APPROVE, REJECT):
                seg.decide(action.issue_id or "", action.kind, action.text)
            else:
                text = action.text or ""
                issues = self._recheck(seg.segment, text) if self._recheck else []
                changed = seg.copy()
                changed.replace_text(text, action.kind, issues)
                self._set_segment(seg.index, changed)
        for index in snapshots:
            self._on_change(self.segments[index])
        return snapshots

    def _set_segment(self, index: int, state: SegmentReview) -> None:
        old = self.segments[index]
        for issue in old.issues:
            if self._by_issue.get(issue.id) == index:
                del self._by_issue[issue.id]
        self.segments[index] = state
        for issue in state.issues:
            self._by_issue.setdefault(issue.id, index)
