"""Plain data model shared by every stage of the pipeline.

load -> segment -> re-translate -> align -> check -> score -> review/report -> export

Offsets are always character offsets into a Python ``str``: ``Sentence.start``/``end`` and
``Segment.start``/``end`` index the decoded input file exactly as given (BOM and CRLF kept),
``Issue.start``/``end`` index ``Segment.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def weight(self) -> float:
        return SEVERITY_WEIGHTS[self]

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


SEVERITY_WEIGHTS = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 25.0}


class Category(str, Enum):
    """MQM-style top-level error categories."""

    TERMINOLOGY = "terminology"
    ACCURACY = "accuracy"
    FLUENCY = "fluency"
    LOCALE = "locale-convention"
    STYLE = "style"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text, with its character span in that text."""

    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Text:
    """A loaded and segmented text (target, reference or source)."""

    path: str
    content: str
    lang: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Bead:
    """One alignment bead: indices into side A and side B (either may be empty)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float

    @property
    def kind(self) -> str:
        return f"{len(self.a)}-{len(self.b)}"


@dataclass(frozen=True, slots=True)
class Issue:
    """A flagged problem inside one segment."""

    id: str
    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    #: when the run is compared with a baseline: "new" or "baselined" (see scoring.baseline)
    baseline: str | None = None

    @property
    def weight(self) -> float:
        return self.severity.weight

    def __reduce__(self):
        """Pickled as the constructor and its fields: worker processes send back tens of
        thousands of issues, which then load 1.6 times faster than as field-by-field state."""
        return Issue, tuple(getattr(self, name) for name in self.__slots__)

    def as_dict(self) -> dict[str, object]:
        """The issue as it appears in reports (JSON-ready)."""
        return {
            "id": self.id,
            "rule": self.rule,
            "category": self.category.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            **({} if self.baseline is None else {"baseline": self.baseline}),
        }


def issue_id(rule: str, segment_start: int, start: int, end: int, text: str) -> str:
    """Stable id: the same rule on the same span of the same input yields the same id."""
    raw = f"{rule}\x1f{segment_start}\x1f{start}\x1f{end}\x1f{text}".encode()
    return hashlib.blake2b(raw, digest_size=6).hexdigest()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A whole-segment alternative an editor may take (reference sentence, DeepL Write...)."""

    kind: str
    text: str


@dataclass(slots=True)
class Segment:
    """The unit that is checked, scored and reviewed: one or more target sentences with the
    reference and source sentences aligned to them."""

    index: int
    text: str
    start: int
    end: int
    target_ids: tuple[int, ...]
    reference: str | None = None
    reference_ids: tuple[int, ...] = ()
    source: str | None = None
    source_ids: tuple[int, ...] = ()
    issues: list[Issue] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    #: reference sentences no target sentence aligns to, just before / after this segment
    omitted_before: tuple[str, ...] = ()
    omitted_after: tuple[str, ...] = ()
    #: no counterpart in the reference (or source) although the document has one
    unaligned: bool = False
    #: line-true input (``--lines``): the 1-based line number of this segment's line, and the
    #: ``*_ids`` above are line numbers too
    line: int | None = None
    #: bilingual files: the unit id (stable across runs; issue ids and review anchors use it)
    unit: str | None = None
    #: bilingual files: how inline markup is written in ``text`` (``markup.XML``/``PO``)
    markup: str | None = None

    @property
    def words(self) -> int:
        if self.markup is None:
            return len(self.text.split())
        from .markup import plain_text  # inline markup as protected tokens

        return len(plain_text(self.text, self.markup).split())
