"""The exact words where a segment says something else than its re-translation.

The words of the segment are aligned to the re-translation (``align.words``: form, lemma,
fuzzy and number matches, German word order allowed to differ, the source's words counting as
support). A gap of unsupported content words facing content words of the re-translation is a
divergence; its counterpart becomes the suggestion. Only drifting segments (below the
``accuracy.drift`` threshold) are searched, for their strongest spans (up to ``max_spans``,
default 2): in a segment that reads like its re-translation, a differing word is a paraphrase
far more often than an error.

Off by default: against rater-marked spans of real MT (``bench/mqm_ted.py`` with the human
translation as the re-translation) these spans hit a marked error less often than the
whole-segment drift flag does (29 % against 55 %), since a human re-translation paraphrases.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..align.words import Divergence, divergences
from ..model import Category, Segment, Severity
from .alignment import drift_threshold
from .context import CheckContext
from .registry import Finding, check

DIVERGENCE = "accuracy.divergence"
DEFAULT_MAX_SPANS = 2
#: counterparts longer than this are shown in the message, not offered as a fix
MAX_SUGGESTION_WORDS = 8


def _strength(d: Divergence) -> int:
    return d.target_words + d.counterpart_words


def divergent_spans(segment: Segment, ctx: CheckContext) -> list[Divergence]:
    """The strongest spans of a drifting segment, in text order."""
    if not segment.reference or segment.scores.get("chrf", 100.0) >= drift_threshold(ctx, segment):
        return []
    found = sorted(divergences(segment.text, segment.reference, segment.source, ctx.target_lang),
                   key=_strength, reverse=True)
    return sorted(found[: int(ctx.setting(DIVERGENCE, "max_spans", DEFAULT_MAX_SPANS))], key=lambda d: d.start)


@check(DIVERGENCE, Category.ACCURACY, Severity.MAJOR,
       "in a drifting segment, the words nothing in the re-translation or source supports", enabled=False)
def divergence(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    for span in divergent_spans(segment, ctx):
        fix = span.counterpart if len(span.counterpart.split()) <= MAX_SUGGESTION_WORDS else None
        yield Finding(span.start, span.end, f"likely mistranslation: the re-translation has “{span.counterpart}” here", fix)
