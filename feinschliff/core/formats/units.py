"""Bilingual documents: translation units with their source and target as in the file."""

from __future__ import annotations

from dataclasses import dataclass, field

XLIFF1, XLIFF2, PO_FORMAT, TMX = "xliff-1.2", "xliff-2", "po", "tmx"


@dataclass(frozen=True, slots=True)
class Unit:
    """One segment of a bilingual file. ``source`` and ``target`` are raw: the element
    content as serialised in the file (tags, entity references), or the PO string with its
    placeholders. ``start``/``end`` is where ``target`` sits in the decoded file (for PO: the
    ``msgstr`` lines that hold it)."""

    id: str
    source: str
    target: str
    start: int
    end: int
    line: int
    state: str | None = None
    #: PO plural form index (``msgstr[n]``), else None
    plural: int | None = None
    #: XLIFF: offset of the start tag that carries the unit's ``state`` (1.2 ``<target>``,
    #: 2.x ``<segment>``), and where a note goes (1.2: after ``</target>``; 2.x: the
    #: ``<unit>`` start tag)
    state_at: int = -1
    note_at: int = -1


@dataclass(slots=True)
class Bilingual:
    path: str
    format: str
    #: the decoded file, exactly as given
    content: str
    #: how inline markup is written: ``markup.XML`` or ``markup.PO``
    markup: str
    source_lang: str
    target_lang: str
    units: list[Unit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
