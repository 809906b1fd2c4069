"""Gold error annotations of a sample MT text, with absolute character offsets.

A gold file is a JSON list of objects::

    {"text": "Fluchtluke", "occurrence": 1, "category": "terminology", "severity": "major",
     "fix": "Hintertür", "catchable_by": "glossary", "note": "..."}

``text`` is an exact span of the MT text and ``occurrence`` (1-based, default 1) picks which of
its occurrences is meant. ``load_gold`` adds ``start`` and ``end`` so that
``mt[start:end] == text``; checks are scored by comparing their issue spans with these.
Every problem is reported as an ``InputError`` naming the gold file and the line of the item.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from feinschliff.core.errors import InputError
from feinschliff.core.textio import line_of, read_text

CATEGORIES = frozenset({"terminology", "accuracy", "fluency", "locale-convention", "style"})
SEVERITIES = frozenset({"minor", "major", "critical"})
CATCHABLE = frozenset({"glossary", "typography", "numbers", "none"})
REQUIRED = ("text", "category", "severity", "catchable_by")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOLD_SUFFIX = ".gold.json"
_SPACE = re.compile(r"\s*")


def mt_path_for(gold_path: Path) -> Path:
    """``tests/data/<name>.gold.json`` annotates ``samples/<name>/mt.de.txt``."""
    return SAMPLES / gold_path.name.removesuffix(GOLD_SUFFIX) / "mt.de.txt"


def items_with_lines(raw: str, path: str) -> list[tuple[int, object]]:
    """Decode a JSON list item by item, keeping the line where each item starts."""
    decoder = json.JSONDecoder()
    pos = _SPACE.match(raw, 1 if raw.startswith("\ufeff") else 0).end()
    if not raw.startswith("[", pos):
        raise InputError("expected a JSON list of annotations", path, line_of(raw, pos))
    items: list[tuple[int, object]] = []
    pos += 1
    while True:
        pos = _SPACE.match(raw, pos).end()
        if raw.startswith("]", pos):
            break
        if items:
            if not raw.startswith(",", pos):
                raise InputError("expected ',' or ']' between annotations", path, line_of(raw, pos))
            pos = _SPACE.match(raw, pos + 1).end()
        try:
            value, end = decoder.raw_decode(raw, pos)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", path, exc.lineno) from None
        items.append((line_of(raw, pos), value))
        pos = end
    after = _SPACE.match(raw, pos + 1).end()
    if after < len(raw):
        raise InputError("text after the closing ']'", path, line_of(raw, after))
    return items


def nth_occurrence(text: str, span: str, n: int) -> int:
    """Start of the n-th (1-based, overlapping) occurrence of ``span`` in ``text``, or -1."""
    pos = -1
    for _ in range(n):
        pos = text.find(span, pos + 1)
        if pos < 0:
            return -1
    return pos


def check_item(item: object, path: str, line: int) -> dict:
    if not isinstance(item, dict):
        raise InputError("an annotation must be a JSON object", path, line)
    missing = [key for key in REQUIRED if key not in item]
    if missing:
        raise InputError(f"annotation lacks '{missing[0]}'", path, line)
    if not isinstance(item["text"], str) or not item["text"]:
        raise InputError("'text' must be a non-empty string", path, line)
    for key, allowed in (("category", CATEGORIES), ("severity", SEVERITIES), ("catchable_by", CATCHABLE)):
        if item[key] not in allowed:
            raise InputError(f"{key} '{item[key]}' is not one of {', '.join(sorted(allowed))}", path, line)
    occurrence = item.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise InputError(f"occurrence must be a positive integer, not {occurrence!r}", path, line)
    fix = item.get("fix")
    if fix is not None and not isinstance(fix, str):
        raise InputError("'fix' must be a string or null", path, line)
    return {**item, "occurrence": occurrence, "fix": fix, "note": item.get("note", "")}


def parse_gold(raw: str, mt: str, path: str = "<gold>", mt_name: str = "mt.de.txt") -> list[dict]:
    """Validate annotations and add ``start``/``end`` offsets into ``mt``."""
    annotations = []
    for line, item in items_with_lines(raw, path):
        annotation = check_item(item, path, line)
        start = nth_occurrence(mt, annotation["text"], annotation["occurrence"])
        if start < 0:
            raise InputError(
                f"occurrence {annotation['occurrence']} of '{annotation['text']}' not found in {mt_name}",
                path,
                line,
            )
        annotations.append({**annotation, "line": line, "start": start, "end": start + len(annotation["text"])})
    return annotations


def load_gold(path: str | Path, mt_path: str | Path | None = None) -> list[dict]:
    """Annotations of ``path`` with absolute ``start``/``end`` offsets into the MT text.

    The MT text defaults to ``samples/<name>/mt.de.txt`` for ``tests/data/<name>.gold.json``.
    """
    gold = Path(path)
    mt_file = Path(mt_path) if mt_path is not None else mt_path_for(gold)
    return parse_gold(read_text(gold), read_text(mt_file), str(gold), mt_file.name)
