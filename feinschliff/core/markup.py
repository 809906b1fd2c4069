"""Inline markup as protected tokens.

A bilingual unit's target is kept as it is serialised in the file (XML element content with
its tags and entity references, or a PO string with its format placeholders): that *raw*
text is what segments, issue offsets and fixes refer to, so every offset maps back into the
file. The checks see the *plain* text: paired tags (``<g>``, ``<pc>``, ``<mrk>``, ``<bpt>`` …)
vanish, standalone codes (``<x/>``, ``<ph/>``, ``%s``, ``{name}``) become U+FFFC, which no
check reads as a word or as punctuation, and entity references become their characters.

``protect`` maps every plain offset back to a raw one; ``to_raw`` turns issues found on the
plain text into issues on the raw text, trimming a fix to the characters it changes and
withholding it when even then it would touch a protected token.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from lxml import etree

from .model import Issue, Segment, issue_id

XML, PO = "xml", "po"
OBJECT = "\ufffc"

#: elements whose whole content is native code (XLIFF 1.2 / TMX)
_CODE_ELEMENTS = {"ph", "bpt", "ept", "it", "ut", "sub"}
#: standalone codes: one placeholder character in the plain text
_STANDALONE = {"x", "ph", "it", "ut", "cp", "sc", "ec"}

_XML_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>"
    r"|<(?P<close>/)?(?P<name>[\w:.-]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?P<empty>/)?>"
    r"|&(?P<entity>#\d+|#x[0-9a-fA-F]+|\w+);",
    re.DOTALL,
)
PO_PLACEHOLDER = re.compile(
    r"%(?:\d+\$)?(?:\([\w.-]+\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlLqjzt]*[diouxXeEfFgGcrsa%]"
    r"|\{[\w.\[\]-]*(?:![rsa])?(?::[^{}]*)?\}"
)


@dataclass(frozen=True, slots=True)
class Protected:
    raw: str
    plain: str
    #: raw offset where each plain character starts (plus one entry for the end)
    starts: tuple[int, ...]
    #: raw offset just after each plain character
    ends: tuple[int, ...]
    #: raw spans of the protected tokens
    tokens: tuple[tuple[int, int], ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of plain ``[start:end]``; an insertion point stays one."""
        if start == end:
            return (self.starts[start],) * 2
        return self.starts[start], self.ends[end - 1]

    def touches_token(self, start: int, end: int) -> bool:
        if start == end:
            return any(s < start < e for s, e in self.tokens)
        return any(s < end and start < e for s, e in self.tokens)


def _short_name(name: str) -> str:
    return name.rpartition(":")[2]


def _protect_xml(raw: str) -> Protected:
    plain: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    tokens: list[tuple[int, int]] = []
    code_depth, code_start, cursor = 0, 0, 0

    def text(upto: int) -> None:
        for i in range(cursor, upto):
            if not code_depth:
                plain.append(raw[i])
                starts.append(i)
                ends.append(i + 1)

    for match in _XML_TOKEN.finditer(raw):
        text(match.start())
        cursor = match.end()
        name = _short_name(match.group("name") or "")
        if match.group("entity") is not None:
            if not code_depth:
                plain.append(html.unescape(match.group()))
                starts.append(match.start())
                ends.append(match.end())
        elif match.group("cdata") is not None:
            if not code_depth:
                base = match.start("cdata")
                for i, char in enumerate(match.group("cdata")):
                    plain.append(char)
                    starts.append(base + i)
                    ends.append(base + i + 1)
        elif name in _CODE_ELEMENTS and not match.group("empty"):
            if match.group("close"):
                code_depth -= 1
                if not code_depth:
                    tokens.append((code_start, match.end()))
                    _placeholder(plain, starts, ends, code_start, match.end(), name)
            else:
                if not code_depth:
                    code_start = match.start()
                code_depth += 1
        elif not code_depth:
            tokens.append((match.start(), match.end()))
            if name in _STANDALONE:
                _placeholder(plain, starts, ends, match.start(), match.end(), name)
    text(len(raw))
    starts.append(len(raw))
    return Protected(raw, "".join(plain), tuple(starts), tuple(ends), tuple(tokens))


def _placeholder(plain: list[str], starts: list[int], ends: list[int], start: int, end: int, name: str) -> None:
    if name in _STANDALONE:
        plain.append(OBJECT)
        starts.append(start)
        ends.append(end)


