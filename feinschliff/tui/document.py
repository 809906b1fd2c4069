"""What the review screens work on: the pipeline result, its review session, the glossary
in use and the services behind learn and DeepL Write. Built off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.config import Config
from ..core.glossary import Glossary
from ..core.model import Issue, Segment
from ..core.pipeline import DocumentResult
from ..core.review import ReviewSession, SegmentChecker, rechecker_for

#: texts -> DeepL Write suggestions (None where DeepL had none); raises FeinschliffError
Rephrase = Callable[[Sequence[str]], list[str | None]]
#: glossary refs -> the merged glossary (raises FeinschliffError)
GlossaryLoader = Callable[[list[str]], Glossary]


@dataclass(slots=True)
class ReviewDocument:
    result: DocumentResult
    session: ReviewSession
    config: Config
    glossary: Glossary | None
    #: the glossary files and shipped names in use, the learn target last if it exists
    glossary_refs: list[str]
    learn_to: Path
    load_glossary: GlossaryLoader
    rephrase: Rephrase | None = None
    warnings: list[str] = field(default_factory=list)
    checker: SegmentChecker | None = None

    def __post_init__(self) -> None:
        self.checker = rechecker_for(self.result, self.config, self.glossary)
        self.session.review.set_rechecker(self.checker)

    @property
    def path(self) -> Path:
        return Path(self.result.path)

    def recheck(self, segment: Segment, text: str) -> list[Issue]:
        """The issues of an edited text of ``segment`` (safe to call from a worker)."""
        assert self.checker is not None
        return self.checker(segment, text)

    def reload_glossary(self) -> list[tuple[int, list[Issue]]]:
        """Reload the glossaries (after learning or editing one) and re-check every
        segment's base text with them: (segment, issues) for the segments whose issues
        changed. Runs in a worker; the caller adopts the result on the UI thread."""
        refs = list(self.glossary_refs)
        if self.learn_to.exists() and str(self.learn_to) not in refs:
            refs.append(str(self.learn_to))
        self.glossary = self.load_glossary(refs)
        self.glossary_refs = refs
        checker = rechecker_for(self.result, self.config, self.glossary)
        changed = []
        for state in list(self.session.review.segments):
            issues = checker(state.segment, state.base) if state.replaced_by else checker.original(state.segment)
            if [i.id for i in issues] != [i.id for i in state.issues]:
                changed.append((state.index, issues))
        self.checker = checker
        return changed
