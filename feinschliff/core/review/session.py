"""A review of one document backed by its session: every command is journaled durably
first and applied second, so whatever the caller shows as done is already on disk."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..config import Config
from ..glossary.model import Glossary
from ..model import Segment
from ..pipeline import DocumentResult
from .journal import Session, content_hash, session_path
from .live_scores import LiveScores, SegmentChecker, Totals
from .state import Rechecker, Refused, Review, Step

__all__ = ["ReviewSession", "Refused", "rechecker_for"]


def rechecker_for(result: DocumentResult, config: Config, glossary: Glossary | None) -> SegmentChecker:
    return SegmentChecker(config, glossary, has_reference=result.reference is not None,
                          target_lang=result.target.lang,
                          source_lang=result.source.lang if result.source is not None else "en",
                          median_chrf=result.median_chrf, document=result.target.content)


class ReviewSession:
    def __init__(self, input_path: str | Path, content: str, segments: Sequence[Segment],
                 recheck: Rechecker | None = None, session_file: str | Path | None = None,
                 initial_chrf: float | None = None, defer_scores: bool = False,
                 chrf_rows: dict[int, list] | None = None):
        self.input_path = Path(input_path)
        self.session = Session(session_file or session_path(input_path), content_hash(content))
        self.review = Review(segments, recheck)
        done, undone = self.session.history()
        report = self.review.replay(done, undone)
        self.scores = LiveScores(self.review.segments, initial_chrf, defer=defer_scores, chrf_rows=chrf_rows)
        self.review.set_listener(self.scores.update)
        self.notice = self._reattach(report.kept, report.dropped)
        segment, issue = self.session.cursor()
        self.cursor: tuple[int, str | None] = (min(segment, max(len(segments) - 1, 0)), issue)
        self._saved_cursor = self.cursor

    @classmethod
    def for_result(cls, result: DocumentResult, config: Config, glossary: Glossary | None,
                   session_file: str | Path | None = None, defer_scores: bool = False) -> ReviewSession:
        """The review of a pipeline result, re-checking edits with the same rules.
        ``defer_scores``: the caller runs ``scores.prime()`` later (in a worker)."""
        corpus = result.corpus
        return cls(result.path, result.target.content, result.segments,
                   rechecker_for(result, config, glossary), session_file,
                   corpus.chrf if corpus is not None else None, defer_scores,
                   corpus.chrf_statistics if corpus is not None else None)

    def _reattach(self, kept: int, dropped: int) -> str | None:
        """Say what happened to the decisions when the input or the checks changed."""
        changed = self.session.changed
        if dropped:
            self.session.compact([step for step, _ in self.review.undo_stack], list(self.review.redo_stack))
        elif changed:
            self.session.accept_input()
        name = self.input_path.name
        if changed:
            return (f"{name} changed since this review began: kept {kept} decisions"
                    + (f", dropped {dropped} that no longer match" if dropped else ""))
        if dropped:
            return f"dropped {dropped} decisions whose issues the checks no longer report (kept {kept})"
        return None

    def close(self) -> None:
        """Save the cursor and unlock the session (it is closed even if saving fails)."""
        if self.session.closed:
            return
        try:
            self.flush_cursor()
        finally:
            self.session.close()

    # -- commands: journal first, then apply -----------------------------------------------

    def run(self, step: Step) -> None:
        self.session.record(step, self.cursor)
        self._saved_cursor = self.cursor
        self.review.apply(step)

    def approve(self, issue_id: str) -> None:
        self.run(self.review.plan_approve(issue_id))

    def reject(self, issue_id: str) -> None:
        self.run(self.review.plan_reject(issue_id))

    def approve_all(self, segment: int) -> int:
        """Approve the open fixes of a segment; returns how many were skipped (overlaps)."""
        step, skipped = self.review.plan_approve_all(segment)
        self.run(step)
        return skipped

    def edit(self, segment: int, text: str) -> None:
        self.run(self.review.plan_edit(segment, text))

    def take(self, segment: int, kind: str = "reference") -> None:
        self.run(self.review.plan_take(segment, kind))

    def undo(self) -> Step:
        if not self.review.undo_stack:
            raise Refused("nothing to undo")
        self.session.record_undo()
        return self.review.undo() or ()

    def redo(self) -> Step:
        if not self.review.redo_stack:
            raise Refused("nothing to redo")
        self.session.record_redo()
        return self.review.redo() or ()

    # -- cursor and figures -------------------------------------------------------------------

    def move(self, segment: int, issue: str | None = None) -> None:
        self.cursor = (segment, issue)

    def flush_cursor(self) -> None:
        if self.cursor != self._saved_cursor:
            self.session.save_cursor(*self.cursor)
            self._saved_cursor = self.cursor

    def totals(self) -> Totals:
        return self.scores.totals()
