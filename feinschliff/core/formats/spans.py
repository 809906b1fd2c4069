"""Where each unit's source and target content sits in the file, to the character.

lxml parses but forgets offsets; expat reports the byte index of every tag. For each unit
element (XLIFF 1.2 ``trans-unit``, XLIFF 2 ``segment``, TMX ``tu``) this records the line and
the spans of the content of its ``source``/``target`` children (for TMX: of each ``tuv``'s
``seg``, by language), so a repaired target is written into exactly those characters and
every other byte of the file is kept.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from xml.parsers import expat

from ..errors import InputError


@dataclass(slots=True)
class ElementSpans:
    line: int
    #: start-tag offset of the unit element
    start: int = 0
    #: child name ("source", "target", or a TMX language) -> (content start, content end)
    content: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: child name -> offset of its start tag (to patch attributes)
    tag: dict[str, int] = field(default_factory=dict)


def _end_of_tag(data: bytes, start: int) -> int:
    """Offset just past the ``>`` of the tag starting at ``start`` (quotes respected)."""
    quote = None
    for i in range(start + 1, len(data)):
        char = data[i]
        if quote is not None:
            if char == quote:
                quote = None
        elif char in b"\"'":
            quote = char
        elif char == ord(">"):
            return i + 1
    return len(data)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def locate(data: bytes, unit: str, parents: dict[str, str], path: str) -> list[ElementSpans]:
    """Spans of every ``unit`` element in document order; ``parents`` maps a content element
    (``source``, ``target``, ``seg``) to the element it must be a direct child of."""
    parser = expat.ParserCreate(namespace_separator="}")
    stack: list[str] = []
    found: list[ElementSpans] = []
    open_at: dict[int, tuple[str, int]] = {}
    tuv_lang: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        index = parser.CurrentByteIndex
        if local == unit:
            found.append(ElementSpans(parser.CurrentLineNumber, index))
        elif found and stack and parents.get(local) == stack[-1] and unit in stack:
            key = tuv_lang[-1] if local == "seg" and tuv_lang else local
            open_at[len(stack)] = (key, _end_of_tag(data, index))
            found[-1].tag[key] = index
        if local == "tuv":
            lang = attrs.get("http://www.w3.org/XML/1998/namespace}lang") or attrs.get("lang", "")
            tuv_lang.append(lang.lower())
        stack.append(local)

    def end(name: str) -> None:
        stack.pop()
        local = _local(name)
        index = parser.CurrentByteIndex
        opened = open_at.pop(len(stack), None)
        if opened is not None:
            key, content_start = opened
            empty = data[index : index + 2] != b"</"
            found[-1].content[key] = (content_start, content_start if empty else index)
        if local == "tuv" and tuv_lang:
            tuv_lang.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise InputError(f"malformed XML: {expat.errors.messages[exc.code]}", path, exc.lineno) from None
    return found


class CharOffsets:
    """Byte offsets of UTF-8 ``data`` as character offsets of its decoded text."""

    def __init__(self, data: bytes):
        self._data = data
        self._marks = [0]
        self._chars = [0]
        step = 1 << 16
        for start in range(0, len(data), step):
            end = min(start + step, len(data))
            while end < len(data) and (data[end] & 0xC0) == 0x80:
                end += 1
            if end <= self._marks[-1]:
                continue
            self._chars.append(self._chars[-1] + len(data[self._marks[-1] : end].decode("utf-8")))
            self._marks.append(end)

    def __call__(self, byte: int) -> int:
        i = bisect.bisect_right(self._marks, byte) - 1
        return self._chars[i] + len(self._data[self._marks[i] : byte].decode("utf-8"))
