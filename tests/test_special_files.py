"""Special files: reports, exports and glossaries written onto /dev/null, /dev/stdout or a
FIFO go into it (never renamed over); a FIFO as input is refused at once with exit 2."""

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from feinschliff.cli.main import main
from feinschliff.core.textio import write_text_atomic

ROOT = Path(__file__).resolve().parent.parent
DE = "Das Modell ist schnell, es bleibt bleibt schnell.\nWir haben das Ziel erreicht.\n"
TARGET_MODE = ("--no-defaults", "--retranslate", "none", "--no-glossary")


def feinschliff(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # the timeout only guards against a hang (a FIFO opened for reading): it is not a time limit
    return subprocess.run([sys.executable, "-m", "feinschliff", *argv], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def read_fifo(path: Path) -> tuple[threading.Thread, list[str]]:
    got: list[str] = []

    def reader():
        with open(path, encoding="utf-8") as fh:
            got.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread, got


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "a.de.txt"
    path.write_text(DE, "utf-8")
    return path


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can replace /dev/null (which is the bug)")
def test_reports_onto_dev_null_leave_the_device(doc):
    before = os.stat("/dev/null")
    assert main(["check", str(doc), *TARGET_MODE, "-f", "json", "-o", "/dev/null"]) == 0
    assert main(["check", str(doc), *TARGET_MODE, "-f", "html", "-o", "/dev/null"]) == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    write_text_atomic("/dev/null", "nothing\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_report_into_a_fifo(doc, tmp_path):
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    thread, got = read_fifo(fifo)
    assert main(["check", str(doc), *TARGET_MODE, "-f", "json", "-o", str(fifo)]) == 0
    thread.join()
    assert json.loads(got[0])["documents"][0]["path"] == str(doc)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_report_onto_dev_stdout_of_a_pipe(doc, tmp_path):
    done = feinschliff("check", str(doc), *TARGET_MODE, "-f", "sarif", "-o", "/dev/stdout", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["version"] == "2.1.0"


def test_glossary_export_into_a_fifo(tmp_path):
    source = tmp_path / "terms.tsv"
    source.write_text("source\ttarget\nmodel\tModell\n", "utf-8")
    fifo = tmp_path / "terms.csv"
    os.mkfifo(fifo)
    thread, got = read_fifo(fifo)
    assert main(["glossary", "export", str(source), str(fifo)]) == 0
    thread.join()
    assert got == ["model,Modell,EN,DE\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_fifo_as_input_is_refused_at_once(tmp_path):
    fifo = tmp_path / "mt.de.txt"
    os.mkfifo(fifo)
    done = feinschliff("check", str(fifo), *TARGET_MODE, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"feinschliff: error: {fifo}: not a regular file (a FIFO), expected a text file"]


def test_a_fifo_in_a_directory_or_as_source_is_refused(doc, tmp_path):
    os.mkfifo(tmp_path / "b.de.txt")
    done = feinschliff("check", str(tmp_path), *TARGET_MODE, cwd=tmp_path)
    assert (done.returncode, done.stderr.count("\n")) == (2, 1)
    assert "b.de.txt: not a regular file (a FIFO)" in done.stderr
    source = tmp_path / "source.en.txt"
    os.mkfifo(source)
    done = feinschliff("check", str(doc), "--source", str(source), "--no-glossary", cwd=tmp_path)
    assert (done.returncode, done.stderr.count("\n")) == (2, 1)
    assert "source.en.txt: not a regular file (a FIFO)" in done.stderr


def test_a_device_as_input_is_refused(capsys):
    assert main(["check", "/dev/zero", *TARGET_MODE]) == 2
    assert capsys.readouterr().err.strip() == \
        "feinschliff: error: /dev/zero: not a regular file (a character device), expected a text file"
