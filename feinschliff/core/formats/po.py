"""gettext PO files through translate-toolkit's PO parser.

Every translated entry is a unit: its id is its context and msgid as translate-toolkit forms
it; a plural entry gives one unit per ``msgstr[n]`` (id ``msgid[n]``), with ``msgid_plural``
as the source of forms above 0. The header and obsolete (``#~``) entries are not units. An
entry with an empty ``msgstr`` is an input error naming its line, as is a syntax error.
"""

from __future__ import annotations

import re

from translate.storage import poparser, pypo

from ..errors import InputError
from ..markup import PO
from .units import PO_FORMAT, Bilingual, Unit

_MSGSTR = re.compile(r'^msgstr(?:\[(\d+)\])?[ \t]*"', re.MULTILINE)
_CONTINUATION = re.compile(r'[ \t]*"')
_LINE = re.compile(r"line (\d+)")


def msgstr_blocks(content: str) -> list[tuple[int, int, int]]:
    """(start, end, line) of every active ``msgstr`` keyword line and its continuation lines."""
    blocks = []
    for match in _MSGSTR.finditer(content):
        start = match.start()
        end = content.find("\n", start)
        end = len(content) if end < 0 else end
        while end < len(content) and _CONTINUATION.match(content, end + 1):
            following = content.find("\n", end + 1)
            end = len(content) if following < 0 else following
        blocks.append((start, end, content.count("\n", 0, start) + 1))
    return blocks


def _forms(unit) -> list[str]:
    if unit.hasplural():
        return [str(s) for s in unit.target.strings]
    return [str(unit.target or "")]


def _sources(unit, count: int) -> list[str]:
    if unit.hasplural():
        strings = [str(s) for s in unit.source.strings]
        return [strings[min(i, len(strings) - 1)] for i in range(count)]
    return [str(unit.source)]


def parse_store(data: bytes, path: str) -> pypo.pofile:
    try:
        return pypo.pofile.parsestring(data)
    except (poparser.PoParseError, ValueError) as exc:
        match = _LINE.search(str(exc))
        message = str(exc).split(" on line ")[0].split(": '")[0]
        raise InputError(f"PO syntax error: {message}", path, int(match.group(1)) if match else None) from None


def read_po(path: str, data: bytes, content: str) -> Bilingual:
    store = parse_store(data, path)
    blocks = iter(msgstr_blocks(content))
    bilingual = Bilingual(path, PO_FORMAT, content, PO, store.getsourcelanguage() or "en",
                          store.gettargetlanguage() or "de")
    for unit in store.units:
        if unit.isobsolete():
            continue
        forms = _forms(unit)
        spans = [next(blocks, None) for _ in forms]
        if unit.isheader():
            continue
        if any(span is None for span in spans):
            raise InputError("the msgstr lines do not match the entries translate-toolkit read", path)
        state = "fuzzy" if unit.isfuzzy() else ("translated" if unit.istranslated() else None)
        for n, (text, source, (start, end, line)) in enumerate(zip(forms, _sources(unit, len(forms)), spans)):
            if not text:
                raise InputError(f"entry {unit.getid()!r} has no translation (empty msgstr)", path, line)
            uid = f"{unit.getid()}[{n}]" if unit.hasplural() else unit.getid()
            bilingual.units.append(Unit(uid, source, text, start, end, line, state,
                                        n if unit.hasplural() else None))
    if not bilingual.units:
        raise InputError("no translated entries", path)
    return bilingual
