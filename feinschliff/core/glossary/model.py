"""Glossary entries as loaded from TSV/CSV/TBX."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One EN->DE term rule.

    ``target`` is the required German rendering of ``source``; ``forbidden`` lists renderings
    MT produces that must be replaced by ``target``; ``admitted`` lists further renderings that
    are accepted where they stand (TBX ``admittedTerm``), though new text uses ``target``;
    ``do_not_translate`` marks names that stay
    as they are (the target equals the source, with exactly this casing); ``case_sensitive``
    makes casing part of the rule (always true for names).
    """

    source: str
    target: str
    forbidden: tuple[str, ...] = ()
    admitted: tuple[str, ...] = ()
    do_not_translate: bool = False
    case_sensitive: bool = False
    note: str = ""
    path: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.path else f"line {self.line}"


@dataclass(slots=True)
class Glossary:
    entries: list[GlossaryEntry] = field(default_factory=list)
    path: str = ""
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)
