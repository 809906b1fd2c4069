"""Reading and writing glossaries: native TSV, DeepL TSV/CSV, TBX; errors name file and line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from feinschliff.core.errors import InputError
from feinschliff.core.glossary import lint_glossary, load_glossaries, load_glossary
from feinschliff.core.glossary.entries import make_entry
from feinschliff.core.glossary.io_csv import read_deepl_csv, write_deepl_csv
from feinschliff.core.glossary.io_tbx import read_tbx, write_tbx
from feinschliff.core.glossary.io_tsv import HEADER, read_deepl_tsv, read_native, write_deepl_tsv, write_native

NATIVE = (
    "\ufeffsource\ttarget\tforbidden\tdo_not_translate\tcase_sensitive\tnote\r\n"
    "# house rules\r\n"
    "\r\n"
    "AI\tKI\tAI\tno\tyes\thouse style\r\n"
    "escape hatch\tHintertür\tFluchtluke|Notausstieg\tN\t\tfigurative\r\n"
    "GitHub\t\t\ty\t0\t\r\n"
)


def write(tmp_path, name: str, text: str | bytes):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def error_of(path) -> InputError:
    with pytest.raises(InputError) as caught:
        load_glossary(path)
    return caught.value


def test_native_tsv_with_bom_crlf_comments_and_boolean_spellings(tmp_path):
    glossary = load_glossary(write(tmp_path, "g.tsv", NATIVE))
    ai, hatch, github = glossary.entries
    assert (ai.source, ai.target, ai.forbidden, ai.case_sensitive, ai.line) == ("AI", "KI", ("AI",), True, 4)
    assert hatch.forbidden == ("Fluchtluke", "Notausstieg") and not hatch.do_not_translate
    assert (github.target, github.do_not_translate, github.case_sensitive) == ("GitHub", True, True)
    assert glossary.warnings == []


def test_header_may_omit_and_reorder_optional_columns(tmp_path):
    glossary = load_glossary(write(tmp_path, "g.tsv", "target\tsource\nRechenzentrum\tdata center\n"))
    assert [(e.source, e.target) for e in glossary] == [("data center", "Rechenzentrum")]


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ("AI\tKI\tAI\tno\n", 2, "expected 6 TAB-separated fields"),
        ("AI\tKI\t\tmaybe\tno\t\n", 2, "'maybe' is not yes/no"),
        ("\tKI\t\tno\tno\t\n", 2, "empty source"),
        ("AI\t\t\tno\tno\t\n", 2, "empty target"),
        ("A\x01I\tKI\t\tno\tno\t\n", 2, "U+0001 in column 'source'"),
        ("A\x00I\tKI\t\tno\tno\t\n", 2, "NUL byte"),
        ("AI\tK\u2028I\t\tno\tno\t\n", 2, "U+2028"),
        ("# ok\nAI\tKI\tX\x7f\tno\tno\t\n", 3, "U+007F"),
        ("AI\tKI\tA||B\tno\tno\t\n", 2, "empty variant"),
    ],
)
def test_native_errors_name_file_line_and_cause(tmp_path, body, line, fragment):
    error = error_of(write(tmp_path, "bad.tsv", HEADER + "\n" + body))
    assert (error.path.endswith("bad.tsv"), error.line) == (True, line)
    assert fragment in error.message


def test_unknown_or_incomplete_header(tmp_path):
    assert "unknown header column 'sauce'" in str(error_of(write(tmp_path, "h.tsv", "source\ttarget\tsauce\nA\tB\tC\n")))
    assert "lacks the required column 'target'" in str(error_of(write(tmp_path, "h2.tsv", "source\tnote\nA\tB\n")))


def test_invalid_utf8_is_reported_with_line(tmp_path):
    error = error_of(write(tmp_path, "latin1.tsv", (HEADER + "\nStra\xdfe\tStra\xdfe\t\tno\tno\t\n").encode("latin-1")))
    assert error.line == 2 and "invalid UTF-8" in error.message


def test_duplicates_and_conflicts_are_warnings_naming_both_lines_and_errors_when_strict(tmp_path):
    path = write(
        tmp_path,
        "g.tsv",
        HEADER + "\n"
        "data center\tRechenzentrum\t\tno\tno\t\n"  # line 2
        "Data Center\tRechenzentrum\t\tno\tno\t\n"  # 3: duplicate of 2
        "data center\tDatenzentrum\t\tno\tno\t\n"  # 4: conflicts with 3
        "server farm\tServerfarm\tDatenzentrum\tno\tno\t\n"  # 5: forbids the target of 4
        "OpenAI\tOpen AI\t\tyes\tyes\t\n",  # 6: do-not-translate with another target
    )
    glossary = load_glossary(path)
    assert [e.line for e in glossary] == [4, 5, 6]
    joined = "\n".join(glossary.warnings)
    assert f"{path}:3: duplicate entry 'Data Center' (also at {path}:2)" in joined
    assert f"{path}:4:" in joined and f"conflicts with {path}:3" in joined and "later entry wins" in joined
    assert f"'Datenzentrum' is forbidden by {path}:5 but required by {path}:4" in joined
    assert f"{path}:6: 'OpenAI' is do-not-translate but its target is 'Open AI'" in joined
    with pytest.raises(InputError) as caught:
        load_glossary(path, strict=True)
    assert caught.value.line == 3 and "3 more problems" in caught.value.message


def test_case_sensitive_entries_with_different_casing_are_distinct(tmp_path):
    glossary = load_glossary(write(tmp_path, "g.tsv", HEADER + "\nApple\tApple\t\tyes\tyes\t\napple\tApfel\t\tno\tno\t\n"))
    assert len(glossary) == 2 and glossary.warnings == []


def test_shipped_glossary_by_name_and_unknown_name():
    shipped = load_glossary("ai-tech")
    assert load_glossary("ai-tech.en-de").entries == shipped.entries
    assert len(shipped) > 100 and shipped.warnings == []
    assert lint_glossary(shipped) == []
    with pytest.raises(InputError) as caught:
        load_glossary("no-such-glossary")
    assert "ai-tech" in caught.value.message


def test_later_glossary_overrides_earlier_with_warning(tmp_path):
    first = write(tmp_path, "a.tsv", HEADER + "\nAI\tKI\tAI\tno\tyes\t\n")
    second = write(tmp_path, "b.tsv", HEADER + "\n# local rule\nAI\tkünstliche Intelligenz\t\tno\tyes\t\n")
    merged = load_glossaries([first, second])
    assert [e.target for e in merged if e.source == "AI"] == ["künstliche Intelligenz"]
    assert merged.warnings == [f"{second}:3: 'AI' -> 'künstliche Intelligenz' conflicts with {first}:2 'AI' -> 'KI'; the later entry wins"]


def test_deepl_tsv_and_csv_readers(tmp_path):
    tsv = load_glossary(write(tmp_path, "d.tsv", "data center\tRechenzentrum\r\nGitHub\tGitHub\r\n"))
    assert [(e.source, e.target, e.line) for e in tsv] == [("data center", "Rechenzentrum", 1), ("GitHub", "GitHub", 2)]
    csv_text = 'data center,Rechenzentrum,EN,DE\n"escape hatch, figurative",Hintertür,en,de,0.93\nAI,KI\n'
    assert [e.source for e in load_glossary(write(tmp_path, "d.csv", csv_text))] == [
        "data center", "escape hatch, figurative", "AI",
    ]


def test_deepl_csv_errors(tmp_path):
    wrong_pair = error_of(write(tmp_path, "fr.csv", "AI,KI,EN,DE\nAI,IA,EN,FR\n"))
    assert (wrong_pair.line, "EN->FR" in wrong_pair.message) == (2, True)
    newline_in_quotes = error_of(write(tmp_path, "nl.csv", 'AI,KI\n"data\ncenter",Rechenzentrum\n'))
    assert newline_in_quotes.line == 2 and "U+000A" in newline_in_quotes.message
    assert "expected 2 fields" in error_of(write(tmp_path, "one.csv", "AI\n")).message


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <descrip type="definition">figurative way out of a contract</descrip>
  <langSet xml:lang="en"><tig><term>escape hatch</term></tig></langSet>
  <langSet xml:lang="de">
    <tig><term>Fluchtluke</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    <tig><term>Hintertür</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>Ausweg</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
<termEntry id="c2">
  <descrip type="Translation needed">no</descrip>
  <langSet xml:lang="en"><tig><term>GitHub</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def test_tbx_statuses_map_to_target_forbidden_and_note(tmp_path):
    hatch, github = load_glossary(write(tmp_path, "g.tbx", TBX)).entries
    assert (hatch.target, hatch.forbidden, hatch.line) == ("Hintertür", ("Fluchtluke",), 4)
    assert "figurative way out" in hatch.note and hatch.admitted == ("Ausweg",)
    assert (github.target, github.do_not_translate) == ("GitHub", True)


def test_malformed_tbx_reports_the_xml_line(tmp_path):
    error = error_of(write(tmp_path, "bad.tbx", TBX.replace("</termEntry>\n<termEntry", "</termEntri>\n<termEntry", 1)))
    assert error.line == 12 and "malformed XML" in error.message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("<html><body/></html>", "not a TBX file"), ("<martif><text><body/></text></martif>", "no term entries")],
)
def test_xml_that_is_not_a_usable_tbx(tmp_path, text, fragment):
    assert fragment in error_of(write(tmp_path, "other.tbx", text)).message


def test_tbx_round_trip_keeps_every_field():
    entries = [
        make_entry("AI", "KI", forbidden=("AI",), case_sensitive=True, note="house style"),
        make_entry("GitHub", "", do_not_translate=True),
        make_entry("data center", "Rechenzentrum", forbidden=("Datenzentrum",)),
    ]
    again = read_tbx(write_tbx(entries), "x.tbx")
    fields = lambda e: (e.source, e.target, e.forbidden, e.do_not_translate, e.case_sensitive, e.note)
    assert [fields(e) for e in again] == [fields(e) for e in entries]


# Terms as DeepL accepts them: no control characters, no surrounding spaces, not empty.
term = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\t|\x85"), min_size=1, max_size=30
).map(str.strip).filter(bool)
entry = st.builds(
    lambda s, t, f, dnt, cs, note: make_entry(s, t, forbidden=tuple(f), do_not_translate=dnt, case_sensitive=cs, note=note),
    term, term, st.lists(term, max_size=3), st.booleans(), st.booleans(), st.one_of(st.just(""), term),
)
fields = lambda e: (e.source, e.target, e.forbidden, e.do_not_translate, e.case_sensitive, e.note)


@settings(max_examples=150)
@given(st.lists(entry, max_size=8))
def test_native_tsv_round_trip(entries):
    entries = [e for e in entries if not e.source.startswith("#")]
    assert [fields(e) for e in read_native(write_native(entries), "g.tsv")] == [fields(e) for e in entries]


@settings(max_examples=150)
@given(st.lists(st.tuples(term, term), max_size=8))
def test_deepl_tsv_and_csv_round_trip(pairs):
    pairs = [(s, t) for s, t in pairs if not s.startswith("#") and (s.lower(), t.lower()) != ("source", "target")]
    entries = [make_entry(s, t) for s, t in pairs]
    assert [(e.source, e.target) for e in read_deepl_tsv(write_deepl_tsv(entries), "g.tsv")] == pairs
    assert [(e.source, e.target) for e in read_deepl_csv(write_deepl_csv(entries), "g.csv")] == pairs
