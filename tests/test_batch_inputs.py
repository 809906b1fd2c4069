"""Batch inputs: directories, quoted ``**`` globs, --files-from; companions by convention or
mapping; per-path gate overrides from the configuration; flags over configuration."""

import io
import json
from pathlib import Path

import pytest

from feinschliff.cli.main import main

DE = "Das Modell ist schnell, es bleibt bleibt schnell.\nWir haben das Ziel erreicht.\n"
EN = "The model is fast, it stays fast.\nWe reached the goal.\n"
REF = "Das Modell ist schnell, es bleibt schnell.\nWir haben das Ziel erreicht.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def report(*argv: str, code: int | None = 0) -> dict:
    out = Path("out.json")
    got = main(["check", *argv, "--no-glossary", "-f", "json", "-o", str(out)])
    if code is not None:
        assert got == code
    return json.loads(out.read_text("utf-8"))


def documents(data: dict) -> list[str]:
    return [Path(d["path"]).as_posix() for d in data["documents"]]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "tr" / "a.de.txt", DE)
    write(tmp_path / "tr" / "a.en.txt", EN)
    write(tmp_path / "tr" / "a.ref.de.txt", REF)
    write(tmp_path / "tr" / "deep" / "er" / "b.de.txt", DE)
    write(tmp_path / "tr" / "notes.md", "# not a document\n")
    write(tmp_path / "tr" / ".hidden" / "c.de.txt", DE)
    return tmp_path / "tr"


def test_directory_is_searched_recursively_and_companions_are_not_documents(tree):
    data = report("tr")
    assert sorted(documents(data)) == ["tr/a.de.txt", "tr/deep/er/b.de.txt"]
    a = next(d for d in data["documents"] if d["path"].endswith("a.de.txt"))
    assert Path(a["source"]["path"]).name == "a.en.txt"
    assert Path(a["reference"]["path"]).name == "a.ref.de.txt"
    assert a["mode"] != "target"
    b = next(d for d in data["documents"] if d["path"].endswith("b.de.txt"))
    assert b["reference"] is None and b["source"] is None  # memory re-translation, no companions


def test_quoted_globstar_is_expanded_by_feinschliff(tree):
    assert documents(report("tr/**/*.de.txt")) == ["tr/a.de.txt", "tr/deep/er/b.de.txt"]
    assert documents(report("tr/deep/**/b.de.txt")) == ["tr/deep/er/b.de.txt"]
    assert documents(report("tr/{a,x}.de.txt")) == ["tr/a.de.txt"]


def test_a_pattern_matching_nothing_is_an_input_error(tree, capsys):
    assert main(["check", "tr/**/*.fr.txt"]) == 2
    assert capsys.readouterr().err.strip() == "feinschliff: error: tr/**/*.fr.txt: the pattern matches no document"


def test_files_from_a_list_and_from_stdin(tree, monkeypatch, capsys):
    write(Path("list.txt"), "# documents\ntr/a.de.txt\r\n\ntr/deep\n")
    assert documents(report("--files-from", "list.txt")) == ["tr/a.de.txt", "tr/deep/er/b.de.txt"]
    monkeypatch.setattr("sys.stdin", io.StringIO("tr/deep/er/b.de.txt\n"))
    assert documents(report("--files-from", "-")) == ["tr/deep/er/b.de.txt"]
    write(Path("bad.txt"), "tr/a.de.txt\ntr/missing.de.txt\n")
    capsys.readouterr()
    assert main(["check", "--files-from", "bad.txt"]) == 2
    assert capsys.readouterr().err.strip() == "feinschliff: error: bad.txt:2: tr/missing.de.txt: no such file"


def test_no_inputs_at_all_is_a_usage_error(tree, capsys):
    assert main(["check"]) == 2
    assert "no documents" in capsys.readouterr().err


def test_an_explicit_companion_is_dropped_with_a_note(tree, capsys):
    assert documents(report("tr/a.de.txt", "tr/a.ref.de.txt")) == ["tr/a.de.txt"]
    assert "tr/a.ref.de.txt is the reference of tr/a.de.txt" in capsys.readouterr().err


def test_configured_include_exclude_convention_and_mapping(tree):
    write(tree / "feinschliff.toml", """
[inputs]
include = ["*.txt"]
exclude = ["deep/**"]
target_suffix = ".txt"
source = "{stem}.src"
reference = "ref-{stem}.txt"
[inputs.documents."x.txt"]
source = "originals/x.en.txt"
""")
    write(tree / "x.txt", DE)
    write(tree / "originals" / "x.en.txt", EN)
    write(tree / "ref-x.txt", REF)  # a reference by name: not a document
    write(tree / "y.txt", DE)
    write(tree / "y.src", EN)
    data = report("tr", "--fail-on", "never")
    assert documents(data) == ["tr/a.de.txt", "tr/a.en.txt", "tr/a.ref.de.txt", "tr/x.txt", "tr/y.txt"]
    by_name = {Path(d["path"]).name: d for d in data["documents"]}
    assert Path(by_name["x.txt"]["source"]["path"]).as_posix().endswith("originals/x.en.txt")
    assert by_name["x.txt"]["reference"] is None  # a mapping replaces the convention
    assert Path(by_name["y.txt"]["source"]["path"]).name == "y.src"


def test_per_path_gate_overrides_and_flags_over_them(tree):
    write(tree / "feinschliff.toml", """
[gate]
fail_on = "never"
[gate.paths."deep/**"]
fail_on = "minor"
""")
    data = report("tr", "--retranslate", "none", code=1)
    assert [r.split(":")[0] for r in data["gate"]["reasons"]] == ["tr/deep/er/b.de.txt"]
    assert report("tr", "--retranslate", "none", "--fail-on", "never", code=0)["gate"]["passed"]


@pytest.mark.parametrize("toml, message", [
    ('[gate.paths."a/**"]\nfail_on = "sometimes"\n', "gate.paths.'a/**'.fail_on must be one of"),
    ('[gate]\nmin_chrf = "high"\n', "gate.min_chrf must be a number"),
    ('[inputs]\nsource = "{name}.en.txt"\n', "inputs.source must be a file name pattern containing {stem}"),
    ('[inputs]\ncolour = 1\n', "unknown key inputs.colour"),
])
def test_bad_batch_configuration_is_one_line_error(tree, capsys, toml, message):
    write(tree / "feinschliff.toml", toml)
    assert main(["check", "tr"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and "feinschliff.toml" in err[0]


def test_gate_overrides_from_pyproject(tree):
    write(Path("pyproject.toml"), """
[project]
name = "docs"
[tool.feinschliff.gate]
fail_on = "minor"
[tool.feinschliff.gate.paths."tr/a.de.txt"]
fail_on = "never"
""")
    data = report("tr", "--retranslate", "none", code=1)
    assert [r.split(":")[0] for r in data["gate"]["reasons"]] == ["tr/deep/er/b.de.txt"]
