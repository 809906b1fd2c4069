"""Review stage: an editor's decisions, journalled to survive a crash, with live scores,
navigation and learnt glossary rules. Entry points: ``ReviewSession`` (with ``rechecker_for``),
``SegmentReview``, ``learn_target``/``learned_entry``/``save_entry``, ``session_path``."""

from .journal import Session, content_hash, session_path
from .learn import LEARNED_NAME, editable, learn_target, learned_entry, save_entry
from .live_scores import LiveScores, SegmentChecker, Totals
from .navigation import View, ordered_issues, position_of, step_issue, visible
from .segment import APPROVE, REJECT, SegmentReview, word_diff
from .session import ReviewSession, rechecker_for
from .state import Action, Refused, Review, Step

__all__ = ["APPROVE", "LEARNED_NAME", "REJECT", "Action", "LiveScores", "Refused", "Review", "ReviewSession",
           "SegmentChecker", "SegmentReview", "Session", "Step", "Totals", "View", "content_hash", "editable",
           "learn_target", "learned_entry", "ordered_issues", "position_of", "rechecker_for", "save_entry",
           "session_path", "step_issue", "visible", "word_diff"]
