"""CSV exports for spreadsheets neutralise formula cells (OWASP: a leading '); the native
TSV glossary is Feinschliff's own data format and round-trips byte for byte."""

from hypothesis import example, given
from hypothesis import strategies as st

from feinschliff.cli.main import main
from feinschliff.core.glossary.csv_safety import FORMULA_STARTS, neutralise_cell, restore_cell

NATIVE = ("source\ttarget\tforbidden\tdo_not_translate\tcase_sensitive\tnote\n"
          "=HYPERLINK(\"http://evil.example\",\"x\")\tModell\t\tno\tno\t\n"
          "+cmd\t@Nutzer\t\tno\tno\t\n"
          "-based\t-basiert\t\tno\tno\t-1 sign\n"
          "model\tModell\t\tno\tno\t\n")


def test_glossary_csv_export_neutralises_formula_cells_and_reads_back(tmp_path):
    native = tmp_path / "terms.tsv"
    native.write_text(NATIVE, "utf-8")
    assert main(["glossary", "export", str(native), str(tmp_path / "terms.csv")]) == 0
    rows = (tmp_path / "terms.csv").read_text("utf-8").splitlines()
    assert rows == ['"\'=HYPERLINK(""http://evil.example"",""x"")",Modell,EN,DE',
                    "'+cmd,'@Nutzer,EN,DE", "'-based,'-basiert,EN,DE", "model,Modell,EN,DE"]
    assert main(["glossary", "import", str(tmp_path / "terms.csv"), str(tmp_path / "back.tsv")]) == 0
    back = (tmp_path / "back.tsv").read_text("utf-8").splitlines()
    assert [line.split("\t")[:2] for line in back[1:]] == [
        ['=HYPERLINK("http://evil.example","x")', "Modell"], ["+cmd", "@Nutzer"], ["-based", "-basiert"],
        ["model", "Modell"]]


def test_native_tsv_round_trips_verbatim(tmp_path):
    native = tmp_path / "terms.tsv"
    native.write_text(NATIVE, "utf-8")
    assert main(["glossary", "export", str(native), str(tmp_path / "copy.tsv")]) == 0
    assert (tmp_path / "copy.tsv").read_text("utf-8") == NATIVE


def test_neutralise_cases():
    assert neutralise_cell("=1+1") == "'=1+1"
    assert neutralise_cell("\t=1") == "'\t=1"
    assert neutralise_cell("Modell") == "Modell"
    assert neutralise_cell("'quoted") == "'quoted"
    assert restore_cell("'quoted") == "'quoted"


@given(st.text())
@example("'=x")
@example("''+x")
def test_restore_inverts_neutralise(value):
    cell = neutralise_cell(value)
    assert restore_cell(cell) == value
    assert not cell.startswith(FORMULA_STARTS)
