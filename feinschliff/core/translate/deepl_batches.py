"""Cut a document's sentences into DeepL requests.

DeepL accepts at most 50 texts and 128 KiB per request. A batch holds at most 50 distinct,
non-empty texts and at most 120 KiB of JSON-encoded text, so options, context and framing
fit into the rest. Texts keep the order of their first occurrence; a repeated sentence is
sent once.

``context`` is one string per request, not billed: the sentences just before the first and
just after the last text of the batch in the document, so the texts at a batch's edges see
their neighbours (the texts inside a batch are each other's neighbours already).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import InputError

MAX_TEXTS = 50
MAX_BYTES = 120 * 1024
MAX_CONTEXT_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Batch:
    texts: tuple[str, ...]
    positions: tuple[int, ...]  # index of each text's first occurrence in the document

    @property
    def characters(self) -> int:
        """What DeepL bills for the batch (Unicode characters of the texts)."""
        return sum(len(t) for t in self.texts)


def encoded_size(text: str) -> int:
    """Bytes a text adds to the JSON request body (the client escapes non-ASCII as ``\\uXXXX``)."""
    return len(json.dumps(text)) + 2  # plus ", " between items


def plan_batches(texts: Sequence[str], max_texts: int = MAX_TEXTS, max_bytes: int = MAX_BYTES) -> list[Batch]:
    """Distinct non-empty texts in order of first occurrence, cut into batches within the limits."""
    seen: set[str] = set()
    batches: list[Batch] = []
    current: list[str] = []
    positions: list[int] = []
    size = 0
    for index, text in enumerate(texts):
        if not text.strip() or text in seen:
            continue
        seen.add(text)
        cost = encoded_size(text)
        if cost > max_bytes:
            raise InputError(
                f"sentence {index + 1} takes {cost:,} bytes, more than the {max_bytes:,} a DeepL request "
                "may carry; check the segmentation of the input"
            )
        if current and (len(current) == max_texts or size + cost > max_bytes):
            batches.append(Batch(tuple(current), tuple(positions)))
            current, positions, size = [], [], 0
        current.append(text)
        positions.append(index)
        size += cost
    if current:
        batches.append(Batch(tuple(current), tuple(positions)))
    return batches


def batch_context(texts: Sequence[str], batch: Batch, window: int, max_chars: int = MAX_CONTEXT_CHARS) -> str | None:
    """The ``window`` sentences around the batch's span in the document (leaving out texts the
    batch itself sends), at most ``max_chars``."""
    if window <= 0 or not batch.positions:
        return None
    first, last = min(batch.positions), max(batch.positions)
    inside = set(batch.texts)
    half = max_chars // 2

    def joined(items: Sequence[str]) -> str:
        return " ".join(t.strip() for t in items if t.strip() and t not in inside)

    before = joined(texts[max(0, first - window) : first])[-half:]
    after = joined(texts[last + 1 : last + 1 + window])[:half]
    context = " ".join(part for part in (before, after) if part)
    return context or None
