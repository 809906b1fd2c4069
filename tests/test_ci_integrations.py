"""The pre-commit hook definition and the example GitHub workflow are valid and do what they
say: the hook selects German documents (not their sources or references) and runs the check,
also when pre-commit itself installs and runs it."""

import os
import re
import shlex
import subprocess
import sys
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


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo, check=True,
                   capture_output=True)


def test_pre_commit_runs_the_hook_on_a_throw_away_repository(tmp_path):
    """pre-commit itself (from PyPI) installs this repository as a hook and runs it: a garbled
    document fails the commit, its English source beside it is not checked, a repaired one passes."""
    repo = tmp_path / "translations"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "news.de.txt").write_text("Das Modell ist ist in Azure verfügbar.\n", "utf-8")
    (repo / "news.en.txt").write_text("The model is available in Azure.\n", "utf-8")
    (repo / "feinschliff.toml").write_text('[gate]\nfail_on = "minor"\n', "utf-8")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}

    def hook() -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "feinschliff", "--all-files"]
        return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    failed = hook()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "feinschliff check...Failed" in re.sub(r"\.{3,}", "...", failed.stdout)
    assert "news.de.txt:1:1" in failed.stdout and "fluency.repeated-word" in failed.stdout
    assert "mode: source" in failed.stdout and "news.en.txt:" not in failed.stdout
    (repo / "news.de.txt").write_text("Das Modell ist in Azure verfügbar.\n", "utf-8")
    _git(repo, "add", ".")
    passed = hook()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "feinschliff check...Passed" in re.sub(r"\.{3,}", "...", passed.stdout)


def test_the_example_workflow_uploads_the_sarif_report():
    workflow = yaml.safe_load((ROOT / "docs" / "github-actions.yml").read_text("utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    run = " ".join(step.get("run", "") for step in steps)
    assert "--format sarif -o feinschliff.sarif" in run
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "feinschliff.sarif"
    assert workflow["permissions"]["security-events"] == "write"
