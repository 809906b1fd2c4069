"""Reading bilingual files: units, ids, raw targets and their exact offsets, sniffing."""

from __future__ import annotations

import pytest
from bilingual_files import PO, TMX, XLIFF2, XLIFF12, write

from feinschliff.core.errors import InputError
from feinschliff.core.formats.load import load_bilingual
from feinschliff.core.markup import OBJECT, plain_text


def test_xliff12_units_across_files_and_groups(tmp_path):
    doc = load_bilingual(write(tmp_path, "news.xlf", XLIFF12))
    assert (doc.format, doc.source_lang, doc.target_lang) == ("xliff-1.2", "en-US", "de-DE")
    assert [u.id for u in doc.units] == ["news.html/1", "news.html/2", "news.html/3", "faq.html/1"]
    first = doc.units[0]
    assert first.target == 'Jetzt &amp; später in <g id="1">Azure Ai Giesel</g> erhältlich.'
    assert doc.content[first.start : first.end] == first.target
    assert first.state == "needs-review-translation" and doc.units[2].state == "final"
    # the <alt-trans> target is not the unit's target
    assert doc.units[1].target == 'Klicken Sie auf <x id="1"/>, um Github zu öffnen.'
    assert plain_text(doc.units[0].target, doc.markup) == "Jetzt & später in Azure Ai Giesel erhältlich."
    # <bpt>/<ept> hold native code: paired, so they vanish from the plain text
    assert plain_text(doc.units[3].target, doc.markup) == "Es läuft auf 15.000 GPUs."
    assert plain_text(doc.units[1].target, doc.markup) == f"Klicken Sie auf {OBJECT}, um Github zu öffnen."


def test_xliff2_segments_ids_and_several_files(tmp_path):
    doc = load_bilingual(write(tmp_path, "news.xliff", XLIFF2))
    assert doc.format == "xliff-2"
    assert [u.id for u in doc.units] == ["f1/u1::s1", "f1/u2::segment-1", "f1/u2::segment-2", "f2/u1"]
    for unit in doc.units:
        assert doc.content[unit.start : unit.end] == unit.target
    assert plain_text(doc.units[1].target, doc.markup) == f"Verwenden Sie {OBJECT} auf Github."
    assert [u.state for u in doc.units] == ["translated", "translated", "final", None]


def test_po_entries_plurals_and_placeholders(tmp_path):
    doc = load_bilingual(write(tmp_path, "messages.de.po", PO))
    assert [u.id for u in doc.units] == [
        "Open %(name)s in Azure AI Foundry", "One file on GitHub[0]", "One file on GitHub[1]",
        "The model is free.", "menu\x04A long text that wraps",
    ]
    assert [u.plural for u in doc.units] == [None, 0, 1, None, None]
    assert doc.units[2].source == "{count} files on GitHub"
    assert doc.units[0].state == "fuzzy"
    assert doc.units[4].target == "Ein langer Text, der umgebrochen wird."
    assert doc.content[doc.units[4].start : doc.units[4].end].startswith('msgstr ""\n"Ein langer')
    assert plain_text(doc.units[0].target, doc.markup) == f"Öffne {OBJECT} in Azure Ai Giesel"


def test_tmx_units(tmp_path):
    doc = load_bilingual(write(tmp_path, "memory.tmx", TMX))
    assert [(u.id, u.source, u.target) for u in doc.units] == [
        ("t1", "Available in Azure AI Foundry.", "Erhältlich in Azure Ai Giesel."),
        ("t2", "The model is free.", "Das Modell ist kostenlos."),
    ]


def test_plain_text_stays_plain_text(tmp_path):
    assert load_bilingual(write(tmp_path, "mt.de.txt", "Das ist <b>kein</b> XLIFF, nur Text.\n")) is None


def test_content_decides_for_other_names(tmp_path):
    assert load_bilingual(write(tmp_path, "export.txt", XLIFF2)).format == "xliff-2"
    assert load_bilingual(write(tmp_path, "catalog.txt", PO)).format == "po"


@pytest.mark.parametrize(("name", "text", "message"), [
    ("project.xlf", PO, "expected an XLIFF document, but the file is a gettext PO file"),
    ("project.xlf", "Nur Text.\n", "expected an XLIFF document, but the file is not XML"),
    ("messages.po", XLIFF2, "expected a gettext PO file, but it starts with XML"),
    ("project.xlf", '<?xml version="1.0"?>\n<html><body/></html>\n', "XML with root <html> is neither XLIFF nor TMX"),
    ("old.xlf", '<xliff version="1.1"><file/></xliff>', "XLIFF version 1.1 is not supported"),
])
def test_wrong_content_is_an_error_not_prose(tmp_path, name, text, message):
    with pytest.raises(InputError, match=message):
        load_bilingual(write(tmp_path, name, text))


def test_bom_and_crlf_keep_offsets(tmp_path):
    path = tmp_path / "crlf.xlf"
    path.write_bytes(b"\xef\xbb\xbf" + XLIFF12.replace("\n", "\r\n").encode())
    doc = load_bilingual(path)
    for unit in doc.units:
        assert doc.content[unit.start : unit.end] == unit.target
