"""Line-true documents (``--lines``): every non-blank input line is one sentence and one
report segment, numbered by its line in the file.

Two line files are *parallel* when they have the same number of lines (blank lines at the
end do not count): line k of one corresponds to line k of the other, and a line blank on one
side only is an omission or an addition. Files whose line counts differ but whose non-blank
lines are equally many are paired in order. Only otherwise are they aligned; the segments are
still single lines, and a line that the alignment grouped with its neighbours shows the whole
bead in its alignment, shares the bead's reference and source text, and carries the bead's
scores and the issues found on its part of the bead.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from ..model import Bead, Issue, Segment, Text, issue_id


def line_numbers(text: Text) -> list[int]:
    """The 1-based line number of each sentence (line breaks as the splitter knows them:
    ``str.splitlines``)."""
    starts = list(accumulate(map(len, text.content.splitlines(keepends=True)), initial=0))
    return [bisect_right(starts, s.start) for s in text.sentences]


def parallel_beads(a: Text, b: Text) -> list[Bead] | None:
    """1-1 beads pairing the lines of two parallel line files (see the module), or None when
    they are not parallel and must be aligned."""
    lines_a, lines_b = line_numbers(a), line_numbers(b)
    if (lines_a or [0])[-1] == (lines_b or [0])[-1]:  # as many lines up to the last non-blank one
        by_line = {n: ((i,), ()) for i, n in enumerate(lines_a)}
        for j, n in enumerate(lines_b):
            by_line[n] = (by_line.get(n, ((), ()))[0], (j,))
        return [Bead(ids_a, ids_b, 1.0 if ids_a and ids_b else 0.0)
                for _, (ids_a, ids_b) in sorted(by_line.items())]
    if len(lines_a) == len(lines_b):
        return [Bead((i,), (i,), 1.0) for i in range(len(lines_a))]
    return None


def _numbering(mode: str, target: Text, reference: Text | None, source: Text | None) -> tuple[list[int], list[int]]:
    """Line numbers of the reference and source sentences. A re-translation made sentence by
    sentence has the lines of what it translates: the source, or in a round trip the target."""
    if mode == "round-trip":
        lines = line_numbers(target)
        return lines, lines
    source_numbers = line_numbers(source) if source is not None else []
    if mode == "retranslated":
        return source_numbers, source_numbers
    return (line_numbers(reference) if reference is not None else []), source_numbers


def line_segments(segments: list[Segment], mode: str, target: Text, reference: Text | None,
                  source: Text | None) -> list[Segment]:
    """One segment per target line, in order, with ``line`` set and the alignment given as
    line numbers (see the module for lines that share a bead)."""
    target_numbers = line_numbers(target)
    ref_numbers, source_numbers = _numbering(mode, target, reference, source)
    out: list[Segment] = []
    for segment in segments:
        ids = segment.target_ids
        common = dict(
            target_ids=tuple(target_numbers[i] for i in ids),
            reference=segment.reference,
            reference_ids=tuple(ref_numbers[i] for i in segment.reference_ids),
            source=segment.source,
            source_ids=tuple(source_numbers[i] for i in segment.source_ids),
            unaligned=segment.unaligned,
        )
        for k, i in enumerate(ids):
            sentence = target.sentences[i]
            line = Segment(index=len(out), text=sentence.text, start=sentence.start, end=sentence.end,
                           line=target_numbers[i], scores=dict(segment.scores), **common)
            if k == 0:
                line.omitted_before = segment.omitted_before
            if k == len(ids) - 1:
                line.omitted_after = segment.omitted_after
            out.append(line)
        if len(ids) == 1:
            out[-1].issues = segment.issues
        else:
            _distribute(segment, out[-len(ids):])
    return out


def _distribute(segment: Segment, lines: list[Segment]) -> None:
    """Hand the issues of a many-line segment to its lines: each to the line where it starts,
    cut at that line's end (a cut issue keeps its message but loses its suggestion)."""
    for issue in segment.issues:
        start = segment.start + issue.start
        line = next((ln for ln in lines if start <= ln.end), lines[-1])
        begin = max(start, line.start) - line.start
        end = min(segment.start + issue.end, line.end) - line.start
        end = max(end, begin)
        cut = segment.start + issue.end > line.end
        line.issues.append(_moved(issue, line, begin, end, cut))


def _moved(issue: Issue, line: Segment, start: int, end: int, cut: bool) -> Issue:
    text = line.text[start:end]
    return replace(issue, id=issue_id(issue.rule, line.start, start, end, text), start=start, end=end,
                   text=text, suggestion=None if cut else issue.suggestion)
