"""The SARIF report validates against the official SARIF 2.1.0 schema, and every region, read
back from the file the way the spec counts (lines at CR/LF/CRLF, columns in UTF-16 code units,
BOM not text), holds exactly the flagged text; byte offsets point at the same bytes."""

import json
import re

import jsonschema
import pytest
from hypothesis import given, strategies as st

from feinschliff.cli.main import main
from feinschliff.core.checks.runner import all_rules
from feinschliff.reports.positions import LineIndex
from report_helpers import SAMPLE, SHARED, run_check, write_tricky

SCHEMA = SHARED / "eval" / "sarif" / "sarif-schema-2.1.0.json"


def validate(log: dict) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    errors = [e.message for e in validator(schema, format_checker=validator.FORMAT_CHECKER).iter_errors(log)]
    assert errors == []


def spec_lines(data: bytes) -> list[str]:
    """The file's lines as SARIF counts them (independent of the code under test)."""
    text = data.decode("utf-8-sig")
    return re.split(r"\r\n|\r|\n", text)


def text_at(lines: list[str], region: dict) -> str:
    """The text of a region, columns taken as UTF-16 code units."""
    def offset(line: int, column: int) -> int:
        before = "\n".join(lines[: line - 1])
        prefix = lines[line - 1].encode("utf-16-le")[: 2 * (column - 1)].decode("utf-16-le")
        return len(before) + (1 if line > 1 else 0) + len(prefix)

    joined = "\n".join(lines)
    return joined[offset(region["startLine"], region["startColumn"]) : offset(region["endLine"], region["endColumn"])]


def test_tricky_file_regions_hold_the_flagged_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_tricky(tmp_path)
    assert run_check(path.name, "--format", "sarif", "-o", "out.sarif", "--fail-on", "never") == 0
    log = json.loads((tmp_path / "out.sarif").read_text("utf-8"))
    validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    data = path.read_bytes()
    lines = spec_lines(data)
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"fluency.repeated-word", "glossary.forbidden", "typography.quotes"}
    assert {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results} >= {1, 2, 4, 5}
    astral = 0
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "doc.de.txt", "uriBaseId": "SRCROOT", "index": 0}
        region = location["region"]
        flagged = region["snippet"]["text"]
        assert text_at(lines, region) == flagged
        assert data[region["byteOffset"] : region["byteOffset"] + region["byteLength"]].decode() == flagged
        context = location["contextRegion"]
        assert text_at(lines, context) == context["snippet"]["text"]
        line = lines[region["startLine"] - 1]
        astral += any(ord(c) > 0xFFFF for c in line[: region["startColumn"]])
        for fix in result.get("fixes", []):
            replacement = fix["artifactChanges"][0]["replacements"][0]
            assert text_at(lines, replacement["deletedRegion"]) == flagged
    assert astral >= 3  # emoji and 𝔘 before flagged spans: the columns count two units for each
    # the quote on line 2 stands after two emoji: column in UTF-16 units, not characters
    quote = next(r for r in results if r["ruleId"] == "typography.quotes")["locations"][0]["physicalLocation"]["region"]
    line2 = lines[1]
    assert quote["startLine"] == 2 and quote["startColumn"] == line2.index('"') + 1 + 2


def test_sample_log_validates_and_describes_every_rule(capsys):
    assert main(["check", str(SAMPLE / "mt.de.txt"), "--format", "sarif"]) == 1
    log = json.loads(capsys.readouterr().out)
    validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(all_rules())
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["help"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
        assert rule["properties"]["category"]
    results = run["results"]
    ids = [r["partialFingerprints"]["feinschliffIssueId/v1"] for r in results]
    assert len(ids) == len(set(ids)) == 52  # the issues of the sample in this mode, each once
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    giesel = next(r for r in results if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Azure Ai Giesel")
    assert giesel["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Azure AI Foundry"
    assert giesel["level"] == "warning"  # major
    content = (SAMPLE / "mt.de.txt").read_bytes()
    for result in results:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert text_at(spec_lines(content), region) == region["snippet"]["text"]


@given(st.text(alphabet=st.sampled_from(list("ab ä\r\n😀𝔘\u2028")), max_size=40), st.booleans(), st.data())
def test_positions_match_an_independent_reading(body, bom, data):
    text = ("\ufeff" if bom else "") + body
    index = LineIndex(text)
    lines = spec_lines(text.encode("utf-8"))
    offset = data.draw(st.integers(min_value=1 if bom else 0, max_value=len(text)))
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        return  # inside a CRLF: not a character position
    position = index.position(offset)
    start = index.position(1 if bom else 0)
    region = {"startLine": start.line, "startColumn": start.column, "endLine": position.line, "endColumn": position.column}
    assert text_at(lines, region) == re.sub(r"\r\n|\r", "\n", text[1 if bom else 0 : offset])
    assert index.byte_offset(offset) == len(text[:offset].encode("utf-8"))


@pytest.mark.parametrize("state", ["new", "baselined"])
def test_baseline_state_is_carried_when_issues_have_one(state):
    from dataclasses import dataclass

    from feinschliff.reports.sarif import BASELINE_STATES

    @dataclass
    class Marked:
        baseline: str

    assert BASELINE_STATES[getattr(Marked(state), "baseline")] in {"new", "unchanged"}
