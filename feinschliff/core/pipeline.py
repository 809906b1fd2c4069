"""The check pipeline for one document, in one direction:

load -> segment -> re-translate -> align -> score (metrics) -> check -> score (MQM)

Which reference is used (the *mode*) follows from what the user gave:

- ``reference``: a German reference file, aligned monolingually to the MT; with a source
  file too, the reference is aligned to the source and the source reaches the MT through it.
- ``retranslated``: the source re-translated sentence by sentence by a backend (memory,
  DeepL), then aligned monolingually; source and reference correspond by construction.
- ``round-trip``: no source: the MT is back-translated to English (the reconstructed
  source) and that is translated to German again; all three correspond by construction.
- ``source``: only a source (no backend could translate it): bilingual alignment.
- ``target``: only the MT: glossary and typography checks, no alignment.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .align import (
    align,
    build_segments,
    compose,
    identity_beads,
    line_segments,
    parallel_beads,
    restore_markup,
    unit_segments,
)
from .checks.context import CheckContext
from .checks.runner import active_rules, check_segment
from .config import Config
from .formats.load import load_bilingual
from .formats.units import XLIFF1, XLIFF2, Bilingual
from .glossary.model import Glossary
from .model import Bead, Segment, Sentence, Text
from .parallel import map_ranges
from .retranslation import Reference, round_trip, translate_source
from .scoring import METRICS, CorpusScores, MqmSummary, score_mqm, score_segments
from .segment import split_sentences
from .textio import DEFAULT_MAX_BYTES, read_text
from .translate.protocol import Translator


@dataclass(slots=True)
class CheckOptions:
    target: Path
    source: Path | None = None
    reference: Path | None = None
    translator: Translator | None = None
    lines: bool = False
    target_lang: str = "de"
    source_lang: str = "en"
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int | None = None
    metrics: tuple[str, ...] = METRICS


@dataclass(slots=True)
class DocumentResult:
    path: str
    mode: str
    target: Text
    segments: list[Segment]
    beads: list[Bead]
    source: Text | None = None
    reference: Text | None = None
    backend: str | None = None
    corpus: CorpusScores | None = None
    median_chrf: float | None = None
    mqm: MqmSummary = field(default_factory=MqmSummary)
    warnings: list[str] = field(default_factory=list)
    #: the units of a bilingual input (XLIFF, PO, TMX), else None
    bilingual: Bilingual | None = None


def load_text(path: Path, lang: str, lines: bool, max_bytes: int) -> Text:
    content = read_text(path, max_bytes)
    return Text(str(path), content, lang, tuple(split_sentences(content, lang, lines=lines)))


def _anchors(glossary: Glossary | None) -> list[tuple[str, str]]:
    return [(e.source, e.target) for e in glossary.entries] if glossary else []


def _beads(options: CheckOptions, a: Text, b: Text, **bilingual) -> list[Bead]:
    """Align two texts; line files with as many lines are parallel and are not re-aligned."""
    parallel = parallel_beads(a, b) if options.lines else None
    if parallel is not None:
        return parallel
    return align([s.text for s in a.sentences], [s.text for s in b.sentences], **bilingual)


def _segments_for(options: CheckOptions, target: Text, glossary: Glossary | None, result: DocumentResult) -> None:
    """Decide the mode, re-translate where needed, align and build the segments."""
    source = load_text(options.source, options.source_lang, options.lines, options.max_bytes) if options.source else None
    reference: Reference | None = None
    if options.reference:
        text = load_text(options.reference, options.target_lang, options.lines, options.max_bytes)
        reference = Reference(text, "reference", None, frozenset())
    elif options.translator is not None and source is not None:
        reference = translate_source(source, options.translator, options.target_lang, result.warnings)
    elif options.translator is not None:
        trip = round_trip(target, options.translator, options.source_lang, result.warnings)
        if trip is not None:
            result.mode, result.backend = "round-trip", options.translator.name
            result.source, result.reference = trip.source, trip.reference
            result.beads = identity_beads(len(target.sentences))
            result.segments = build_segments(
                target, result.beads, trip.reference, trip.source,
                {i: (i,) for i in range(len(target.sentences))},
                skip_reference=trip.missing_reference, skip_source=trip.missing_source,
            )
            return
    result.source = source
    if reference is not None:
        result.mode, result.backend = reference.mode, reference.backend
        result.reference = reference.text
        result.beads = _beads(options, target, reference.text)
        to_source = None
        if source is not None:
            if reference.by_construction:
                source_beads = identity_beads(len(reference.text.sentences))
            else:
                source_beads = _beads(options, reference.text, source, bilingual=True, anchors=_anchors(glossary))
            to_source = compose(result.beads, source_beads)
        result.segments = build_segments(target, result.beads, reference.text, source, to_source,
                                         skip_reference=reference.missing)
    elif source is not None:
        result.mode = "source"
        result.beads = _beads(options, target, source, bilingual=True, anchors=_anchors(glossary))
        result.segments = build_segments(target, result.beads, None, source)
    else:
        result.mode = "target"
        result.beads = [Bead((s.index,), (), 0.0) for s in target.sentences]
        result.segments = build_segments(target, result.beads)


def _unit_segments(options: CheckOptions, bilingual: Bilingual, result: DocumentResult) -> None:
    """Bilingual input: units are segments; the source comes from the file, the reference
    from a re-translation of it (or none: mode ``source``)."""
    result.segments, result.source, reference = unit_segments(bilingual, options.translator, result.warnings)
    result.beads = [Bead((i,), (i,), 1.0) for i in range(len(result.segments))]
    if reference is None:
        result.mode = "source"
    else:
        result.mode, result.backend, result.reference = reference.mode, reference.backend, reference.text


def median_chrf(segments: list[Segment], minimum: int = 5) -> float | None:
    values = sorted(s.scores["chrf"] for s in segments if "chrf" in s.scores)
    return statistics.median(values) if len(values) >= minimum else None


def check_document(
    options: CheckOptions,
    config: Config,
    glossary: Glossary | None = None,
    progress: Callable[[str], None] | None = None,
) -> DocumentResult:
    step = progress or (lambda _message: None)
    step(f"loading {options.target}")
    bilingual = load_bilingual(options.target, options.max_bytes)
    if bilingual is None:
        target = load_text(options.target, options.target_lang, options.lines, options.max_bytes)
        result = DocumentResult(str(options.target), "target", target, [], [])
        step("re-translating and aligning")
        _segments_for(options, target, glossary, result)
    else:
        target = Text(str(options.target), bilingual.content, bilingual.target_lang,
                      tuple(Sentence(i, u.target, u.start, u.end) for i, u in enumerate(bilingual.units)))
        result = DocumentResult(str(options.target), "target", target, [], [], bilingual=bilingual,
                                warnings=list(bilingual.warnings))
        step("re-translating the units' sources")
        _unit_segments(options, bilingual, result)
    step("scoring")
    result.corpus = score_segments(result.segments, options.jobs, options.metrics)
    result.median_chrf = median_chrf(result.segments)
    ctx = CheckContext(
        glossary=glossary,
        has_reference=result.reference is not None,
        target_lang=options.target_lang,
        source_lang=options.source_lang,
        settings=config.settings,
        median_chrf=result.median_chrf,
        document=target.content,
        unit_texts=tuple(s.text for s in result.segments) if bilingual and bilingual.format in (XLIFF1, XLIFF2) else (),
    )
    step("checking")
    rules = active_rules(config)
    segments = result.segments
    found = map_ranges(lambda start, end: [check_segment(s, ctx, rules) for s in segments[start:end]],
                       len(segments), options.jobs)
    for segment, issues in zip(segments, found):
        segment.issues = issues
    if options.lines:
        result.segments = line_segments(segments, result.mode, target, result.reference, result.source)
    if bilingual is not None:
        restore_markup(result.segments, bilingual)
    result.mqm = score_mqm(result.segments)
    return result
