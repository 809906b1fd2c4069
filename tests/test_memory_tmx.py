"""TMX import and export of the translation memory."""

from __future__ import annotations

import pytest
from hypothesis import given, HealthCheck, settings, strategies as st

from feinschliff.core.errors import InputError
from feinschliff.core.translate.memory import TranslationMemory, Unit
from feinschliff.core.translate.memory_tmx import export_tmx, import_tmx, read_tmx, tmx_bytes

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
          '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" '
          'srclang="{srclang}" datatype="PlainText"/>\n<body>\n')
FOOTER = "</body>\n</tmx>\n"


def write_tmx(tmp_path, body: str, srclang: str = "en-US"):
    path = tmp_path / "in.tmx"
    path.write_text(HEADER.format(srclang=srclang) + body + FOOTER, encoding="utf-8")
    return path


def pairs(units):
    return sorted((u.source_lang, u.target_lang, u.source, u.target) for u in units)


def test_header_srclang_makes_one_direction_to_every_other_language(tmp_path):
    path = write_tmx(tmp_path, '<tu><tuv xml:lang="en-US"><seg>Hello.</seg></tuv>'
                               '<tuv xml:lang="de-DE"><seg>Hallo.</seg></tuv>'
                               '<tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu>\n')
    assert pairs(read_tmx(path)) == [("en", "de", "Hello.", "Hallo."), ("en", "fr", "Hello.", "Bonjour.")]
    assert {u.origin for u in read_tmx(path)} == {"tmx:in.tmx"}


def test_unit_srclang_overrides_the_header_and_all_means_every_direction(tmp_path):
    path = write_tmx(tmp_path, '<tu srclang="de"><tuv lang="de"><seg>Wiedereinnahme</seg></tuv>'
                               '<tuv xml:lang="en"><seg>re-engagement</seg></tuv></tu>\n'
                               '<tu srclang="*all*"><tuv xml:lang="de"><seg>Ja</seg></tuv>'
                               '<tuv xml:lang="en"><seg>Yes</seg></tuv></tu>\n')
    assert pairs(read_tmx(path)) == [("de", "en", "Ja", "Yes"), ("de", "en", "Wiedereinnahme", "re-engagement"),
                                     ("en", "de", "Yes", "Ja")]


def test_units_in_other_languages_than_the_header_source_are_skipped(tmp_path):
    path = write_tmx(tmp_path, '<tu><tuv xml:lang="fr"><seg>Oui</seg></tuv><tuv xml:lang="es"><seg>Sí</seg></tuv></tu>\n')
    assert read_tmx(path) == []


def test_a_unit_missing_its_declared_source_is_an_error_with_its_line(tmp_path):
    path = write_tmx(tmp_path, '<tu><tuv xml:lang="en-US"><seg>Hello.</seg></tuv><tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu>\n'
                               '<tu srclang="fr"><tuv xml:lang="de"><seg>Ja</seg></tuv>'
                               '<tuv xml:lang="en"><seg>Yes</seg></tuv></tu>\n')
    with pytest.raises(InputError, match=r"in\.tmx:6: translation unit has no text in its source language fr"):
        read_tmx(path)


def test_broken_xml_names_file_and_line(tmp_path):
    path = write_tmx(tmp_path, "<tu><tuv xml:lang='en'><seg>Hello.</seg></tuv>\n</body>\n")
    with pytest.raises(InputError, match=r"in\.tmx:\d+: not valid TMX: "):
        read_tmx(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nothing\.tmx: no such file"):
        read_tmx(tmp_path / "nothing.tmx")


def test_import_then_export_keeps_both_directions(tmp_path, memory):
    units = [Unit("en", "de", "The model is free.", "Das Modell ist kostenlos.", "x"),
             Unit("de", "en", "Azure Ai Giesel", "Azure AI Foundry", "x"),
             Unit("en", "de", "Quotes „inside“ & <tags>", "Anführungszeichen „innen“ & <Tags>", "x")]
    source = tmp_path / "units.tmx"
    source.write_bytes(tmx_bytes(units))
    assert import_tmx(memory, source) == 3
    out = tmp_path / "out.tmx"
    assert export_tmx(memory, out) == 3
    assert pairs(read_tmx(out)) == pairs(units)
    assert export_tmx(memory, out, "de", "en") == 1
    assert pairs(read_tmx(out)) == [("de", "en", "Azure Ai Giesel", "Azure AI Foundry")]


xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
).filter(str.strip)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(xml_text, xml_text), min_size=1, max_size=5, unique_by=lambda p: p[0].strip()))
def test_tmx_round_trip_of_arbitrary_text(tmp_path, text_pairs):
    path = tmp_path / "round.tmx"
    path.write_bytes(tmx_bytes([Unit("en", "de", s, t, "x") for s, t in text_pairs]))
    assert [(u.source, u.target) for u in read_tmx(path)] == text_pairs


def test_export_of_an_empty_memory_is_valid_tmx(tmp_path):
    with TranslationMemory(tmp_path / "empty.sqlite3") as empty:
        assert export_tmx(empty, tmp_path / "empty.tmx") == 0
    assert read_tmx(tmp_path / "empty.tmx") == []
