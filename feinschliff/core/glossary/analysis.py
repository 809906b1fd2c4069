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
from .locate import Located, from_reference, fuzzy_span, inflect_like, recase, with_articles
from .matcher import Occurrence, Role, TermIndex, english_terms, german_terms, longest_first
from .model import Glossary, GlossaryEntry
from .names import NameIndex

FORBIDDEN, NAME, MISSING = "glossary.forbidden", "glossary.name", "glossary.missing"
ALTERED_NAME_SIMILARITY = 0.8


@dataclass(slots=True)
class GlossaryIndex:
    """The per-document matcher state: both sides indexed once (the English side on first
    use, so checking without a source never loads the English lemma dictionary)."""

    glossary: Glossary
    german: TermIndex
    names: NameIndex
    _english: TermIndex | None = None

    @classmethod
    def build(cls, glossary: Glossary) -> GlossaryIndex:
        entries = glossary.entries
        return cls(glossary, TermIndex(german_terms(entries), "de"), NameIndex(entries))

    @property
    def english(self) -> TermIndex:
        if self._english is None:
            self._english = TermIndex(english_terms(self.glossary.entries), "en")
        return self._english


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


def _occurrence_finding(o: Occurrence, reference: str | None, text: str) -> tuple[str, Finding] | None:
    entry, surface = o.term.entry, o.surface
    if o.term.role is Role.FORBIDDEN:
        message = f"'{surface}' is a forbidden rendering of '{entry.source}'; use '{entry.target}'"
        wider = with_articles(text, reference, o.start, o.end, entry.target) if reference else None
        if wider is not None:
            return FORBIDDEN, Finding(wider.start, wider.end, message, wider.replacement)
        return FORBIDDEN, Finding(o.start, o.end, message, inflect_like(surface, o.term.text, entry.target))
    if entry.do_not_translate and (not o.exact_case or o.apostrophe_genitive):
        fix = recase(surface, entry.target, genitive_apostrophe=o.apostrophe_genitive)
        why = "German genitive takes no apostrophe" if o.exact_case else f"name '{entry.target}' is miscased"
        return NAME, Finding(o.start, o.end, f"{why}: write '{fix}'", fix)
    if entry.case_sensitive and not o.exact_case:
        fix = recase(surface, o.term.text)
        return FORBIDDEN, Finding(o.start, o.end, f"'{surface}' must be written '{fix}'", fix, Severity.MINOR)
    return None


def _with_fixes(text: str, fixes: list[Finding]) -> str:
    out, pos = [], 0
    for f in sorted(fixes, key=lambda f: f.start):
        if f.start >= pos and f.suggestion is not None:
            out += [text[pos : f.start], f.suggestion]
            pos = f.end
    out.append(text[pos:])
    return "".join(out)


def _absent(
    segment: Segment, index: GlossaryIndex, present: set[int], fixes: list[Finding]
) -> list[tuple[GlossaryEntry, list[Occurrence]]]:
    """Entries the source asks for (or, without a source, the reference uses) that the MT
    lacks even once its forbidden variants are replaced ("generativen AI" holds "generative KI"
    after AI -> KI), each with the reference's occurrences of its target, which show where and
    in which form the term belongs."""
    ref_hits: list[Occurrence] | None = None
    if segment.source:
        wanted = [o.term.entry for o in index.english.find(segment.source)]
    elif segment.reference:
        ref_hits = index.german.find(segment.reference)
        wanted = [o.term.entry for o in ref_hits if o.term.role is Role.TARGET]
    else:
        return []
    missing = [e for e in {id(e): e for e in wanted}.values() if id(e) not in present]
    if missing and fixes:
        repaired_text = _with_fixes(segment.text, fixes)
        repaired = {id(o.term.entry) for o in index.german.find(repaired_text, overlapping=True)}
        missing = [e for e in missing if id(e) not in repaired]
    if missing and ref_hits is None and segment.reference:
        ref_hits = index.german.find(segment.reference)
    targets = [o for o in ref_hits or () if o.term.role is Role.TARGET]
    return [(e, [o for o in targets if o.term.entry is e]) for e in missing]


def _locate(segment: Segment, entry: GlossaryEntry, ref_hits: list[Occurrence]) -> tuple[Located | None, str]:
    for hit in ref_hits:
        located = from_reference(segment.text, segment.reference or "", hit.start, hit.end)
        if located is not None:
            fix = hit.surface if hit.exact_case else recase(hit.surface, hit.term.text)
            return located, located.replacement or fix
    return fuzzy_span(segment.text, entry.target), entry.target


def _missing(segment: Segment, entry: GlossaryEntry, ref_hits: list[Occurrence], out: Findings) -> None:
    located, fix = _locate(segment, entry, ref_hits)
    if located is None:
        message = f"term '{entry.target}' missing (source term '{entry.source}')"
        out.add(MISSING, Finding(0, len(segment.text), message))
        return
    span = (located.start, located.end)
    if span in out.located:
        return
    surface = segment.text[located.start : located.end]
    similarity = Indel.normalized_similarity(surface.casefold(), entry.target.casefold())
    if entry.do_not_translate and similarity >= ALTERED_NAME_SIMILARITY:
        message = f"name '{entry.target}' altered to '{surface}'"
        out.add(NAME, Finding(*span, message, fix, Severity.MAJOR), located=True)
    else:
        origin = "" if entry.source == entry.target else f" (for '{entry.source}')"
        message = f"'{surface}' stands where '{entry.target}'{origin} belongs"
        out.add(MISSING, Finding(*span, message, fix), located=True)


def analyse(segment: Segment, index: GlossaryIndex) -> dict[str, list[Finding]]:
    out = Findings()
    text, reference = segment.text, segment.reference
    raw = index.german.find(text, overlapping=True)
    hits = [hit for o in longest_first(list(raw)) if (hit := _occurrence_finding(o, reference, text))]
    fixes = [finding for rule, finding in hits if rule == FORBIDDEN]
    for entry, ref_hits in _absent(segment, index, {id(o.term.entry) for o in raw}, fixes):
        _missing(segment, entry, ref_hits, out)
    for rule, finding in hits:
        if not out.covered(finding.start, finding.end):
            out.add(rule, finding)
    if segment.source is None and reference is None:
        for miss in index.names.find(text):
            if not out.covered(miss.start, miss.end):
                surface = text[miss.start : miss.end]
                message = f"name '{miss.entry.target}' altered to '{surface}'"
                finding = Finding(miss.start, miss.end, message, miss.entry.target, Severity.MAJOR)
                out.add(NAME, finding, located=True)
    return out.by_rule
