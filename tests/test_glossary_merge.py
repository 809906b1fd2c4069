"""`glossary merge`: duplicates folded in, conflicts listed with both places and kept in the
merged file's note, exit 1 under --strict; TSV and TBX inputs alike."""

from pathlib import Path

from feinschliff.cli.main import main
from feinschliff.core.glossary import load_glossary, read_entries

HEADER = "source\ttarget\tforbidden\tdo_not_translate\tcase_sensitive\tnote\n"
SHIPPED = Path(__file__).resolve().parent.parent / "glossary" / "ai-tech.en-de.tsv"


def write(path: Path, *rows: str) -> Path:
    path.write_text(HEADER + "".join(r + "\n" for r in rows), "utf-8")
    return path


def test_conflicts_are_listed_with_file_and_line_and_never_dropped(tmp_path, capsys):
    a = write(tmp_path / "a.tsv", "escape hatch\tHintertür\tFluchtluke\tno\tno\t", "data center\tRechenzentrum\t\tno\tno\t")
    b = write(tmp_path / "b.tsv", "data center\tRechenzentrum\tDatenzentrum\tno\tno\tDeepL", "escape hatch\tNotausgang\t\tno\tno\t",
              "GitHub\tGitHub\t\tyes\tyes\t")
    out = tmp_path / "merged.tsv"
    assert main(["glossary", "merge", str(a), str(b), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"{b}:3: 'escape hatch' -> 'Notausgang' conflicts with {a}:2 'escape hatch' -> 'Hintertür' (kept)" in captured.err
    assert "1 duplicates folded in, 1 conflicts" in captured.out
    entries = {e.source: e for e in load_glossary(out).entries}
    assert set(entries) == {"escape hatch", "data center", "GitHub"}
    assert entries["escape hatch"].target == "Hintertür" and f"{b}:3 has 'Notausgang'" in entries["escape hatch"].note
    assert entries["data center"].forbidden == ("Datenzentrum",) and entries["data center"].note == "DeepL"
    assert entries["GitHub"].do_not_translate
    assert main(["glossary", "merge", str(a), str(b), "-o", str(out), "--strict"]) == 1


def test_a_glossary_merged_with_its_tbx_export_is_itself(tmp_path, capsys):
    tbx = tmp_path / "ai-tech.tbx"
    assert main(["glossary", "export", str(SHIPPED), str(tbx)]) == 0
    out = tmp_path / "merged.tsv"
    assert main(["glossary", "merge", str(SHIPPED), str(tbx), "-o", str(out), "--strict"]) == 0
    assert "0 conflicts" in capsys.readouterr().out
    strip = lambda entries: [(e.source, e.target, e.do_not_translate) for e in entries]  # noqa: E731
    assert strip(read_entries(out)) == strip(read_entries(SHIPPED))
