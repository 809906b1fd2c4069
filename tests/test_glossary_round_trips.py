"""Glossaries through every format and back, and admitted renderings (TBX ``admittedTerm``)
as a first-class part of an entry: kept by every format that can hold them, accepted by the
checks where they stand."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from feinschliff.cli.main import main
from feinschliff.core.glossary import lint_glossary, load_glossary
from feinschliff.core.glossary.entries import make_entry
from feinschliff.core.glossary.formats import parse, render
from feinschliff.core.glossary.io_tbx import read_tbx
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.glossary import FORBIDDEN, MISSING, NAME
from feinschliff.core.checks.registry import REGISTRY, make_issue
from feinschliff.core.model import Segment

# Terms as DeepL and XML accept them: no control characters, no XML non-characters, no
# surrounding spaces, not empty; no TAB or | (the native format's separators).
XML_UNSAFE = "\t|\x85\ufffe\uffff"
term = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters=XML_UNSAFE),
               min_size=1, max_size=20).map(str.strip).filter(bool)
variants = st.lists(term, max_size=3, unique=True)
entry = st.builds(
    lambda s, t, admitted, forbidden, dnt, cs, note: make_entry(
        s, t, admitted=tuple(admitted), forbidden=tuple(forbidden), do_not_translate=dnt, case_sensitive=cs, note=note),
    term.filter(lambda s: not s.startswith("#")), term, variants, variants, st.booleans(), st.booleans(),
    st.one_of(st.just(""), term),
)
FIELDS = ("source", "target", "forbidden", "admitted", "do_not_translate", "case_sensitive", "note")


def fields(e):
    return tuple(getattr(e, name) for name in FIELDS)


def through(tmp_path, entries, suffix: str):
    path = tmp_path / f"g{suffix}"
    text, _ = render(entries, path)
    path.write_text(text, encoding="utf-8", newline="")
    return parse(path.read_text(encoding="utf-8"), path)


def tbx_safe(e) -> bool:
    """TBX keeps one term per language set: a rendering repeated under two statuses (a target
    that is also forbidden) cannot come back as both, and `glossary lint` names such entries."""
    renderings = (e.target, *e.admitted, *e.forbidden)
    return len(set(renderings)) == len(renderings) and (not e.do_not_translate or not (e.admitted or e.forbidden))


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entry.filter(tbx_safe), max_size=6))
def test_tsv_to_tbx_to_tsv_keeps_every_field(tmp_path, entries):
    native = through(tmp_path, entries, ".tsv")
    assert [fields(e) for e in native] == [fields(e) for e in entries]
    back = through(tmp_path, through(tmp_path, native, ".tbx") if native else [], ".tsv")
    assert [fields(e) for e in back] == [fields(e) for e in entries]


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entry, max_size=6))
def test_tsv_to_deepl_csv_to_tsv_keeps_source_and_target(tmp_path, entries):
    entries = [e for e in entries if (e.source.lower(), e.target.lower()) != ("source", "target")]
    csv_text, warning = render(entries, tmp_path / "g.csv")
    holds_more = any(e.forbidden or e.admitted or e.note or (e.case_sensitive and not e.do_not_translate)
                     for e in entries)
    assert (warning is not None) == holds_more
    back = through(tmp_path, through(tmp_path, entries, ".csv"), ".tsv")
    assert [(e.source, e.target) for e in back] == [(e.source, e.target) for e in entries]
    assert not any(e.forbidden or e.admitted or e.note for e in back)


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <langSet xml:lang="en"><tig><term>re-engagement</term></tig></langSet>
  <langSet xml:lang="de">
    <tig><term>Wiederannäherung</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
      <note>house style since 2024</note></tig>
    <tig><term>erneutes Engagement</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
    <tig><term>Wiedereinnahme</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
</body></text></martif>
"""


def test_tbx_statuses_become_target_admitted_and_forbidden_and_come_back(tmp_path):
    (rule,) = read_tbx(TBX, "t.tbx")
    assert (rule.target, rule.admitted, rule.forbidden) == ("Wiederannäherung", ("erneutes Engagement",), ("Wiedereinnahme",))
    assert rule.note == "house style since 2024"
    written, _ = render([rule], tmp_path / "out.tbx")
    assert "admittedTerm-admn-sts" in written and "deprecatedTerm-admn-sts" in written
    assert [fields(e) for e in read_tbx(written, "out.tbx")] == [fields(rule)]
    tsv = tmp_path / "g.tsv"
    tsv.write_text(render([rule], tsv)[0], encoding="utf-8")
    assert tsv.read_text(encoding="utf-8").splitlines()[0].split("\t")[3] == "admitted"


def glossary_flags(text: str, source: str, glossary) -> list[tuple[str, str, str | None]]:
    segment, ctx = Segment(0, text, 0, len(text), (0,), source=source), CheckContext(glossary=glossary)
    rules = [REGISTRY[rule] for rule in (FORBIDDEN, NAME, MISSING)]
    issues = [make_issue(r, segment, f, r.severity) for r in rules for f in r.fn(segment, ctx)]
    return [(i.rule, i.text, i.suggestion) for i in issues]


def test_an_admitted_rendering_is_accepted_where_a_forbidden_one_is_flagged(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_text(TBX, encoding="utf-8")
    glossary = load_glossary(path)
    source = "The re-engagement with customers matters."
    assert glossary_flags("Das erneute Engagement mit den Kunden zählt.", source, glossary) == []
    assert glossary_flags("Die Wiedereinnahme mit den Kunden zählt.", source, glossary) == [
        ("glossary.forbidden", "Wiedereinnahme", "Wiederannäherung")]


def test_glossary_add_admitted_lists_and_lints_it(tmp_path, capsys):
    path = tmp_path / "g.tsv"
    assert main(["glossary", "add", str(path), "re-engagement", "Wiederannäherung",
                 "--forbidden", "Wiedereinnahme", "--admitted", "erneutes Engagement|Wiederannäherung"]) == 0
    assert path.read_text(encoding="utf-8").splitlines()[0].split("\t")[3] == "admitted"
    assert main(["glossary", "list", str(path)]) == 0
    assert "admitted: erneutes Engagement | Wiederannäherung" in capsys.readouterr().out
    advice = lint_glossary(load_glossary(path))
    assert advice == [f"{path}:2: admitted rendering 'Wiederannäherung' is also the target or forbidden"]


def test_an_entry_with_admitted_renderings_is_refused_by_a_file_without_the_column(tmp_path, capsys):
    path = tmp_path / "g.tsv"
    path.write_text("source\ttarget\nAI\tKI\n", encoding="utf-8")
    assert main(["glossary", "add", str(path), "re-engagement", "Wiederannäherung", "--admitted", "Rückgewinnung"]) == 2
    assert "no column 'admitted'" in capsys.readouterr().err
    assert main(["glossary", "add", str(path), "data center", "Rechenzentrum"]) == 0
    assert path.read_text(encoding="utf-8") == "source\ttarget\nAI\tKI\ndata center\tRechenzentrum\n"
