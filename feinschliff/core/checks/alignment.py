"""Checks that compare a segment with its aligned re-translation as a whole:
drift (low chrF: likely mistranslation), omissions and additions from the alignment."""

from __future__ import annotations

import math
from collections.abc import Iterable

from sacrebleu.metrics import CHRF

from ..model import Category, Segment, Severity
from .context import CheckContext
from .registry import Finding, check

DRIFT = "accuracy.drift"
DEFAULT_MIN_CHRF = 30.0
DEFAULT_MEDIAN_DROP = 20.0
REFERENCE_CHARS = 100  # the segment length at which the drop is ``median_drop`` points
DEFAULT_MIN_WORDS = 4
_CHRF = CHRF()


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def drift_threshold(ctx: CheckContext, segment: Segment) -> float:
    """chrF below which a segment counts as drifting: an absolute floor, raised to a drop
    under the document's median where the document has one (a re-translation in another style
    lowers every segment's chrF, a mistranslation only its own). Sentence chrF is noisier the
    shorter the sentence, like any mean over its character n-grams, so the drop is measured in
    that noise: ``median_drop`` points for a segment of 100 characters, scaled by
    sqrt(100 / length), so a 400-character segment drifts at half the drop and a 25-character
    one needs twice the drop."""
    floor = float(ctx.setting(DRIFT, "min_chrf", DEFAULT_MIN_CHRF))
    if ctx.median_chrf is None:
        return floor
    drop = float(ctx.setting(DRIFT, "median_drop", DEFAULT_MEDIAN_DROP))
    return max(floor, ctx.median_chrf - drop * math.sqrt(REFERENCE_CHARS / max(1, len(segment.text))))


@check(DRIFT, Category.ACCURACY, Severity.MAJOR,
       "segment drifts far from its aligned re-translation (chrF far below the document's)")
def drift(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not segment.reference or segment.words < ctx.setting(DRIFT, "min_words", DEFAULT_MIN_WORDS):
        return
    chrf = segment.scores.get("chrf")
    if chrf is None:
        chrf = _CHRF.sentence_score(segment.text, [segment.reference]).score
    threshold = drift_threshold(ctx, segment)
    if chrf < threshold:
        yield Finding(
            0,
            len(segment.text),
            f"likely mistranslation: chrF {chrf:.1f} against the re-translation (threshold {threshold:.1f})",
            segment.reference,
        )


@check("accuracy.omission", Category.ACCURACY, Severity.MAJOR,
       "text of the re-translation or source that no target sentence renders")
def omission(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    side = "re-translation" if ctx.has_reference else "source"
    for position, texts in ((0, segment.omitted_before), (len(segment.text), segment.omitted_after)):
        for text in texts:
            if ctx.has_reference:
                suggestion = f"{text} " if position == 0 else f" {text}"
            else:
                suggestion = None
            yield Finding(position, position, f"omitted: the {side} has “{_shorten(text)}” here", suggestion)


@check("accuracy.addition", Category.ACCURACY, Severity.MINOR,
       "target text with no counterpart in the re-translation or source")
def addition(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if segment.unaligned:
        side = "re-translation" if ctx.has_reference else "source"
        yield Finding(0, len(segment.text), f"no counterpart in the {side}: possible addition")
