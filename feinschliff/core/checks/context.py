"""What every check may consult besides the segment itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..glossary.model import Glossary


@dataclass(slots=True)
class CheckContext:
    """Shared, read-only inputs of all checks for one document.

    ``settings`` holds per-rule tuning from the configuration, keyed by rule id, e.g.
    ``{"accuracy.drift": {"min_chrf": 30.0}}``; checks read them with ``setting``.
    ``cache`` lets a family of rules share work computed once per document (e.g. the glossary
    matcher index); keys are chosen by the owning module.
    """

    glossary: Glossary | None = None
    #: whether omitted text is German reference text (else English source text)
    has_reference: bool = False
    #: median segment chrF of the document (None when too few segments have a reference)
    median_chrf: float | None = None
    target_lang: str = "de"
    source_lang: str = "en"
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the whole target text, for rules that learn from the document (the names it repeats)
    document: str = ""
    #: XLIFF files: each unit's plain target, in file order (what comes before a unit); empty
    #: for a PO catalog or a TMX, whose units follow no thread
    unit_texts: tuple[str, ...] = ()
    cache: dict[str, Any] = field(default_factory=dict)

    def setting(self, rule_id: str, key: str, default: Any) -> Any:
        return self.settings.get(rule_id, {}).get(key, default)


def stands_in(source: str | None, text: str) -> bool:
    """Does ``source`` have ``text`` as it stands, as a whole word or words ("mmap", "North
    Darfur")? What the source has verbatim is an identifier or a name, not a slip of German."""
    return bool(source) and re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", source) is not None
