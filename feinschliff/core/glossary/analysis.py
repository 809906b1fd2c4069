"""Everything the glossary rules find in one segment, computed together.

The three rules share one pass because they must agree: a term present only as a forbidden
variant is reported as forbidden, not also as missing; a miscased piece inside a garbled span
that a missing-term finding replaces as a whole ("Azure Ai" inside "Azure Ai Giesel") is not
reported twice. Findings are grouped by rule id; ``checks/glossary.py`` registers the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from ..checks.registry import Finding
from ..model import Segment, Severity
from .locate import fuzzy_span, map_span
from .matcher import Occurrence, Role, TermIndex, english_terms, german_terms
from .model import Glossary, GlossaryEntry
from .names import NameIndex
from .suggest import inflect_like, recase

FORBIDDEN, NAME, MISSING = "glossary.forbidden", "glossary.name", "glossary.missing"
ALTERED_NAME_SIMILARITY = 0.8


@dataclass(slots=True)
class GlossaryIndex:
    """The per-document matcher state: both sides indexed once."""

    glossary: Glossary
    german: TermIndex
    english: TermIndex
    names: NameIndex

    @classmethod
    def build(cls, glossary: Glossary) -> GlossaryIndex:
        entries = glossary.entries
        return cls(glossary, TermIndex(german_terms(entries), "de"), TermIndex(english_terms(entries), "en"), NameIndex(entries))


@dataclass(slots=True)
class Findings:
    by_rule: dict[str, list[Finding]] = field(default_factory=lambda: {FORBIDDEN: [], NAME: [], MISSING: []})
    located: list[tuple[int, int]] = field(default_factory=list)

    def add(self, rule: str, finding: Finding, *, located: bool = False) -> None:
        self.by_rule[rule].append(finding)
        if located:
            self.located.append((finding.start, finding.end))

    def covered(self, start: int, end: int) -> bool:
        """Inside a span already replaced as a whole by a missing-term or altered-name fix."""
        return any(a <= start and end <= b for a, b in self.located)


def _occurrence_finding(o: Occurrence) -> tuple[str, Finding] | None:
    entry, surface = o.term.entry, o.surface
    if o.term.role is Role.FORBIDDEN:
        fix = inflect_like(surface, o.term.text, entry.target)
        return FORBIDDEN, Finding(o.start, o.end, f"'{surface}' is a forbidden rendering of '{entry.source}'; use '{entry.target}'", fix)
    if entry.do_not_translate and (not o.exact_case or o.apostrophe_genitive):
        fix = recase(surface, entry.target, genitive_apostrophe=o.apostrophe_genitive)
        why = "German genitive takes no apostrophe" if o.exact_case else f"name '{entry.target}' is miscased"
        return NAME, Finding(o.start, o.end, f"{why}: write '{fix}'", fix)
    if entry.case_sensitive and not o.exact_case:
        fix = recase(surface, entry.target)
        return FORBIDDEN, Finding(o.start, o.end, f"'{surface}' must be written '{fix}'", fix, Severity.MINOR)
    return None


def _required(segment: Segment, index: GlossaryIndex) -> list[tuple[GlossaryEntry, list[Occurrence]]]:
    """Entries the source asks for (or, without a source, the reference uses), with the
    reference's occurrences of each, which show where and in which form the term belongs."""
    ref_hits = index.german.find(segment.reference) if segment.reference else []
    if segment.source:
        wanted = [o.term.entry for o in index.english.find(segment.source)]
    else:
        wanted = [o.term.entry for o in ref_hits if o.term.role is Role.TARGET]
    unique = {id(e): e for e in wanted}
    return [(e, [o for o in ref_hits if o.term.entry is e and o.term.role is Role.TARGET]) for e in unique.values()]


def _locate(segment: Segment, entry: GlossaryEntry, ref_hits: list[Occurrence]) -> tuple[tuple[int, int] | None, str]:
    for hit in ref_hits:
        span = map_span(segment.text, segment.reference or "", hit.start, hit.end)
        if span is not None:
            return span, hit.surface if hit.exact_case else recase(hit.surface, entry.target)
    return fuzzy_span(segment.text, entry.target), entry.target


def _missing(segment: Segment, entry: GlossaryEntry, ref_hits: list[Occurrence], out: Findings) -> None:
    span, fix = _locate(segment, entry, ref_hits)
    if span is None:
        out.add(MISSING, Finding(0, len(segment.text), f"term '{entry.target}' missing (source term '{entry.source}')"))
        return
    surface = segment.text[span[0] : span[1]]
    if entry.do_not_translate and Indel.normalized_similarity(surface.casefold(), entry.target.casefold()) >= ALTERED_NAME_SIMILARITY:
        out.add(NAME, Finding(*span, f"name '{entry.target}' altered to '{surface}'", fix, Severity.MAJOR), located=True)
    else:
        out.add(MISSING, Finding(*span, f"'{surface}' stands where '{fix}' (for '{entry.source}') belongs", fix), located=True)


def analyse(segment: Segment, index: GlossaryIndex) -> dict[str, list[Finding]]:
    out = Findings()
    text = segment.text
    present = {id(o.term.entry) for o in index.german.find(text, overlapping=True)}
    for entry, ref_hits in _required(segment, index):
        if id(entry) not in present:
            _missing(segment, entry, ref_hits, out)
    for occurrence in index.german.find(text):
        hit = _occurrence_finding(occurrence)
        if hit is not None and not out.covered(hit[1].start, hit[1].end):
            out.add(*hit)
    if segment.source is None and segment.reference is None:
        for miss in index.names.find(text):
            if not out.covered(miss.start, miss.end):
                surface = text[miss.start : miss.end]
                message = f"name '{miss.entry.target}' altered to '{surface}'"
                out.add(NAME, Finding(miss.start, miss.end, message, miss.entry.target, Severity.MAJOR), located=True)
    return out.by_rule
