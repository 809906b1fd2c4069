"""Write a reviewed bilingual file back: the same file with the repaired targets.

XLIFF is patched in place: only the characters of a repaired target's content, the
``state`` attribute of a reviewed unit and the inserted notes change; every other byte of
the file (declaration, indentation, attribute quoting, comments, entity references of
untouched units) is copied. PO is written by translate-toolkit, which keeps untouched
entries as they were (``python bench/bilingual.py`` measures both ways).

A unit counts as reviewed when its text was repaired or every issue in it was decided:
XLIFF 1.2 ``state="signed-off"``, XLIFF 2 ``state="reviewed"`` (``final`` is never
lowered), PO loses its ``fuzzy`` flag. Feinschliff's issues of a unit go into the format's
place for notes: XLIFF 1.2 ``<note from="feinschliff">``, XLIFF 2 ``<notes><note
category="feinschliff">``, PO translator comments ``# feinschliff: …``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..formats.po import parse_store
from ..formats.units import PO_FORMAT, TMX, XLIFF1, XLIFF2, Bilingual, Unit
from ..review import APPROVE, REJECT, SegmentReview

NOTE_FROM = "feinschliff"
REVIEWED = {XLIFF1: "signed-off", XLIFF2: "reviewed"}
KEEP_STATES = {"final", "signed-off"}
_STATE_ATTR = re.compile(r"""\sstate\s*=\s*("[^"]*"|'[^']*')""")
_NOTES_END = re.compile(r"</(?:[\w.-]+:)?notes>")
_DECISION = {APPROVE: "fixed", REJECT: "rejected", None: "open"}


def reviewed(state: SegmentReview) -> bool:
    return state.changed or (bool(state.issues) and len(state.decisions) == len(state.issues))


def issue_notes(state: SegmentReview) -> list[str]:
    """One line per issue of the unit: rule, severity, text, fix, message, decision."""
    notes = []
    for issue in state.issues:
        decision = state.decisions.get(issue.id)
        fix = state.fixes.get(issue.id) if decision == APPROVE else issue.suggestion
        change = f"“{issue.text}”" + (f" → “{fix}”" if fix is not None else "")
        notes.append(f"{issue.rule} ({issue.severity.value}) {change}: {issue.message} [{_DECISION[decision]}]")
    return notes


def _with_state(tag: str, value: str) -> str:
    match = _STATE_ATTR.search(tag)
    if match:
        if match.group(1)[1:-1] in KEEP_STATES:
            return tag
        return tag[: match.start(1)] + quoteattr(value) + tag[match.end(1) :]
    close = len(tag) - (2 if tag.endswith("/>") else 1)
    return f"{tag[:close]} state={quoteattr(value)}{tag[close:]}"


def _indent_before(content: str, offset: int) -> str:
    start = content.rfind(">", 0, offset) + 1
    gap = content[start:offset]
    return gap if not gap.strip() else ""


def _xliff_edits(bilingual: Bilingual, states: Sequence[SegmentReview]) -> list[tuple[int, int, str]]:
    content, edits = bilingual.content, []
    notes_at: dict[int, list[str]] = {}
    indents: dict[int, str] = {}
    for unit, state in zip(bilingual.units, states):
        if state.changed:
            edits.append((unit.start, unit.end, state.text))
        if reviewed(state) and unit.state_at >= 0:
            tag_end = content.index(">", unit.state_at) + 1
            edits.append((unit.state_at, tag_end, _with_state(content[unit.state_at : tag_end], REVIEWED[bilingual.format])))
        if state.issues and unit.note_at >= 0:
            notes_at.setdefault(unit.note_at, []).extend(issue_notes(state))
            indents[unit.note_at] = _indent_before(content, unit.state_at)
    for at, notes in notes_at.items():
        edits.append(_note_edit(bilingual, at, notes, indents[at]))
    return edits


def _note_edit(bilingual: Bilingual, at: int, notes: list[str], indent: str) -> tuple[int, int, str]:
    """Insert ``notes`` at ``at`` (XLIFF 1.2: after the target, with the target's indentation;
    XLIFF 2: into the unit's ``<notes>``, made when it has none)."""
    content = bilingual.content
    if bilingual.format == XLIFF1:
        text = "".join(f'{indent}<note from="{NOTE_FROM}">{escape(n)}</note>' for n in notes)
        return at, at, text
    tag_end = content.index(">", at) + 1
    body_end = content.find("<", tag_end)
    inner = _indent_before(content, body_end) if body_end >= 0 else ""
    existing = _NOTES_END.search(content, tag_end, _segment_or_end(content, tag_end))
    if existing:
        indent = _indent_before(content, existing.start()) + " "
        text = "".join(f'{indent}<note category="{NOTE_FROM}">{escape(n)}</note>' for n in notes)
        return existing.start(), existing.start(), text + _indent_before(content, existing.start())
    items = "".join(f'{inner} <note category="{NOTE_FROM}">{escape(n)}</note>' for n in notes)
    return tag_end, tag_end, f"{inner}<notes>{items}{inner}</notes>"


def _segment_or_end(content: str, start: int) -> int:
    match = re.compile(r"<(?:[\w.-]+:)?(?:segment|ignorable)[\s>]").search(content, start)
    return match.start() if match else len(content)


def patched(content: str, edits: list[tuple[int, int, str]]) -> str:
    parts, cursor = [], 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        parts.append(content[cursor:start])
        parts.append(text)
        cursor = end
    parts.append(content[cursor:])
    return "".join(parts)


def _po_text(bilingual: Bilingual, data: bytes, states: Sequence[SegmentReview]) -> str:
    store = parse_store(data, bilingual.path)
    by_id: dict[str, list[tuple[Unit, SegmentReview]]] = {}
    for unit, state in zip(bilingual.units, states):
        key = unit.id if unit.plural is None else unit.id.rsplit("[", 1)[0]
        by_id.setdefault(key, []).append((unit, state))
    for entry in store.units:
        pairs = by_id.get(entry.getid()) if not (entry.isheader() or entry.isobsolete()) else None
        if not pairs:
            continue
        if any(state.changed for _, state in pairs):
            texts = [state.text for _, state in pairs]
            entry.target = texts if entry.hasplural() else texts[0]
        if any(reviewed(state) for _, state in pairs):
            entry.markfuzzy(False)
        for unit, state in pairs:
            form = "" if unit.plural is None else f"msgstr[{unit.plural}] "
            for note in issue_notes(state):
                entry.addnote(f"{NOTE_FROM}: {form}{note}", origin="translator")
    return bytes(store).decode("utf-8")


def repaired_file(bilingual: Bilingual, data: bytes, states: Sequence[SegmentReview]) -> str:
    """The text of the reviewed file (``states`` in unit order)."""
    if bilingual.format == PO_FORMAT:
        return _po_text(bilingual, data, states)
    if bilingual.format == TMX:
        return patched(bilingual.content, [(u.start, u.end, s.text) for u, s in zip(bilingual.units, states)
                                           if s.changed])
    return patched(bilingual.content, _xliff_edits(bilingual, states))


def renderer(bilingual: Bilingual | None, states: Sequence[SegmentReview], input_path) -> Callable[[], str] | None:
    """What ``export`` writes for a reviewed input: the bilingual file written back, or None
    for plain text (the repaired text)."""
    if bilingual is None:
        return None
    return lambda: repaired_file(bilingual, Path(input_path).read_bytes(), states)
