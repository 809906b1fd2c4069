"""TMX as a bilingual file to check: every ``<tu>`` with an English and a German ``<tuv>``.

translate-toolkit reads the memory (languages, units); ``spans.locate`` finds each ``<seg>``
in the bytes. The source language is the header's ``srclang``; the target language is the
other language of the units (``de`` when there are several).
"""

from __future__ import annotations

from translate.storage import tmx

from ..errors import InputError
from ..markup import XML
from .spans import CharOffsets, locate
from .units import TMX, Bilingual, Unit


def _target_lang(langs: set[str], source: str) -> str | None:
    others = sorted(lang for lang in langs if lang.split("-")[0] != source.split("-")[0])
    german = [lang for lang in others if lang.startswith("de")]
    return (german or others or [None])[0]


def read_tmx(path: str, data: bytes, content: str, root) -> Bilingual:
    try:
        store = tmx.tmxfile.parsestring(data)
    except Exception as exc:  # translate-toolkit raises plain exceptions for unsupported files
        raise InputError(f"not a usable TMX file: {exc}", path) from None
    header = root.find("header")
    source = (header.get("srclang") if header is not None else None) or "en"
    source = source.lower()
    located = locate(data, "tu", {"seg": "tuv"}, path)
    if len(located) != len(store.units):
        raise InputError(f"found {len(located)} <tu> elements but translate-toolkit read {len(store.units)}", path)
    target = _target_lang({lang for spans in located for lang in spans.content}, source)
    if target is None:
        raise InputError("no target language: the units have no <tuv> in a language other than "
                         f"the source ({source})", path)
    chars = CharOffsets(data)
    bilingual = Bilingual(path, TMX, content, XML, source, target)
    for number, (element, spans) in enumerate(zip(root.iter("tu"), located), 1):
        src = next((span for lang, span in spans.content.items() if lang.split("-")[0] == source.split("-")[0]), None)
        if target not in spans.content or src is None:
            raise InputError(f"unit {number} has no {'target' if src else 'source'} <tuv> ({target}/{source})",
                             path, spans.line)
        start, end = (chars(b) for b in spans.content[target])
        bilingual.units.append(Unit(element.get("tuid") or str(number),
                                    content[chars(src[0]) : chars(src[1])], content[start:end],
                                    start, end, spans.line))
    return bilingual
