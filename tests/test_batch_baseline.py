"""Baselines on a real tree: ids anchored on segment content survive edits elsewhere and
moved text; a new error fails the gate with exactly that issue; every report marks issues."""

import json
from pathlib import Path

import pytest

from feinschliff.cli.main import main
from feinschliff.core.errors import InputError
from feinschliff.core.scoring import parse_baseline

A = "Das Modell ist schnell, es bleibt bleibt schnell.\nWir haben das Ziel erreicht.\n"
B = "Der Hund läuft im Park.\nDas ist ist falsch.\n"


def check(tree: Path, *argv: str) -> int:
    return main(["check", str(tree), "--no-defaults", "--retranslate", "none", "--no-glossary",
                 "--fail-on", "minor", *argv])


def issues(report: Path) -> list[tuple[str, str, str, str]]:
    data = json.loads(report.read_text("utf-8"))
    return [(Path(d["path"]).name, i["rule"], i["text"], i.get("baseline"))
            for d in data["documents"] for s in d["segments"] for i in s["issues"]]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "translations"
    (root / "sub").mkdir(parents=True)
    (root / "a.de.txt").write_text(A, "utf-8")
    (root / "sub" / "b.de.txt").write_text(B, "utf-8")
    assert check(root, "--write-baseline", "baseline.json", "-f", "json", "-o", "written.json") == 0
    return root


def test_written_baseline_lists_every_issue_sorted(tree, tmp_path):
    data = json.loads((tmp_path / "baseline.json").read_text("utf-8"))
    assert [(e["path"], e["rule"], e["text"]) for e in data["issues"]] == [
        ("translations/a.de.txt", "fluency.repeated-word", "bleibt bleibt"),
        ("translations/sub/b.de.txt", "fluency.repeated-word", "ist ist")]
    assert {i[3] for i in issues(tmp_path / "written.json")} == {"baselined"}


def test_unchanged_tree_passes_with_everything_baselined(tree, tmp_path):
    assert check(tree, "-f", "json", "-o", "out.json") == 1  # without the baseline the gate fails
    assert check(tree, "--baseline", "baseline.json", "-f", "json", "-o", "out.json") == 0
    assert [i[3] for i in issues(tmp_path / "out.json")] == ["baselined", "baselined"]


def test_a_new_error_in_one_file_fails_with_exactly_that_issue(tree, tmp_path):
    (tree / "sub" / "b.de.txt").write_text(B + "Wir wir sehen uns morgen.\n", "utf-8")
    assert check(tree, "--baseline", "baseline.json", "-f", "json", "-o", "out.json",
                 "--format", "sarif", "-o", "out.sarif", "--format", "junit", "-o", "junit.xml",
                 "--format", "github", "-o", "gh.txt", "--format", "html", "-o", "report.html") == 1
    found = issues(tmp_path / "out.json")
    assert [i for i in found if i[3] == "new"] == [("b.de.txt", "fluency.repeated-word", "Wir wir", "new")]
    assert len([i for i in found if i[3] == "baselined"]) == 2
    report = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert [r.removeprefix(f"{tmp_path}/") for r in report["gate"]["reasons"]] == ["translations/sub/b.de.txt: 1 new issue(s) of severity minor or worse"]
    sarif = json.loads((tmp_path / "out.sarif").read_text("utf-8"))
    states = sorted((r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"], r["baselineState"])
                    for r in sarif["runs"][0]["results"])
    assert states == [("Wir wir", "new"), ("bleibt bleibt", "unchanged"), ("ist ist", "unchanged")]
    junit = (tmp_path / "junit.xml").read_text("utf-8")
    assert "Wir wir" in junit and "ist ist" not in junit
    html = (tmp_path / "report.html").read_text("utf-8")
    assert html.count('<span class="baseline-new">new</span>') == 1
    assert html.count('<span class="baseline-baselined">baselined</span>') == 2
    github = (tmp_path / "gh.txt").read_text("utf-8").splitlines()
    assert [line.split(" ")[0] for line in github if "repeated-word" in line] == ["::notice", "::notice", "::warning"]


def test_moved_text_and_edits_elsewhere_stay_baselined(tree, tmp_path):
    first, second = A.splitlines()
    (tree / "a.de.txt").write_text(f"Ein neuer Absatz steht jetzt am Anfang.\n\n{second}\n{first}\n", "utf-8")
    assert check(tree, "--baseline", "baseline.json", "-f", "json", "-o", "out.json") == 0
    assert [i[3] for i in issues(tmp_path / "out.json")] == ["baselined", "baselined"]


def test_fixed_issues_are_counted(tree, tmp_path, capsys):
    (tree / "a.de.txt").write_text(A.replace("bleibt bleibt", "bleibt"), "utf-8")
    capsys.readouterr()
    assert check(tree, "--baseline", "baseline.json", "-f", "json", "-o", "out.json") == 0
    assert "0 new issue(s) not in baseline.json; 1 recorded issue(s) no longer found" in capsys.readouterr().err


def test_a_copy_of_a_baselined_sentence_is_new(tree, tmp_path):
    (tree / "a.de.txt").write_text(A + A.splitlines()[0] + "\n", "utf-8")
    assert check(tree, "--baseline", "baseline.json", "-f", "json", "-o", "out.json") == 1
    assert sorted(i[3] for i in issues(tmp_path / "out.json")) == ["baselined", "baselined", "new"]


def test_text_report_marks_new_and_baselined(tree, tmp_path, capsys):
    (tree / "a.de.txt").write_text(A + "Wir wir sehen uns morgen.\n", "utf-8")
    capsys.readouterr()
    assert check(tree, "--baseline", "baseline.json", "--flagged-only") == 1
    out = capsys.readouterr().out
    assert "[new]" in out and "[baselined]" in out
    assert "baseline: 1 new, 1 baselined" in out


def test_bad_baselines_are_one_line_errors(tree, tmp_path, capsys):
    (tmp_path / "broken.json").write_text('{"tool": "feinschliff",\n "issues": [}', "utf-8")
    capsys.readouterr()
    assert check(tree, "--baseline", "broken.json") == 2
    assert capsys.readouterr().err.startswith("feinschliff: error: broken.json:2: not a baseline")
    assert check(tree, "--baseline", "missing.json") == 2
    assert check(tree, "--baseline", "baseline.json", "--write-baseline", "baseline.json") == 2
    with pytest.raises(InputError, match="schema"):
        parse_baseline('{"tool": "feinschliff", "schema": 99, "issues": []}', "x.json")
