"""A review session driven without the editor, for the bilingual export tests."""

from __future__ import annotations

from pathlib import Path

from feinschliff.core.config import Config, find_config, load_config
from feinschliff.core.glossary import load_glossaries
from feinschliff.core.pipeline import CheckOptions, check_document
from feinschliff.core.review import ReviewSession
from feinschliff.core.translate.factory import make_translator


def open_session(path: Path, glossary: tuple[str, ...] = ("ai-tech",)) -> tuple[ReviewSession, object]:
    config = load_config(find_config(path)) if find_config(path) else Config()
    loaded = load_glossaries(list(glossary))
    result = check_document(CheckOptions(path, translator=make_translator("memory", glossary=loaded)), config, loaded)
    return ReviewSession.for_result(result, config, loaded), result


def approve_all(path: Path, needle: str | None = None) -> int:
    """Approve every fix (or those of segments containing ``needle``); returns how many."""
    session, _ = open_session(path)
    try:
        for state in session.review.segments:
            if needle is None or needle in state.text:
                if any(i.suggestion is not None for i in state.open_issues()):
                    session.approve_all(state.index)
        return session.totals().decided
    finally:
        session.close()
