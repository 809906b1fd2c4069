"""The reports CI systems read: JUnit XML read back by junitparser, GitHub Actions workflow
commands with their escaping, and parallel runs that write the same bytes as serial ones."""

import re
import shutil

import pytest
from junitparser import JUnitXml

from feinschliff.reports.github import command, escape_data, escape_property
from report_helpers import SAMPLE, run_check, write_tricky


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLE / "mt.de.txt", tmp_path / "article.de.txt")
    write_tricky(tmp_path, "tricky.de.txt")
    return tmp_path


def test_junit_has_a_testcase_per_document_and_gate(tree):
    assert run_check("article.de.txt", "tricky.de.txt", "--format", "junit", "-o", "junit.xml") == 1
    xml = JUnitXml.fromfile(str(tree / "junit.xml"))
    cases = [case for suite in xml for case in suite]
    assert {case.classname for case in cases} == {"article.de.txt", "tricky.de.txt"}
    assert {case.name for case in cases} == {"quality gate"}
    failed = [case for case in cases if not case.is_passed]
    assert failed, "the sample fails its gate"
    assert any("Wiedereinnahme" in (result.text or "") for case in failed for result in case.result)


def test_github_commands_point_at_line_and_column(tree, capsys):
    capsys.readouterr()
    assert run_check("tricky.de.txt", "--format", "github") == 1
    out = capsys.readouterr().out.splitlines()
    lines = [line for line in out if line.startswith("::") and "file=" in line]
    assert lines and any("title=feinschliff quality gate::" in line for line in out)
    for line in lines:
        match = re.match(r"::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$", line)
        assert match, line
        props = dict(p.split("=", 1) for p in match["props"].split(","))
        assert props["file"] == "tricky.de.txt" and int(props["line"]) >= 1 and int(props["col"]) >= 1


def test_workflow_command_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"
    assert command("error", {"file": "x,y.txt", "line": 3}, "zwei\nZeilen") == "::error file=x%2Cy.txt,line=3::zwei%0AZeilen"


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "html"])
def test_two_jobs_write_the_same_bytes_as_one(tree, fmt):
    run_check("article.de.txt", "tricky.de.txt", "--jobs", "1", "--format", fmt, "-o", f"serial.{fmt}")
    run_check("article.de.txt", "tricky.de.txt", "--jobs", "2", "--format", fmt, "-o", f"parallel.{fmt}")
    assert (tree / f"serial.{fmt}").read_bytes() == (tree / f"parallel.{fmt}").read_bytes()