def _protect_po(raw: str) -> Protected:
    plain: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    tokens: list[tuple[int, int]] = []
    cursor = 0
    for match in PO_PLACEHOLDER.finditer(raw):
        for i in range(cursor, match.start()):
            plain.append(raw[i])
            starts.append(i)
            ends.append(i + 1)
        if match.group() == "%%":
            plain.append("%")
        else:
            plain.append(OBJECT)
            tokens.append(match.span())
        starts.append(match.start())
        ends.append(match.end())
        cursor = match.end()
    for i in range(cursor, len(raw)):
        plain.append(raw[i])
        starts.append(i)
        ends.append(i + 1)
    starts.append(len(raw))
    return Protected(raw, "".join(plain), tuple(starts), tuple(ends), tuple(tokens))


def protect(raw: str, markup: str) -> Protected:
    return _protect_xml(raw) if markup == XML else _protect_po(raw)


def plain_text(raw: str, markup: str | None) -> str:
    return raw if markup is None else protect(raw, markup).plain


def encode(text: str, markup: str) -> str:
    """Plain replacement text as it is written into the raw text."""
    return escape(text) if markup == XML else text


def _trimmed(original: str, suggestion: str) -> tuple[int, int, str]:
    """The smallest change: (chars kept at the start, chars kept at the end, new middle)."""
    head = 0
    while head < min(len(original), len(suggestion)) and original[head] == suggestion[head]:
        head += 1
    tail = 0
    while (tail < min(len(original), len(suggestion)) - head
           and original[len(original) - 1 - tail] == suggestion[len(suggestion) - 1 - tail]):
        tail += 1
    return head, tail, suggestion[head : len(suggestion) - tail]


def to_raw(issues: list[Issue], protected: Protected, markup: str, key: str) -> list[Issue]:
    """Issues on the plain text as issues on the raw text, with ids keyed by ``key`` (the
    unit id) and raw offsets. A fix that would break or move markup is trimmed to the
    characters it changes, or withheld (the issue stays, without a suggestion)."""
    out = []
    for issue in issues:
        start, end = protected.raw_span(issue.start, issue.end)
        suggestion = issue.suggestion
        if suggestion is not None and protected.touches_token(start, end):
            head, tail, middle = _trimmed(protected.plain[issue.start : issue.end], suggestion)
            inner = protected.raw_span(issue.start + head, issue.end - tail)
            if OBJECT in middle or protected.touches_token(*inner):
                suggestion = None
            else:
                start, end, suggestion = inner[0], inner[1], middle
        raw_text = protected.raw[start:end]
        out.append(replace(
            issue,
            id=issue_id(issue.rule, key, start, end, raw_text),
            start=start, end=end, text=raw_text,
            suggestion=None if suggestion is None else encode(suggestion, markup),
            message=issue.message if suggestion is not None or issue.suggestion is None
            else f"{issue.message} (no fix offered: it would move inline markup)",
        ))
    return sorted(out, key=lambda i: (i.start, i.end, i.rule))


def check_raw(segment: Segment, text: str, check: Callable[[Segment], list[Issue]]) -> list[Issue]:
    """Check ``text`` as the new raw text of ``segment``: plain text for the checks, issues
    on the raw text. Plain-text segments are checked as they are."""
    if segment.markup is None:
        return check(replace(segment, text=text))
    protected = protect(text, segment.markup)
    return to_raw(check(replace(segment, text=protected.plain)), protected, segment.markup, segment.unit or "")


def token_texts(text: str, markup: str) -> list[str]:
    protected = protect(text, markup)
    return [text[s:e] for s, e in protected.tokens]


def markup_changed(segment: Segment, text: str) -> str | None:
    """Why an edit of a bilingual segment is refused (not well-formed, or its inline markup
    changed), or None."""
    if segment.markup is None:
        return None
    if segment.markup == XML:
        try:
            etree.fromstring(f"<t>{text}</t>".encode(), parser=etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            return f"the text is not well-formed XML ({exc.msg}; write & as &amp; and < as &lt;)"
    before, after = token_texts(segment.text, segment.markup), token_texts(text, segment.markup)
    if before == after:
        return None
    shown = ", ".join(before) if before else "none"
    return f"inline markup must stay as it is (protected tokens: {shown})"
