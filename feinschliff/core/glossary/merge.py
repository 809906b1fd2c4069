"""Several glossaries into one, with every conflict reported and none dropped.

Entries are taken in the order of the files. A later entry for the same source term
(``entries.same_source``) with the same target and do-not-translate flag is a duplicate: its
forbidden and admitted renderings and note join the first entry's. One with another target (or flag) is
a conflict: the first entry stays the rule, the conflict is listed with both places, and the
losing rendering is kept in the rule's note ("conflict: b.tbx:12 has 'X'"), so that a merged
file still says everything its inputs said.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .entries import same_source
from .model import GlossaryEntry


@dataclass(frozen=True, slots=True)
class Conflict:
    kept: GlossaryEntry
    other: GlossaryEntry

    def __str__(self) -> str:
        return (f"{self.other.where}: '{self.other.source}' -> '{self.other.target}' conflicts with "
                f"{self.kept.where} '{self.kept.source}' -> '{self.kept.target}' (kept)")


def _joined(note: str, addition: str) -> str:
    return addition if not note else note if addition in note else f"{note}; {addition}"


def _union(kept: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return kept + tuple(v for v in more if v not in kept)


def merge_entries(groups: list[list[GlossaryEntry]]) -> tuple[list[GlossaryEntry], list[Conflict], int]:
    """The merged entries, the conflicts, and how many duplicates were folded in."""
    merged: list[GlossaryEntry] = []
    conflicts: list[Conflict] = []
    duplicates = 0
    for entries in groups:
        for entry in entries:
            index = next((i for i, kept in enumerate(merged) if same_source(entry, kept)), None)
            if index is None:
                merged.append(entry)
                continue
            kept = merged[index]
            if (entry.target, entry.do_not_translate) == (kept.target, kept.do_not_translate):
                duplicates += 1
                merged[index] = replace(kept, forbidden=_union(kept.forbidden, entry.forbidden),
                                        admitted=_union(kept.admitted, entry.admitted),
                                        note=_joined(kept.note, entry.note),
                                        case_sensitive=kept.case_sensitive or entry.case_sensitive)
                continue
            conflicts.append(Conflict(kept, entry))
            merged[index] = replace(kept, note=_joined(kept.note, f"conflict: {entry.where} has '{entry.target}'"))
    return merged, conflicts, duplicates
