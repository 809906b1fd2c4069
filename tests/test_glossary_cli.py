"""Editing glossaries in place and the ``feinschliff glossary`` command."""

from __future__ import annotations

import json

import pytest

from feinschliff.cli import glossary_cmd
from feinschliff.cli.main import EXIT_USAGE, _Parser
from feinschliff.core.errors import FeinschliffError, InputError
from feinschliff.core.glossary import load_glossary
from feinschliff.core.glossary.edit import add_entry, remove_entry
from feinschliff.core.glossary.entries import make_entry
from feinschliff.core.glossary.io_tsv import HEADER

EXISTING = HEADER + "\r\n# reviewed 2025-08\r\nAI\tKI\tAI\tno\tyes\thouse style\r\n\r\nGitHub\t\t\tyes\tyes\t\r\n"


def run(*argv: str) -> int:
    """The command as ``feinschliff`` runs it: one-line errors, exit code 2."""
    parser = _Parser(prog="feinschliff")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    glossary_cmd.register(commands)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except FeinschliffError as exc:
        print(f"feinschliff: error: {exc}")
        return EXIT_USAGE


@pytest.fixture
def glossary_file(tmp_path):
    path = tmp_path / "team.tsv"
    path.write_bytes(EXISTING.encode("utf-8"))
    return path


def test_add_appends_and_keeps_comments_blank_lines_and_crlf(glossary_file):
    stored = add_entry(glossary_file, make_entry("escape hatch", "Hintertür", forbidden=("Fluchtluke",), note="learnt in review"))
    assert stored.line == 6
    text = glossary_file.read_bytes().decode("utf-8")
    assert text == EXISTING + "escape hatch\tHintertür\tFluchtluke\tno\tno\tlearnt in review\r\n"
    assert load_glossary(glossary_file).entries[-1].forbidden == ("Fluchtluke",)


def test_add_refuses_duplicates_and_conflicts(glossary_file):
    for entry, fragment in (
        (make_entry("AI", "KI", forbidden=("AI",), case_sensitive=True), "duplicate entry 'AI'"),
        (make_entry("AI", "Künstliche Intelligenz", case_sensitive=True), "conflicts with"),
        (make_entry("repository host", "Hub", forbidden=("GitHub",)), "'GitHub' is forbidden by"),
    ):
        with pytest.raises(InputError) as caught:
            add_entry(glossary_file, entry)
        assert fragment in caught.value.message and caught.value.path == str(glossary_file)
    assert glossary_file.read_bytes().decode("utf-8") == EXISTING


def test_remove_deletes_only_that_line(glossary_file):
    removed = remove_entry(glossary_file, "ai")  # case-insensitive when unambiguous
    assert [(e.source, e.line) for e in removed] == [("AI", 3)]
    assert glossary_file.read_bytes().decode("utf-8") == EXISTING.replace("AI\tKI\tAI\tno\tyes\thouse style\r\n", "")
    with pytest.raises(InputError, match="no entry for 'Copilot'"):
        remove_entry(glossary_file, "Copilot")


def test_editing_other_formats_is_refused(tmp_path):
    path = tmp_path / "deepl.csv"
    path.write_text("AI,KI\n", encoding="utf-8")
    with pytest.raises(InputError, match="only glossaries in the native TSV format"):
        add_entry(path, make_entry("GPU", "GPU"))


def test_cli_add_list_remove(tmp_path, capsys):
    path = str(tmp_path / "new.tsv")
    assert run("glossary", "add", path, "data center", "Rechenzentrum", "--forbidden", "Datenzentrum|Datacenter",
               "--note", "US spelling") == 0
    assert run("glossary", "add", path, "OpenAI", "OpenAI", "--dnt") == 0
    assert run("glossary", "add", path, "data center", "Datacenter") == EXIT_USAGE
    out = capsys.readouterr().out
    assert f"{path}:2: added 'data center' -> 'Rechenzentrum'" in out
    assert out.splitlines()[-1].startswith(f"feinschliff: error: {path}:2: not added:")
    assert run("glossary", "list", path, "--search", "rechen", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["source"], r["forbidden"], r["line"]) for r in rows] == [("data center", ["Datenzentrum", "Datacenter"], 2)]
    assert run("glossary", "remove", path, "OpenAI") == 0
    assert [e.source for e in load_glossary(path)] == ["data center"]


def test_cli_lint_exit_codes(tmp_path, capsys):
    path = tmp_path / "dupes.tsv"
    path.write_text(HEADER + "\nAI\tKI\t\tno\tno\t\nai\tKI\t\tno\tno\t\n", encoding="utf-8")
    assert run("glossary", "lint", str(path)) == 0
    assert f"{path}:3: duplicate entry 'ai' (also at {path}:2)" in capsys.readouterr().out
    assert run("glossary", "lint", str(path), "--strict") == 1
    assert run("glossary", "lint", "ai-tech", "--strict") == 0


def test_cli_export_and_import_between_formats(tmp_path, capsys):
    csv_path, tbx_path, back = tmp_path / "g.csv", tmp_path / "g.tbx", tmp_path / "back.tsv"
    assert run("glossary", "export", "ai-tech", str(csv_path)) == 0
    assert "DeepL's format cannot hold" in capsys.readouterr().err
    assert csv_path.read_text(encoding="utf-8").splitlines()[0] == "AI,KI,EN,DE"
    assert run("glossary", "export", "ai-tech", str(tbx_path)) == 0
    assert run("glossary", "import", str(tbx_path), str(back)) == 0
    fields = lambda e: (e.source, e.target, e.forbidden, e.do_not_translate, e.case_sensitive, e.note)
    assert [fields(e) for e in load_glossary(back)] == [fields(e) for e in load_glossary("ai-tech")]
    deepl = tmp_path / "two.tsv"
    assert run("glossary", "export", "ai-tech", str(deepl), "--deepl-tsv") == 0
    assert deepl.read_text(encoding="utf-8").splitlines()[0] == "AI\tKI"


def test_cli_import_merges_into_an_existing_glossary(glossary_file, tmp_path, capsys):
    incoming = tmp_path / "deepl.csv"
    incoming.write_text("AI,KI,EN,DE\ndata center,Rechenzentrum,EN,DE\n", encoding="utf-8")
    assert run("glossary", "import", str(incoming), str(glossary_file)) == 0
    assert "added 1 entries" in capsys.readouterr().out
    assert [e.source for e in load_glossary(glossary_file)] == ["AI", "GitHub", "data center"]


def test_cli_bad_input_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "\nAI\tKI\t\tperhaps\tno\t\n", encoding="utf-8")
    assert run("glossary", "list", str(bad)) == EXIT_USAGE
    assert capsys.readouterr().out == f"feinschliff: error: {bad}:2: column 'do_not_translate': 'perhaps' is not yes/no (or true/false, 1/0, y/n)\n"
    assert run("glossary", "export", "ai-tech", str(tmp_path / "out.xlsx")) == EXIT_USAGE
