"""The installed package works outside the checkout: run from another directory, it finds the
shipped glossary and the translation-memory seed inside the package (not in the source tree)."""

import json
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"


def feinschliff(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "feinschliff", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_shipped_glossary_by_name_from_another_directory(tmp_path):
    done = feinschliff(tmp_path, "glossary", "list", "ai-tech", "--format", "json")
    assert done.returncode == 0, done.stderr
    entries = json.loads(done.stdout)
    assert len(entries) >= 150
    assert any(e["source"] == "Azure AI Foundry" for e in entries)


def test_memory_backend_translates_the_sample_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("FEINSCHLIFF_HOME", str(tmp_path / "home"))
    source = tmp_path / "source.en.txt"
    source.write_bytes((SAMPLE / "source.en.txt").read_bytes())
    done = feinschliff(tmp_path, "retranslate", str(source), "--to", "de")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Microsoft und OpenAI gestalten ihr entscheidendes Bündnis")
