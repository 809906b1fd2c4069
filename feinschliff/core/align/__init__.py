"""Align stage: MT sentences against reference and source → beads → segments.

Entry points: ``align``, ``build_segments``/``compose``/``identity_beads``, ``unit_segments``
(bilingual units) and ``line_segments``/``parallel_beads``/``line_numbers`` (``--lines``)."""

from .aligner import BEAD_TYPES, align
from .lines import line_numbers, line_segments, parallel_beads
from .segments import build_segments, compose, identity_beads
from .units import restore_markup, unit_segments

__all__ = ["BEAD_TYPES", "align", "build_segments", "compose", "identity_beads", "line_numbers",
           "line_segments", "parallel_beads", "restore_markup", "unit_segments"]
