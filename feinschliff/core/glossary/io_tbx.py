"""TBX (ISO 30042, ``martif``/``termEntry``) through translate-toolkit.

Reading maps each concept to entries: the English terms become sources; among the German
terms the one with administrative status ``preferredTerm`` is the target (else the first one
that is not deprecated); ``deprecatedTerm`` and ``supersededTerm`` become forbidden variants;
the other accepted terms (``admittedTerm`` or no status) become admitted renderings. Notes of
the concept, its terms and its ``descrip`` elements are joined into the note. ``<descrip type="Translation
needed">no</descrip>`` marks a do-not-translate name, ``<termNote type="caseSensitive">yes``
a case-sensitive term. Malformed XML is reported with the line lxml found it on.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from lxml import etree
from translate.storage import tbx

from ..errors import InputError
from .entries import make_entry
from .model import GlossaryEntry

SOURCE_LANG, TARGET_LANG = "en", "de"
PREFERRED, ADMITTED, DEPRECATED = "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"
CASE_NOTE = "caseSensitive"
_REJECTED = ("deprecated", "superseded")


def _rejected(term: tbx.TBXTerm) -> bool:
    status = (term.administrative_status or "").lower()
    return any(word in status for word in _REJECTED)


def _preferred(term: tbx.TBXTerm) -> bool:
    return "preferred" in (term.administrative_status or "").lower()


def read_tbx(text: str, path: str) -> list[GlossaryEntry]:
    data = text.removeprefix("\ufeff").encode("utf-8")
    try:
        store = tbx.tbxfile(io.BytesIO(data), sourcelanguage=SOURCE_LANG, targetlanguage=TARGET_LANG)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed XML: {exc.msg}", path, exc.lineno) from None
    except AssertionError:  # translate-toolkit asserts the root element
        raise InputError("not a TBX file: the root element is not <martif>", path, 1) from None
    entries = [entry for unit in store.units for entry in _unit_entries(unit, path)]
    if not entries:
        raise InputError("no term entries (<termEntry>) in this TBX file", path)
    return entries


def _unit_entries(unit: tbx.tbxunit, path: str) -> list[GlossaryEntry]:
    line = unit.xmlelement.sourceline or 0
    sources = [t.text for t in unit.get_source_terms() if t.text.strip() and not _rejected(t)]
    sources = sources or [unit.source or ""]
    terms = [t for t in unit.get_target_terms() if t.text.strip()]
    accepted = [t for t in terms if not _rejected(t)]
    main = next((t for t in accepted if _preferred(t)), accepted[0] if accepted else None)
    forbidden = tuple(t.text for t in terms if _rejected(t))
    admitted = tuple(t.text for t in accepted if t is not main)
    notes = _notes(unit, terms)
    flags = [n.text.strip().lower() for t in terms for n in t.notes if n.category == CASE_NOTE]
    case_sensitive = "yes" in flags
    target = main.text if main else (unit.target or "")
    return [
        make_entry(
            source,
            target,
            forbidden=forbidden,
            admitted=admitted,
            do_not_translate=not unit.istranslatable(),
            case_sensitive=case_sensitive,
            note="; ".join(notes),
            path=path,
            line=line,
        )
        for source in sources
    ]


def _notes(unit: tbx.tbxunit, terms: list[tbx.TBXTerm]) -> list[str]:
    found = [n.text for t in terms for n in t.notes if n.category != CASE_NOTE]
    found += [n.text for n in unit.get_common_notes(source=True)]
    found += unit.getnotes().split("\n")
    unique: dict[str, None] = {}
    for note in found:
        note = " ".join(note.split())
        if note:
            unique.setdefault(note, None)
    return list(unique)


def write_tbx(entries: Iterable[GlossaryEntry]) -> str:
    store = tbx.tbxfile(sourcelanguage=SOURCE_LANG, targetlanguage=TARGET_LANG)
    for entry in entries:
        unit = store.addsourceunit(entry.source)
        unit.set_target_terms([entry.target, *entry.admitted, *entry.forbidden], TARGET_LANG)
        tigs = unit.target_dom.findall(unit.namespaced("tig"))
        statuses = [PREFERRED] + [ADMITTED] * len(entry.admitted) + [DEPRECATED] * len(entry.forbidden)
        for tig, status in zip(tigs, statuses):
            _sub(unit, tig, "termNote", "administrativeStatus", status)
        if entry.case_sensitive and not entry.do_not_translate:
            _sub(unit, tigs[0], "termNote", CASE_NOTE, "yes")
        if entry.do_not_translate:
            node = etree.Element(unit.namespaced("descrip"), type="Translation needed")
            node.text = "no"
            unit.xmlelement.insert(0, node)
        if entry.note:
            unit.addnote(entry.note, origin="translator")
    return bytes(store).decode("utf-8")


def _sub(unit: tbx.tbxunit, parent: etree._Element, tag: str, kind: str, text: str) -> None:
    etree.SubElement(parent, unit.namespaced(tag), type=kind).text = text
