"""XLIFF 1.2 and 2.x through translate-toolkit, with the exact spans of every target.

translate-toolkit gives the units (ids, states, languages); ``spans.locate`` gives where each
unit's source and target content sits in the bytes, so the raw target, tags and entity
references included, is what Feinschliff checks and repairs. A unit without a target, or a
file without a target language, is an input error naming the line: a bilingual file is
checked as a whole, and a silently skipped unit would be a hole in the score.
"""

from __future__ import annotations

import bisect
import re

from translate.storage import xliff, xliff2

from ..errors import InputError
from ..markup import XML
from .spans import CharOffsets, locate
from .units import XLIFF1, XLIFF2, Bilingual, Unit

_UNIT_TAG = re.compile(r"<(?:[\w.-]+:)?unit[\s>]")


def _store(data: bytes, version: str, path: str):
    cls = xliff2.Xliff2File if version.startswith("2") else xliff.xlifffile
    try:
        return cls.parsestring(data)
    except Exception as exc:  # translate-toolkit raises plain exceptions for unsupported files
        raise InputError(f"not a usable XLIFF {version} file: {exc}", path) from None


def _unit_id(unit, version: str, files: int) -> str:
    """translate-toolkit's id, with the ``<file>`` named where several files share ids."""
    raw = unit.getid() or ""
    if version.startswith("2"):
        if files > 1:
            file_node = unit.getunitelement().getparent()
            while file_node is not None and not str(file_node.tag).endswith("}file"):
                file_node = file_node.getparent()
            return f"{file_node.get('id') if file_node is not None else ''}/{raw}"
        return raw
    return raw.replace("\x04", "/")


def _state(unit, version: str) -> str | None:
    element = unit.xmlelement
    if version.startswith("2"):
        return element.get("state")
    target = element.find(unit.namespaced("target"))
    return target.get("state") if target is not None else None


def _unit_start(unit_tags: list[int], segment_at: int) -> int:
    """Offset of the ``<unit`` start tag enclosing the segment at ``segment_at``."""
    i = bisect.bisect_right(unit_tags, segment_at) - 1
    return unit_tags[i] if i >= 0 else segment_at


def read_xliff(path: str, data: bytes, content: str, version: str) -> Bilingual:
    store = _store(data, version, path)
    fmt = XLIFF2 if version.startswith("2") else XLIFF1
    target_lang = store.gettargetlanguage()
    if not target_lang:
        attribute = "trgLang" if fmt == XLIFF2 else "target-language"
        raise InputError(f"no target language: the XLIFF declares none ({attribute})", path, 2)
    element = "segment" if fmt == XLIFF2 else "trans-unit"
    parent = "segment" if fmt == XLIFF2 else "trans-unit"
    located = locate(data, element, {"source": parent, "target": parent}, path)
    units = [u for u in store.units if not (fmt == XLIFF1 and u.isheader())]
    if len(units) != len(located):
        raise InputError(f"found {len(located)} <{element}> elements but translate-toolkit read {len(units)} units",
                         path)
    chars = CharOffsets(data)
    files = len(store.document.getroot().findall(store.namespaced("file")))
    bilingual = Bilingual(path, fmt, content, XML, store.getsourcelanguage() or "en", target_lang)
    seen: set[str] = set()
    unit_tags = [m.start() for m in _UNIT_TAG.finditer(content)] if fmt == XLIFF2 else []
    for unit, spans in zip(units, located):
        if "target" not in spans.content:
            raise InputError(f"unit {unit.getid()!r} has no <target>: translate it first, "
                             "or remove it from the file", path, spans.line)
        uid = _unit_id(unit, version, files)
        if uid in seen:
            raise InputError(f"unit id {uid!r} occurs twice", path, spans.line)
        seen.add(uid)
        src = spans.content.get("source", (0, 0))
        start, end = (chars(b) for b in spans.content["target"])
        if not content[start:end].strip():
            raise InputError(f"unit {unit.getid()!r} has an empty <target>: translate it first, "
                             "or remove it from the file", path, spans.line)
        if fmt == XLIFF2:
            state_at = chars(spans.start)
            note_at = _unit_start(unit_tags, state_at)
        else:
            state_at = chars(spans.tag["target"])
            note_at = content.find(">", end) + 1
        bilingual.units.append(Unit(
            uid, content[chars(src[0]) : chars(src[1])], content[start:end], start, end, spans.line,
            _state(unit, version), None, state_at, note_at,
        ))
    return bilingual
