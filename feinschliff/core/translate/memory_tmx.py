"""TMX in and out of the translation memory, through translate-toolkit.

A ``<tu>`` may hold any number of languages. Its ``srclang`` (or the header's) says which
``<tuv>`` is the source: a unit is filed from that language to each of the others. Only
``srclang="*all*"`` makes every language a source. Languages are filed under their base
code (``de-DE`` -> ``de``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from lxml import etree
from translate.misc.xml_helpers import getXMLlang
from translate.storage import tmx

from ..errors import InputError
from ..textio import write_text_atomic
from .memory import TranslationMemory, Unit, base_lang


def read_tmx(path: str | os.PathLike[str], origin: str | None = None) -> list[Unit]:
    """Every unit of a TMX file; errors name the file and line."""
    name = str(path)
    origin = origin or f"tmx:{Path(path).name}"
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    try:
        store = tmx.tmxfile.parsestring(data)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(f"not valid TMX: {exc.msg}", name, line) from None
    default_source = store.sourcelanguage
    units: list[Unit] = []
    for tu in store.units:
        texts: dict[str, str] = {}
        for node in tu.getlanguageNodes():
            lang = getXMLlang(node) or node.get("lang")
            text = tu.getNodeText(node) or ""
            if lang and text.strip():
                texts.setdefault(base_lang(lang), text)
        explicit = tu.xmlelement.get("srclang")
        declared = explicit or default_source
        if declared is None or declared.lower() == "*all*":
            sources = list(texts)
        elif base_lang(declared) in texts:
            sources = [base_lang(declared)]
        elif explicit:
            line = tu.xmlelement.sourceline
            raise InputError(f"translation unit has no text in its source language {explicit}", name, line)
        else:
            sources = []  # a unit in other languages than the file's source language
        units.extend(
            Unit(src, tgt, texts[src], texts[tgt], origin)
            for src in sources
            for tgt in texts
            if tgt != src
        )
    return units


def import_tmx(memory: TranslationMemory, path: str | os.PathLike[str]) -> int:
    """Add the units of a TMX file to the memory; returns how many were stored."""
    return memory.add_units(read_tmx(path))


def tmx_bytes(units: Iterable[Unit]) -> bytes:
    units = list(units)
    first = units[0].source_lang if units else "en"
    store = tmx.tmxfile(sourcelanguage=first, targetlanguage=units[0].target_lang if units else "de")
    for unit in units:
        store.addtranslation(unit.source, unit.source_lang, unit.target, unit.target_lang)
    return bytes(store)


def export_tmx(
    memory: TranslationMemory,
    path: str | os.PathLike[str],
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> int:
    """Write the memory's translation units (not the DeepL cache) as TMX; returns the count."""
    units = list(memory.units(source_lang and base_lang(source_lang), target_lang and base_lang(target_lang)))
    write_text_atomic(path, tmx_bytes(units).decode("utf-8"))
    return len(units)
