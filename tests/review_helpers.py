"""Shared data for the review, session, export and TUI tests: the sample article run through
the real pipeline, and issues placed on the garbled spans the sample is known for."""

from __future__ import annotations

import copy
import functools
from dataclasses import replace
from pathlib import Path

from feinschliff.core.config import Config
from feinschliff.core.model import Category, Issue, Segment, Severity, issue_id
from feinschliff.core.pipeline import CheckOptions, DocumentResult, check_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
MT = SAMPLES / "mt.de.txt"
REFERENCE = SAMPLES / "reference.de.txt"

#: garbled rendering -> correct term, as the sample's glossary has them
GARBLED = {"Azure Ai Giesel": "Azure AI Foundry", "Wiedereinnahme": "Wiederannäherung"}


@functools.cache
def _sample_result(path: str) -> DocumentResult:
    return check_document(CheckOptions(Path(path), reference=REFERENCE), Config())


def sample_result(path: Path = MT) -> DocumentResult:
    """A fresh copy of the sample's pipeline result (tests mutate segments)."""
    return copy.deepcopy(_sample_result(str(path)))


def flag(segment: Segment, needle: str, suggestion: str | None, rule: str = "glossary.forbidden",
         category: Category = Category.TERMINOLOGY, severity: Severity = Severity.MAJOR,
         occurrence: int = 0) -> Issue:
    """An issue on the ``occurrence``-th appearance of ``needle`` in the segment."""
    start = -1
    for _ in range(occurrence + 1):
        start = segment.text.index(needle, start + 1)
    end = start + len(needle)
    return Issue(issue_id(rule, segment.start, start, end, needle), rule, category, severity, start, end,
                 needle, f"“{needle}” flagged", suggestion)


def segment_with(result: DocumentResult, needle: str) -> Segment:
    return next(s for s in result.segments if needle in s.text)


def flagged_sample() -> DocumentResult:
    """The sample with the glossary's two garbled terms flagged (and a typography issue and
    a whole-segment drift fix on the "Azure Ai Giesel" segment, to test overlaps)."""
    result = sample_result()
    for needle, fix in GARBLED.items():
        segment = segment_with(result, needle)
        segment.issues.append(flag(segment, needle, fix))
    giesel = segment_with(result, "Azure Ai Giesel")
    giesel.issues.append(flag(giesel, "Github", "GitHub", rule="glossary.case", category=Category.TERMINOLOGY,
                              severity=Severity.MINOR))
    giesel.issues.append(replace(flag(giesel, giesel.text, giesel.reference, rule="accuracy.drift",
                                      category=Category.ACCURACY), message="drifts from the re-translation"))
    for segment in result.segments:
        segment.issues.sort(key=lambda i: (i.start, i.end, i.rule))
    return result


def copy_sample(folder: Path) -> Path:
    """A private copy of the sample article (with its feinschliff.toml); returns mt.de.txt."""
    import shutil

    target = folder / "microsoft-openai"
    shutil.copytree(SAMPLES, target, ignore=shutil.ignore_patterns("*.feinschliff-session*", "*.repaired.*",
                                                                    "*.decisions.json", "glossary.learned.tsv"))
    return target / "mt.de.txt"


def review_args(*argv: str):
    """Parse ``feinschliff review`` arguments with the command's own parser."""
    import argparse

    from feinschliff.cli import review_cmd

    parser = argparse.ArgumentParser(prog="feinschliff")
    review_cmd.register(parser.add_subparsers())
    return parser.parse_args(["review", *argv])


def review_app(path: Path, *argv: str):
    from feinschliff.cli.review_cmd import make_app

    return make_app(review_args(str(path), *argv))
