"""Learning glossary rules from decisions: where they go, what they say, how files change."""

from __future__ import annotations

import pytest
from review_helpers import flag, flagged_sample, segment_with

from feinschliff.core.errors import InputError
from feinschliff.core.glossary import load_glossary
from feinschliff.core.glossary.io_tsv import HEADER
from feinschliff.core.glossary.load import resolve_path
from feinschliff.core.glossary.model import GlossaryEntry
from feinschliff.core.review import LEARNED_NAME, learn_target, learned_entry, save_entry

AI_TECH = load_glossary("ai-tech")


def issue_for(needle: str, fix: str):
    sample = flagged_sample()
    return flag(segment_with(sample, needle), needle, fix)


def test_target_precedence(tmp_path):
    article = tmp_path / "mt.de.txt"
    own = tmp_path / "terms.tsv"
    own.write_text(HEADER + "\n", "utf-8")
    deepl = tmp_path / "deepl.tsv"
    deepl.write_text("source\tZiel\n", "utf-8")  # DeepL's two columns: not editable in place
    assert learn_target(article, ["ai-tech"]) == tmp_path / LEARNED_NAME
    assert learn_target(article, ["ai-tech", str(deepl), str(own)]) == own
    assert learn_target(article, [str(own)], explicit=tmp_path / "x.tsv") == tmp_path / "x.tsv"
    shipped = resolve_path("ai-tech")  # a native TSV file too, but never edited
    assert shipped.suffix == ".tsv" and learn_target(article, [str(shipped)]) == tmp_path / LEARNED_NAME


def test_a_known_term_gains_the_garbled_rendering_as_forbidden():
    entry = learned_entry(issue_for("Azure Ai Giesel", "Azure AI Foundry"), AI_TECH, "mt.de.txt", 17)
    known = next(e for e in AI_TECH if e.target == "Azure AI Foundry")
    assert (entry.source, entry.target, entry.do_not_translate) == (known.source, known.target, True)
    assert entry.forbidden == (*known.forbidden, "Azure Ai Giesel")
    assert entry.note.endswith("learned from review of mt.de.txt segment 17")


def test_a_case_fix_makes_the_term_case_sensitive_instead():
    entry = learned_entry(issue_for("Github", "GitHub"), None, "mt.de.txt", 3)
    assert (entry.source, entry.target, entry.forbidden, entry.case_sensitive) == ("GitHub", "GitHub", (), True)


def test_what_cannot_be_learned():
    with pytest.raises(InputError, match="only a fix that replaces a term"):
        learned_entry(issue_for("Github", None), None, "mt.de.txt", 1)
    long_text = flagged_sample().segments[0].text
    with pytest.raises(InputError, match="at most 8 words"):
        learned_entry(issue_for(long_text, "x"), None, "mt.de.txt", 1)


def test_save_creates_then_replaces_in_place_keeping_everything_else(tmp_path):
    path = tmp_path / LEARNED_NAME
    first = save_entry(path, GlossaryEntry("re-engagement", "Wiederannäherung", forbidden=("Wiedereinnahme",)))
    assert (first.path, first.line) == (str(path), 2)
    text = path.read_text("utf-8").replace("\n", "\r\n") + "# a comment the editor wrote\r\n"
    path.write_bytes(text.encode("utf-8"))
    save_entry(path, GlossaryEntry("compute", "Rechenleistung"))
    replaced = save_entry(path, GlossaryEntry("re-engagement", "Wiederannäherung",
                                              forbidden=("Wiedereinnahme", "Wiederengagement"), note="two variants"))
    assert replaced.line == 2
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == HEADER
    assert lines[1] == "re-engagement\tWiederannäherung\tWiedereinnahme|Wiederengagement\tno\tno\ttwo variants"
    assert lines[2] == "# a comment the editor wrote"
    assert lines[3].startswith("compute\tRechenleistung")
    assert [e.source for e in load_glossary(path)] == ["re-engagement", "compute"]


def test_save_refuses_a_conflict_naming_the_file(tmp_path):
    path = tmp_path / LEARNED_NAME
    save_entry(path, GlossaryEntry("coding", "Coding", forbidden=("Codierung",)))
    save_entry(path, GlossaryEntry("encoding", "Kodierung"))
    with pytest.raises(InputError) as err:
        save_entry(path, GlossaryEntry("encoding", "Codierung"))
    assert str(err.value).startswith(f"{path}:")
    assert "Codierung" in str(err.value)
    assert "Kodierung" in path.read_text("utf-8")


def test_renaming_an_entry_replaces_the_old_source(tmp_path):
    path = tmp_path / LEARNED_NAME
    save_entry(path, GlossaryEntry("reengagement", "Wiederannäherung"))
    save_entry(path, GlossaryEntry("re-engagement", "Wiederannäherung"), replaces="reengagement")
    assert [e.source for e in load_glossary(path)] == ["re-engagement"]
