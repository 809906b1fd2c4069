"""Baselines: today's issues recorded by stable id, so a CI gate fails only on new ones.

An issue's baseline id is anchored on content, not on offsets: the rule, the flagged text and
the text of its segment (whitespace collapsed). An edit elsewhere in the file, or moving the
segment to another place, keeps the id; editing the flagged segment itself makes its issues
new. Ids are counted per document (a path relative to the baseline file), so the same sentence
flagged twice needs two entries, and a third copy is new.

File format (JSON, sorted so that it diffs well in version control)::

    {"schema": 1, "tool": "feinschliff",
     "issues": [{"path": "docs/a.de.txt", "id": "3f0c9a1b2d4e5f60", "rule": "glossary.term",
                 "text": "Ki", "segment": "Die Ki ist …"}, ...]}
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Issue, Segment
from ..textio import read_text

if TYPE_CHECKING:
    from ..pipeline import DocumentResult

SCHEMA = 1
NEW, BASELINED = "new", "baselined"
#: how much of the segment a baseline entry shows (for people reading the file; not matched)
SHOWN = 80


def baseline_id(segment: Segment, issue: Issue) -> str:
    anchor = " ".join(segment.text.split())
    raw = f"{issue.rule}\x1f{issue.text}\x1f{anchor}".encode()
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def document_key(path: str, base: Path) -> str:
    """The document's path relative to the baseline file's folder (forward slashes)."""
    absolute = Path(os.path.abspath(path))
    try:
        return PurePosixPath(absolute.relative_to(Path(os.path.abspath(base))).as_posix()).as_posix()
    except ValueError:
        return absolute.as_posix()


def _entries(results: Iterable[DocumentResult], base: Path) -> list[dict]:
    rows = []
    for result in results:
        key = document_key(result.path, base)
        for segment in result.segments:
            for issue in segment.issues:
                rows.append({"path": key, "id": baseline_id(segment, issue), "rule": issue.rule,
                             "text": issue.text, "segment": " ".join(segment.text.split())[:SHOWN]})
    return sorted(rows, key=lambda r: (r["path"], r["id"], r["rule"], r["text"]))


def baseline_json(results: Sequence[DocumentResult], baseline_path: Path) -> str:
    document = {"schema": SCHEMA, "tool": "feinschliff", "issues": _entries(results, baseline_path.parent)}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def read_baseline(path: Path) -> Counter[tuple[str, str]]:
    """(document key, id) -> how many such issues the baseline file holds."""
    return parse_baseline(read_text(path), str(path))


def parse_baseline(text: str, name: str) -> Counter[tuple[str, str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not a baseline (invalid JSON: {exc.msg})", name, exc.lineno) from None
    if not isinstance(data, dict) or data.get("tool") != "feinschliff" or not isinstance(data.get("issues"), list):
        raise InputError("not a feinschliff baseline (expected {\"tool\": \"feinschliff\", \"issues\": [...]})", name)
    if data.get("schema") != SCHEMA:
        raise InputError(f"baseline schema {data.get('schema')!r} is not supported (expected {SCHEMA})", name)
    counts: Counter[tuple[str, str]] = Counter()
    for n, row in enumerate(data["issues"], 1):
        if not isinstance(row, dict) or not isinstance(row.get("path"), str) or not isinstance(row.get("id"), str):
            raise InputError(f"baseline entry {n} needs a string 'path' and 'id'", name)
        counts[(row["path"], row["id"])] += 1
    return counts


def mark_baseline(results: Iterable[DocumentResult], known: Counter[tuple[str, str]],
                  base: Path) -> tuple[int, int]:
    """Mark every issue ``new`` or ``baselined`` (in document order, as many as the baseline
    holds per id); returns (new issues, recorded issues no longer found)."""
    remaining = Counter(known)
    new = 0
    for result in results:
        key = document_key(result.path, base)
        for segment in result.segments:
            marked = []
            for issue in segment.issues:
                slot = (key, baseline_id(segment, issue))
                if remaining[slot] > 0:
                    remaining[slot] -= 1
                    marked.append(replace(issue, baseline=BASELINED))
                else:
                    new += 1
                    marked.append(replace(issue, baseline=NEW))
            segment.issues = marked
    return new, sum(remaining.values())
