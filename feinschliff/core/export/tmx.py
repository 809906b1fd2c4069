"""Repaired segments as a translation memory (TMX), for ``export --to tmx``.

Every segment with a source and no open issue becomes a unit: the source and the target as
the review left it (repaired, or found clean). Segments with open issues are left out, so the
memory holds only text an editor (or the checks) vouched for. Inline markup is dropped:
the units hold the plain text, as the translation memory stores and matches it, and
``feinschliff memory import`` reads the file back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..markup import OBJECT, XML, plain_text
from ..review import SegmentReview
from ..translate.memory import Unit
from ..translate.memory_tmx import tmx_bytes

ORIGIN = "feinschliff-review"


@dataclass(frozen=True, slots=True)
class TmxUnits:
    units: list[Unit]
    open_issues: int
    without_source: int


def _plain(text: str, markup: str | None) -> str:
    if markup == XML:
        text = plain_text(text, markup)
    return " ".join(text.replace(OBJECT, "").split())


def tmx_units(states: Sequence[SegmentReview], source_lang: str, target_lang: str) -> TmxUnits:
    units, open_issues, without_source = [], 0, 0
    for state in states:
        segment = state.segment
        if not segment.source:
            without_source += 1
        elif state.open_issues():
            open_issues += 1
        else:
            units.append(Unit(source_lang, target_lang, _plain(segment.source, None),
                              _plain(state.text, segment.markup), ORIGIN))
    return TmxUnits(units, open_issues, without_source)


def tmx_text(units: TmxUnits) -> str:
    return tmx_bytes(units.units).decode("utf-8")
