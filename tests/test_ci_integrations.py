"""The pre-commit hook definition and the example GitHub workflow are valid and do what they
say: the hook selects German documents (not their sources or references) and runs the check."""

import re
import shlex
from pathlib import Path

import yaml

from feinschliff.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def test_the_pre_commit_hook_checks_german_documents_only(tmp_path, monkeypatch):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "feinschliff" and hook["language"] == "python"
    names = ["news.de.txt", "news.en.txt", "news.ref.de.txt", "app.xlf", "messages.po", "notes.txt"]
    chosen = [n for n in names if re.search(hook["files"], n) and not re.search(hook["exclude"], n)]
    assert chosen == ["news.de.txt", "app.xlf", "messages.po"]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.de.txt").write_text("Das Modell ist ist in Azure verfügbar.\n", "utf-8")
    argv = shlex.split(hook["entry"])
    assert argv[0] == "feinschliff"
    assert main([*argv[1:], "--no-defaults", "--retranslate", "none", "--fail-on", "minor", "news.de.txt"]) == 1


def test_the_example_workflow_uploads_the_sarif_report():
    workflow = yaml.safe_load((ROOT / "docs" / "github-actions.yml").read_text("utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    run = " ".join(step.get("run", "") for step in steps)
    assert "--format sarif -o feinschliff.sarif" in run
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "feinschliff.sarif"
    assert workflow["permissions"]["security-events"] == "write"
