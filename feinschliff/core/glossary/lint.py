"""Duplicates, conflicts and other problems in a glossary, each naming both lines involved.

``resolve`` is applied when loading: a later entry for the same source replaces the earlier
one (so a second glossary file can override the first), and every replacement, every
forbidden variant that is another entry's target and every do-not-translate entry whose
target differs from its source is reported. ``lint_glossary`` adds advice for the editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..tokens import pieces
from .entries import same_source
from .model import Glossary, GlossaryEntry

DEEPL_TERM_BYTES = 1024


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.path else f"line {self.line}: {self.message}"


def _at(entry: GlossaryEntry, message: str) -> Problem:
    return Problem(entry.path, entry.line, message)


def clash(new: GlossaryEntry, old: GlossaryEntry, *, overrides: bool = False) -> Problem | None:
    """Why ``new`` cannot sit beside ``old`` in one glossary, or None. With ``overrides``,
    a conflicting source says that ``new`` replaces ``old``."""
    if same_source(new, old):
        if (new.target, new.forbidden, new.do_not_translate) == (old.target, old.forbidden, old.do_not_translate):
            return _at(new, f"duplicate entry '{new.source}' (also at {old.where})")
        return _at(
            new,
            f"'{new.source}' -> '{new.target}' conflicts with {old.where} "
            f"'{old.source}' -> '{old.target}'" + ("; the later entry wins" if overrides else ""),
        )
    for a, b in ((new, old), (old, new)):
        hit = next((v for v in a.forbidden if v.casefold() == b.target.casefold()), None)
        if hit is not None:
            return _at(new, f"'{hit}' is forbidden by {a.where} but required by {b.where} (for '{b.source}')")
    return None


def dnt_problem(entry: GlossaryEntry) -> Problem | None:
    if entry.do_not_translate and entry.target != entry.source:
        return _at(entry, f"'{entry.source}' is do-not-translate but its target is '{entry.target}'")
    return None


def resolve(entries: list[GlossaryEntry]) -> tuple[list[GlossaryEntry], list[Problem]]:
    """Keep the last entry per source; report replacements and cross-entry conflicts."""
    problems: list[Problem] = []
    kept: dict[int, GlossaryEntry] = {}
    by_fold: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        same = by_fold.setdefault(entry.source.casefold(), [])
        for earlier in [i for i in same if same_source(entry, kept[i])]:
            problems.append(clash(entry, kept.pop(earlier), overrides=True))
            same.remove(earlier)
        same.append(index)
        kept[index] = entry
        if (problem := dnt_problem(entry)) is not None:
            problems.append(problem)
    effective = list(kept.values())
    by_target = {e.target.casefold(): e for e in effective}
    for entry in effective:
        for variant in entry.forbidden:
            other = by_target.get(variant.casefold())
            if other is not None and other is not entry:
                problems.append(clash(entry, other))
    return effective, problems


def lint_glossary(glossary: Glossary) -> list[str]:
    """The load warnings plus advice: variants that equal their own target, terms that can
    never match text, terms over DeepL's size limit."""
    advice = list(glossary.warnings)
    for entry in glossary.entries:
        for variant in entry.forbidden:
            if variant == entry.target or (not entry.case_sensitive and variant.casefold() == entry.target.casefold()):
                advice.append(str(_at(entry, f"forbidden variant '{variant}' equals the target")))
        for variant in sorted(set(entry.admitted) & {entry.target, *entry.forbidden}):
            advice.append(str(_at(entry, f"admitted rendering '{variant}' is also the target or forbidden")))
        for term in (entry.source, entry.target, *entry.admitted, *entry.forbidden):
            if not pieces(term):
                advice.append(str(_at(entry, f"'{term}' has no letters or digits and can never match")))
            if len(term.encode("utf-8")) > DEEPL_TERM_BYTES:
                advice.append(str(_at(entry, f"'{term[:30]}…' is longer than DeepL's {DEEPL_TERM_BYTES} bytes")))
    return advice
