"""Bad input: one clear line naming the file (and line), exit code 2, never a traceback."""

from pathlib import Path

import pytest

from feinschliff.cli.main import main

SAMPLE = Path(__file__).parent.parent / "samples" / "microsoft-openai"


def run(capsys, *argv):
    code = main(["check", "--no-defaults", "--retranslate", "none", "--no-glossary", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("feinschliff: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def test_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path / "nope.txt")
    assert code == 2
    assert_one_line_error(err, "nope.txt", "no such file")


def test_directory(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path)
    assert code == 2
    assert_one_line_error(err, str(tmp_path), "directory")


def test_invalid_utf8_names_line(capsys, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Erste Zeile ist gut.\nZweite Zeile: Gr\xfc\xdfe.\n".encode("latin-1"))
    code, _, err = run(capsys, bad)
    assert code == 2
    assert_one_line_error(err, f"{bad}:2:", "invalid UTF-8", "0xfc")


def test_binary_file(capsys, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run(capsys, binary)
    assert code == 2
    assert_one_line_error(err, "image.png", "binary")


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t", b"\xef\xbb\xbf\n"])
def test_empty_file(capsys, tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    code, _, err = run(capsys, empty)
    assert code == 2
    assert_one_line_error(err, "empty.txt", "empty")


def test_huge_file_is_refused_with_clear_limit(capsys, tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        line = "Das Modell ist jetzt in Copilot kostenlos verfügbar. ".encode() * 20 + b"\n"
        for _ in range(100 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert huge.stat().st_size >= 100 * 1024 * 1024
    code, _, err = run(capsys, huge)
    assert code == 2
    assert_one_line_error(err, "huge.txt", "MiB", "--max-size")


def test_unknown_option_exits_2_with_one_line(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--no-such-option", "x.txt"])
    assert exc.value.code == 2
    assert_one_line_error(capsys.readouterr().err, "--no-such-option")


def test_crlf_and_bom_are_handled_and_offsets_point_into_the_file(capsys, tmp_path):
    import json

    text = "\ufeffErster Satz mit Openai.\r\nZweiter Satz ,  mit Fehler.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    code = main(["check", "--no-defaults", "--retranslate", "none", "--glossary", "ai-tech",
                 "--format", "json", "--fail-on", "never", str(path)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    segments = report["documents"][0]["segments"]
    assert [s["text"] for s in segments] == ["Erster Satz mit Openai.", "Zweiter Satz ,  mit Fehler."]
    for segment in segments:
        assert text[segment["start"] : segment["end"]] == segment["text"]
        for issue in segment["issues"]:
            assert segment["text"][issue["start"] : issue["end"]] == issue["text"]
    rules = {i["rule"] for s in segments for i in s["issues"]}
    assert "glossary.name" in rules


@pytest.mark.parametrize(("body", "line", "fragment"), [
    ("source\ttarget\tforbidden\nOpenAI\n", 2, "expected 3 TAB-separated fields"),
    ("source\ttarget\nOpen\x07AI\tOpenAI\n", 2, "control character"),
])
def test_malformed_glossary_stops_check_with_file_and_line(capsys, tmp_path, body, line, fragment):
    glossary = tmp_path / "terms.tsv"
    glossary.write_text(body, encoding="utf-8")
    text = tmp_path / "mt.txt"
    text.write_text("OpenAI baut ein Modell.\n", encoding="utf-8")
    code = main(["check", "--no-defaults", "--retranslate", "none", "--glossary", str(glossary), str(text)])
    assert code == 2
    assert_one_line_error(capsys.readouterr().err, f"{glossary}:{line}:", fragment)


def test_duplicate_glossary_entries_warn_with_lines_and_fail_under_strict(capsys, tmp_path):
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("source\ttarget\ndata center\tRechenzentrum\ndata center\tDatenzentrum\n", encoding="utf-8")
    text = tmp_path / "mt.txt"
    text.write_text("Das Rechenzentrum ist groß.\n", encoding="utf-8")
    args = ["check", "--no-defaults", "--retranslate", "none", "--fail-on", "never", "--glossary", str(glossary)]
    assert main([*args, str(text)]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and ":2" in err and ":3" in err
    assert main([*args, "--strict", str(text)]) == 2
    assert_one_line_error(capsys.readouterr().err, "terms.tsv")
