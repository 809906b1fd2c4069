"""DeepL Write as an optional fluency suggestion for flagged segments.

A segment with issues gets the rephrased version of its text as a ``Candidate`` of kind
``deepl-write``, next to the glossary and reference fixes, for the editor to take or leave.
Only flagged segments are sent (Write is billed like translation), each text once; the
answers are cached in the translation memory with the DeepL translations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from ..errors import UsageError
from ..model import Candidate, Segment, Severity
from .memory import normalize

WRITE_KIND = "deepl-write"
STYLES = ("simple", "business", "academic", "casual",
          "prefer_simple", "prefer_business", "prefer_academic", "prefer_casual")
TONES = ("enthusiastic", "friendly", "confident", "diplomatic",
         "prefer_enthusiastic", "prefer_friendly", "prefer_confident", "prefer_diplomatic")


class Rephraser(Protocol):
    def rephrase(self, texts: Sequence[str], lang: str = "de", *, style: str | None = None,
                 tone: str | None = None) -> list[str | None]: ...


def flagged(segments: Iterable[Segment], min_severity: Severity = Severity.MINOR) -> list[Segment]:
    """Segments with at least one issue of ``min_severity`` or worse."""
    return [s for s in segments if any(i.severity.rank >= min_severity.rank for i in s.issues)]


def add_write_candidates(
    segments: Iterable[Segment],
    rephraser: Rephraser,
    *,
    lang: str = "de",
    style: str | None = None,
    tone: str | None = None,
    min_severity: Severity = Severity.MINOR,
) -> int:
    """Ask DeepL Write about every flagged segment; returns how many candidates were added.

    A suggestion equal to the segment (up to whitespace) or already offered is not added."""
    if style and tone:
        raise UsageError("DeepL Write takes a style or a tone, not both")
    if style and style not in STYLES:
        raise UsageError(f"unknown DeepL Write style '{style}' (choose {', '.join(STYLES)})")
    if tone and tone not in TONES:
        raise UsageError(f"unknown DeepL Write tone '{tone}' (choose {', '.join(TONES)})")
    targets = flagged(segments, min_severity)
    if not targets:
        return 0
    suggestions = rephraser.rephrase([s.text for s in targets], lang, style=style, tone=tone)
    added = 0
    for segment, suggestion in zip(targets, suggestions):
        if not suggestion or normalize(suggestion) == normalize(segment.text):
            continue
        if any(c.kind == WRITE_KIND and c.text == suggestion for c in segment.candidates):
            continue
        segment.candidates.append(Candidate(WRITE_KIND, suggestion))
        added += 1
    return added
