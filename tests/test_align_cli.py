"""``feinschliff align``: JSON and text output, --lines numbering, languages, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feinschliff.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
MT, REFERENCE, SOURCE = SAMPLE / "mt.de.txt", SAMPLE / "reference.de.txt", SAMPLE / "source.en.txt"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["align", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def covers(beads: list[dict], side: str, indices: list[int]) -> bool:
    return [i for bead in beads for i in bead[side]] == indices


def test_json_is_a_list_of_beads_in_document_order(capsys):
    code, out, err = run(capsys, "--format", "json", MT, REFERENCE)
    assert code == 0 and err == ""
    beads = json.loads(out)
    assert all(set(bead) == {"a", "b", "score"} for bead in beads)
    assert all(isinstance(i, int) for bead in beads for i in bead["a"] + bead["b"])
    assert all(isinstance(bead["score"], float) and 0.0 <= bead["score"] <= 1.0 for bead in beads)
    assert covers(beads, "a", list(range(37))) and covers(beads, "b", list(range(38)))
    assert {"a": [8], "b": [8, 9], "score": pytest.approx(0.5, abs=0.2)} in beads


def test_with_lines_the_indices_are_line_numbers_and_blank_lines_stay_out(capsys, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Die Klausel ist komplex.\n\nOpenAI wächst schnell.\nMicrosoft zahlt.\n", encoding="utf-8")
    b.write_text("Die Klausel ist kompliziert.\nOpenAI wächst sehr schnell.\r\n\n\nMicrosoft bezahlt.", encoding="utf-8")
    code, out, _ = run(capsys, "--lines", "--format", "json", a, b)
    assert code == 0
    assert [(bead["a"], bead["b"]) for bead in json.loads(out)] == [([0], [0]), ([2], [1]), ([3], [4])]


def test_text_format_shows_kind_numbers_score_and_both_sides(capsys):
    code, out, _ = run(capsys, MT, REFERENCE)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 38
    assert lines[8].startswith("1-2  A 9       B 9-10    0.")
    assert "Ein primärer Auslöser" in lines[8] and " | Ein zentraler Auslöser" in lines[8]
    assert lines[-1] == ("37 beads (1-1 36, 1-2 1); A: 37 sentences, 0 unaligned; "
                         "B: 38 sentences, 0 unaligned")


def test_regional_variants_are_the_same_language(capsys):
    _, regional, _ = run(capsys, "--format", "json", "--lang-a", "de-CH", "--lang-b", "de_DE", MT, REFERENCE)
    _, german, _ = run(capsys, "--format", "json", MT, REFERENCE)
    _, bilingual, _ = run(capsys, "--format", "json", "--lang-b", "en", MT, REFERENCE)
    assert regional == german != bilingual


def test_different_languages_align_bilingually_in_either_order(capsys):
    code, out, _ = run(capsys, "--format", "json", "--lang-b", "en", "--glossary", "ai-tech", MT, SOURCE)
    assert code == 0
    forward = [(bead["a"], bead["b"]) for bead in json.loads(out)]
    code, out, _ = run(capsys, "--format", "json", "--lang-a", "en", SOURCE, MT)
    backward = [(bead["b"], bead["a"]) for bead in json.loads(out)]
    assert forward == backward == [([i], [i]) for i in range(37)]


@pytest.mark.parametrize("argv, fragments", [
    (["/nonexistent/mt.txt", str(REFERENCE)], ["/nonexistent/mt.txt", "no such file"]),
    (["--glossary", "ai-tech", str(MT), str(REFERENCE)], ["--glossary", "de and en"]),
])
def test_errors_are_one_line_with_exit_code_2(capsys, argv, fragments):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert all(fragment in err for fragment in fragments)


def test_invalid_utf8_names_the_file_and_line(capsys, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Erste Zeile\nStra\xdfe\n".encode("latin-1"))
    code, _, err = run(capsys, bad, REFERENCE)
    assert code == 2
    assert f"{bad}:2:" in err


def test_the_installed_command_line_prints_json():
    done = subprocess.run(
        [sys.executable, "-m", "feinschliff", "align", "--format", "json", str(MT), str(MT)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    beads = json.loads(done.stdout)
    assert beads == [{"a": [i], "b": [i], "score": 1.0} for i in range(37)]
