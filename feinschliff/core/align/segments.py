"""Turn sentence alignments into the segments that are checked, scored and reviewed.

A segment is one alignment bead's target sentences (the exact slice of the input file they
span), with the reference sentences of the same bead and the source sentences those map to.
Reference sentences that no target sentence aligns to are *omitted* text: they are attached
to the segment they follow. Target sentences with no counterpart in an existing reference
are *unaligned* (possible additions).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Bead, Segment, Sentence, Text


def _join(sentences: Sequence[Sentence], ids: Sequence[int]) -> str | None:
    texts = [sentences[i].text for i in ids]
    return " ".join(texts) if texts else None


def identity_beads(count: int) -> list[Bead]:
    """1-1 beads for sentence lists that correspond by construction (e.g. a re-translation
    made sentence by sentence)."""
    return [Bead((i,), (i,), 1.0) for i in range(count)]


def compose(first: Sequence[Bead], second: Sequence[Bead]) -> dict[int, tuple[int, ...]]:
    """Map each B-side index of ``first`` to the C-side indices of ``second`` (A->B, B->C)."""
    to_c: dict[int, tuple[int, ...]] = {}
    for bead in second:
        for b in bead.a:
            to_c[b] = bead.b
    return {b: to_c.get(b, ()) for bead in first for b in bead.b}


def build_segments(
    target: Text,
    beads: Sequence[Bead],
    reference: Text | None = None,
    source: Text | None = None,
    source_of_reference: dict[int, tuple[int, ...]] | None = None,
    skip_reference: frozenset[int] = frozenset(),
    skip_source: frozenset[int] = frozenset(),
) -> list[Segment]:
    """Segments in target order from beads between the target (side A) and either the
    reference (side B, with ``source_of_reference`` mapping reference to source indices) or,
    when there is no reference, the source (side B). Sentences in ``skip_reference`` /
    ``skip_source`` are placeholders for text a backend could not translate: they shape the
    alignment but are never shown as reference or source text, nor reported as omitted."""
    segments: list[Segment] = []
    skip_other = skip_reference if reference is not None else skip_source
    pending_omissions: list[str] = []
    other = reference if reference is not None else source
    for bead in beads:
        if not bead.a:
            kept = [i for i in bead.b if i not in skip_other]
            if other is not None and kept:
                omitted = _join(other.sentences, kept)
                if segments:
                    segments[-1].omitted_after += (omitted,)
                else:
                    pending_omissions.append(omitted)
            continue
        first, last = target.sentences[bead.a[0]], target.sentences[bead.a[-1]]
        segment = Segment(
            index=len(segments),
            text=target.content[first.start : last.end],
            start=first.start,
            end=last.end,
            target_ids=tuple(bead.a),
            unaligned=other is not None and not bead.b,
        )
        if reference is not None:
            segment.reference_ids = tuple(i for i in bead.b if i not in skip_reference)
            segment.reference = _join(reference.sentences, segment.reference_ids)
            if source is not None and source_of_reference is not None:
                ids = sorted({s for r in bead.b for s in source_of_reference.get(r, ()) if s not in skip_source})
                segment.source_ids = tuple(ids)
                segment.source = _join(source.sentences, ids)
        elif source is not None:
            segment.source_ids = tuple(i for i in bead.b if i not in skip_source)
            segment.source = _join(source.sentences, segment.source_ids)
        if pending_omissions:
            segment.omitted_before = tuple(pending_omissions)
            pending_omissions = []
        segments.append(segment)
    return segments
