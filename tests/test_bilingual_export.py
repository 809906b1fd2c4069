"""Writing reviewed bilingual files back: repaired targets, untouched units byte for byte,
states and notes by each format's convention; TMX of the repaired segments; the review
session keyed by unit ids."""

from __future__ import annotations

import re

import pytest
from bilingual_files import PO, XLIFF2, XLIFF12, write
from bilingual_review import approve_all, open_session
from translate.storage import pypo, xliff, xliff2

from feinschliff.cli.main import main
from feinschliff.core.translate.memory import TranslationMemory


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))


def _blocks(text: str, element: str) -> list[str]:
    return re.findall(rf"<{element}\b.*?</{element}>", text, re.DOTALL)


def test_xliff12_round_trip(tmp_path):
    path = write(tmp_path, "news.xlf", XLIFF12)
    assert approve_all(path) >= 2
    out = tmp_path / "news.reviewed.xlf"
    assert main(["export", str(path), "-g", "ai-tech", "-o", str(out)]) == 0
    written = out.read_text("utf-8")
    before, after = xliff.xlifffile.parsestring(path.read_bytes()), xliff.xlifffile.parsestring(out.read_bytes())
    assert [u.getid() for u in after.units] == [u.getid() for u in before.units]
    first, second = after.units[0], after.units[1]
    assert first.target == "Jetzt & später in Azure AI Foundry erhältlich."
    assert '<g id="1">Azure AI Foundry</g>' in written and "&amp; später" in written
    assert second.target == "Klicken Sie auf , um GitHub zu öffnen."
    assert '<x id="1"/>, um GitHub zu öffnen.</target>' in written
    assert first.xmlelement.find(first.namespaced("target")).get("state") == "signed-off"
    notes = [n for n in first.xmlelement.iter(first.namespaced("note")) if n.get("from") == "feinschliff"]
    assert len(notes) == 1 and "glossary.missing" in notes[0].text and "[fixed]" in notes[0].text
    assert first.getnotes("pm") == "product name, keep it"  # the translator's own note stays
    # untouched units, the <alt-trans>, the comment and the header: byte for byte
    old_units, new_units = _blocks(XLIFF12, "trans-unit"), _blocks(written, "trans-unit")
    assert old_units[2:] == new_units[2:]
    assert "<alt-trans><target>Klicke <x id=\"1\"/>, um Github zu öffnen.</target></alt-trans>" in written
    assert written.startswith(XLIFF12[: XLIFF12.index("<trans-unit")])


def test_xliff2_round_trip_with_notes_and_segments(tmp_path):
    path = write(tmp_path, "news.xliff", XLIFF2)
    approve_all(path)
    out = tmp_path / "out.xliff"
    assert main(["export", str(path), "-g", "ai-tech", "-o", str(out)]) == 0
    written = out.read_text("utf-8")
    store = xliff2.Xliff2File.parsestring(out.read_bytes())
    assert [u.getid() for u in store.units] == ["u1::s1", "u2::segment-1", "u2::segment-2", "u1"]
    assert [u.target for u in store.units][:2] == ["Erhältlich in Azure AI Foundry.", "Verwenden Sie auf GitHub."]
    assert '<pc id="1">Azure AI Foundry</pc>' in written and '<ph id="1"/> auf GitHub.' in written
    units = _blocks(written, "unit")
    # the existing <notes> got Feinschliff's note; the second unit got a <notes> of its own
    assert units[0].count("<notes>") == 1 and 'category="context"' in units[0] and 'category="feinschliff"' in units[0]
    assert units[1].index("<notes>") < units[1].index("<segment")
    assert 'state="reviewed"' in units[1] and 'state="final"' in units[1]  # final is never lowered
    assert units[2] == _blocks(XLIFF2, "unit")[2]


def test_po_round_trip_with_plurals(tmp_path):
    path = write(tmp_path, "messages.de.po", PO)
    approve_all(path)
    out = tmp_path / "fixed.po"
    assert main(["export", str(path), "-g", "ai-tech", "-o", str(out)]) == 0
    written = out.read_text("utf-8")
    store = pypo.pofile.parsestring(out.read_bytes())
    units = [u for u in store.units if not u.isheader() and not u.isobsolete()]
    assert units[0].target == "Öffne %(name)s in Azure AI Foundry" and not units[0].isfuzzy()
    assert "#, python-format\n" in written  # only the fuzzy flag went
    assert [str(s) for s in units[1].target.strings] == ["Eine Datei auf GitHub", "{count} Dateien auf GitHub"]
    assert "# feinschliff: glossary.missing (major)" in written
    assert "# feinschliff: msgstr[1] glossary.name" in written
    # untouched entries, the header and the obsolete entry stay as they were
    old_entries, new_entries = PO.split("\n\n"), written.split("\n\n")
    assert old_entries[0] == new_entries[0] and old_entries[3:] == new_entries[3:]


def test_tmx_export_imports_into_the_memory(tmp_path, capsys):
    path = write(tmp_path, "news.xliff", XLIFF2)
    approve_all(path)
    tmx = tmp_path / "repaired.tmx"
    assert main(["export", str(path), "-g", "ai-tech", "--to", "tmx", "-o", str(tmx)]) == 0
    assert "4 translation units" in capsys.readouterr().out
    assert main(["memory", "import", str(tmx)]) == 0
    with TranslationMemory(tmp_path / "home" / "memory.sqlite3") as memory:
        found = memory.lookup(["Available in Azure AI Foundry.", "Use on GitHub."], "en", "de")
    assert found == ["Erhältlich in Azure AI Foundry.", "Verwenden Sie auf GitHub."]


def test_tmx_export_of_text_leaves_out_open_issues(tmp_path, capsys):
    from review_helpers import copy_sample

    article = copy_sample(tmp_path)
    session, _ = open_session(article)
    try:
        giesel = next(s for s in session.review.segments if "Giesel" in s.text)
        while giesel.open_issues():  # a fix can reveal the next one (the name, then its compound)
            session.approve_all(giesel.index)
        opened = sum(1 for s in session.review.segments if s.open_issues())
    finally:
        session.close()
    tmx = tmp_path / "repaired.tmx"
    assert main(["export", str(article), "--to", "tmx", "-o", str(tmx)]) == 0
    line = capsys.readouterr().out
    assert f"({opened} with open issues left out)" in line
    text = tmx.read_text("utf-8")
    assert "in Azure AI Foundry erhältlich" in text and "Giesel" not in text


def test_decisions_follow_the_unit_when_units_move(tmp_path):
    path = write(tmp_path, "news.xliff", XLIFF2)
    approve_all(path, needle="Giesel")
    # a new unit in front shifts every offset in the file; the decision stays with its unit
    path.write_text(XLIFF2.replace('<unit id="u1">', '<unit id="u0"><segment><source>New.</source>'
                                   '<target>Neu.</target></segment></unit>\n    <unit id="u1">', 1), "utf-8")
    session, _ = open_session(path)
    try:
        assert session.notice is not None and "kept 1 decisions" in session.notice
        state = next(s for s in session.review.segments if s.segment.unit == "f1/u1::s1")
        assert state.text == 'Erhältlich in <pc id="1">Azure AI Foundry</pc>.'
    finally:
        session.close()
