"""A batch checked in parallel — one document per worker process (``--jobs 2``) or on a Dask
cluster (``--executor dask://…``, a real ``LocalCluster`` here) — writes byte-identical reports
to a serial run; bad documents and bad executors give one line and exit 2."""

import subprocess
import sys
from pathlib import Path

import pytest

from feinschliff.cli.main import main
from feinschliff.core.parallel import cluster

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
FORMATS = ("json", "sarif", "junit", "github", "html")


def _lines(name: str) -> list[str]:
    return (SAMPLE / name).read_text("utf-8").splitlines()


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    """The sample article as seven documents in every mode: each paragraph with its source and
    reference, one with a source only (re-translated by the memory), one with the MT alone (the
    round trip), and the XLIFF version of the whole article."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "translations"
    mt, en, ref = _lines("mt.de.txt"), _lines("source.en.txt"), _lines("reference.de.txt")
    for i, (de, source, reference) in enumerate(zip(mt, en, ref)):
        folder = root / f"part{i}"
        folder.mkdir(parents=True)
        (folder / "p.de.txt").write_text(de + "\n", "utf-8")
        (folder / "p.en.txt").write_text(source + "\n", "utf-8")
        (folder / "p.ref.de.txt").write_text(reference + "\n", "utf-8")
    (root / "retranslated.de.txt").write_text(mt[1] + "\n", "utf-8")
    (root / "retranslated.en.txt").write_text(en[1] + "\n", "utf-8")
    (root / "alone.de.txt").write_text(mt[2] + "\n", "utf-8")
    (root / "article.xlf").write_bytes((SAMPLE / "article.xlf").read_bytes())
    (tmp_path / "feinschliff.toml").write_text('glossary = ["ai-tech"]\n[inputs]\ninclude = ["*.de.txt", "*.xlf"]\n',
                                               "utf-8")
    return root


def _outputs(prefix: str) -> list[str]:
    args = []
    for fmt in FORMATS:
        args += ["--format", fmt, "-o", f"{prefix}.{fmt}"]
    return args


def _read(prefix: str) -> dict[str, bytes]:
    return {fmt: Path(f"{prefix}.{fmt}").read_bytes() for fmt in FORMATS}


def _cli(*argv: str) -> subprocess.CompletedProcess:
    """The real command in a fresh process (single-threaded, so it may fork its workers)."""
    return subprocess.run([sys.executable, "-m", "feinschliff", "check", *argv], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "CI": "1", "HOME": str(Path.cwd())}, timeout=300)


@pytest.fixture
def serial(tree) -> dict[str, bytes]:
    done = _cli("translations", "--jobs", "1", *_outputs("serial"))
    assert done.returncode == 1, done.stderr  # the garbled MT fails the gate
    reports = _read("serial")
    assert reports["json"].count(b'"path"') >= 7
    return reports


def test_two_worker_processes_write_the_same_reports(serial):
    done = _cli("translations", "--jobs", "2", *_outputs("jobs2"))
    assert done.returncode == 1, done.stderr
    assert _read("jobs2") == serial

    Path("translations/broken.xlf").write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n', "utf-8")
    done = _cli("translations", "--jobs", "2", "-f", "json", "-o", "x.json")
    assert done.returncode == 2
    assert done.stderr.startswith("feinschliff: error: translations/broken.xlf:4: malformed XML"), done.stderr
    assert done.stderr.count("\n") == 1 and not Path("x.json").exists()


def test_a_local_dask_cluster_writes_the_same_reports(serial, tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    # The workers start in another directory: the documents reach them as bytes, not by path.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  local_directory=str(tmp_path / "dask")) as local:
        address = local.scheduler_address.replace("tcp://", "dask://")
        assert main(["check", "translations", "--executor", address, *_outputs("dask")]) == 1
        assert _read("dask") == serial

        # A malformed document fails on a worker; its error comes back as the local one would.
        broken = Path("translations/broken.xlf")
        broken.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n', "utf-8")
        capsys.readouterr()
        assert main(["check", "translations", "--executor", address, "-f", "json", "-o", "x.json"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"feinschliff: error: {broken}:") and "\n" not in err, err
    assert not Path("x.json").exists()


@pytest.mark.parametrize("executor, message", [
    ("dask:/host", "expected dask://HOST:PORT"),
    ("spark://host:7077", "expected dask://HOST:PORT"),
    ("dask://127.0.0.1:9", "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
])
def test_a_bad_executor_is_one_line_and_exit_2(tree, capsys, monkeypatch, executor, message):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    assert main(["check", "translations", "--executor", executor, "-f", "json", "-o", "x.json"]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err, err


def test_scheduler_address():
    assert cluster.scheduler_address("dask://scheduler:8786") == "tcp://scheduler:8786"
    assert cluster.scheduler_address("dask://10.0.0.5") == "tcp://10.0.0.5:8786"
    assert cluster.scheduler_address("dask://[::1]:9000") == "tcp://[::1]:9000"
