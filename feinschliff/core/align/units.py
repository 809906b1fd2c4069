"""Bilingual units as segments: one unit, one segment, never re-aligned.

The checks and scores see each unit's plain text (``markup.protect``); once they have run,
``restore_markup`` puts the raw target back as the segment text, with the unit's offsets in
the file and every issue moved onto the raw text (fixes that would move markup withheld).
"""

from __future__ import annotations

from ..formats.units import Bilingual
from ..markup import plain_text, protect, to_raw
from ..model import Segment, Text
from ..retranslation import Reference, sentences_text, translate_source
from ..translate.protocol import Translator


def unit_texts(bilingual: Bilingual) -> tuple[Text, Text]:
    """The plain targets and sources, one sentence per unit."""
    targets = [plain_text(u.target, bilingual.markup) for u in bilingual.units]
    sources = [plain_text(u.source, bilingual.markup) for u in bilingual.units]
    return (sentences_text(bilingual.path, bilingual.target_lang, targets),
            sentences_text(f"<sources of {bilingual.path}>", bilingual.source_lang, sources))


def unit_segments(bilingual: Bilingual, translator: Translator | None,
                  warnings: list[str]) -> tuple[list[Segment], Text, Reference | None]:
    """The segments (plain text), the source text and the re-translation, if any."""
    target, source = unit_texts(bilingual)
    reference = translate_source(source, translator, bilingual.target_lang, warnings) if translator else None
    segments = []
    for i, unit in enumerate(bilingual.units):
        segment = Segment(i, target.sentences[i].text, target.sentences[i].start, target.sentences[i].end, (i,),
                          source=source.sentences[i].text or None, source_ids=(i,),
                          unit=unit.id, markup=bilingual.markup)
        if reference is not None and i not in reference.missing:
            segment.reference, segment.reference_ids = reference.text.sentences[i].text, (i,)
        segments.append(segment)
    return segments, source, reference


def restore_markup(segments: list[Segment], bilingual: Bilingual) -> None:
    for segment, unit in zip(segments, bilingual.units):
        protected = protect(unit.target, bilingual.markup)
        segment.issues = to_raw(segment.issues, protected, bilingual.markup, unit.id)
        segment.text, segment.start, segment.end = unit.target, unit.start, unit.end
