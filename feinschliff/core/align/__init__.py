"""Align stage: sentences of the MT against the reference and source → beads → segments.

Entry points: ``align`` (sentence beads), ``build_segments``/``compose``/``identity_beads``
(segments from beads) and, for line-true input, ``line_segments``/``parallel_beads``/``line_numbers``.
"""

from .aligner import BEAD_TYPES, align
from .lines import line_numbers, line_segments, parallel_beads
from .segments import build_segments, compose, identity_beads

__all__ = ["BEAD_TYPES", "align", "build_segments", "compose", "identity_beads", "line_numbers",
           "line_segments", "parallel_beads"]
