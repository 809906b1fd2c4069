"""SARIF 2.1.0: one result per issue, so code-scanning pages mark the exact span.

Regions are 1-based lines and columns counted in UTF-16 code units (``run.columnKind`` is
``utf16CodeUnits``, SARIF's default), plus the exact ``byteOffset``/``byteLength`` in the file;
see ``positions`` for lines, CRLF and the BOM.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from .. import __version__
from ..core.checks import Rule, all_rules
from ..core.model import Issue, Severity
from ..core.pipeline import DocumentResult
from .context import Located, ReportContext, located_issues, relative_path
from .positions import LineIndex

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
BASE_ID = "SRCROOT"
LEVELS = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}
#: how a baseline marks an issue (``Issue.baseline``, when a baseline was compared) -> SARIF baselineState
BASELINE_STATES = {"new": "new", "baselined": "unchanged"}


def rule_name(rule_id: str) -> str:
    """``accuracy.number-mismatch`` -> ``AccuracyNumberMismatch`` (SARIF names are identifiers)."""
    return "".join(part.capitalize() for part in rule_id.replace("-", ".").split("."))


def rule_descriptor(rule: Rule) -> dict:
    summary = rule.description[0].upper() + rule.description[1:]
    help_text = (f"{summary}. MQM category: {rule.category.value}; default severity: {rule.severity.value}"
                 f"{'' if rule.default_enabled else '; off by default (enable with --enable ' + rule.id + ')'}. "
                 f"Disable it with --disable {rule.id} or in [checks] of feinschliff.toml.")
    return {
        "id": rule.id,
        "name": rule_name(rule.id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.default_enabled},
        "properties": {"category": rule.category.value, "severity": rule.severity.value,
                       "tags": ["translation", rule.category.value]},
    }


def artifact_location(path: str, index: int) -> dict:
    relative = relative_path(path)
    if relative is None:
        return {"uri": Path(os.path.abspath(path)).as_uri(), "index": index}
    return {"uri": quote(str(relative)), "uriBaseId": BASE_ID, "index": index}


def region(lines: LineIndex, start: int, end: int, begin, finish, snippet: str | None) -> dict:
    first = lines.byte_offset(start)
    out = {"startLine": begin.line, "startColumn": begin.column, "endLine": finish.line, "endColumn": finish.column,
           "byteOffset": first, "byteLength": lines.byte_offset(end) - first}
    if snippet is not None:
        out["snippet"] = {"text": snippet}
    return out


def result_json(found: Located, location: dict, lines: LineIndex, rule_index: dict[str, int]) -> dict:
    issue: Issue = found.issue
    segment = found.segment
    flagged = region(lines, found.start, found.end, found.begin, found.finish, issue.text)
    context = region(lines, segment.start, segment.end, lines.position(segment.start),
                     lines.position(segment.end), segment.text)
    out = {
        "ruleId": issue.rule,
        "level": LEVELS[issue.severity],
        "message": {"text": issue.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": flagged,
                                            "contextRegion": context}}],
        "partialFingerprints": {"feinschliffIssueId/v1": issue.id},
        "properties": {"category": issue.category.value, "severity": issue.severity.value,
                       "segment": segment.index},
    }
    if issue.rule in rule_index:
        out["ruleIndex"] = rule_index[issue.rule]
    state = getattr(issue, "baseline", None)
    if state in BASELINE_STATES:
        out["baselineState"] = BASELINE_STATES[state]
    if issue.suggestion is not None:
        deleted = {k: v for k, v in flagged.items() if k != "snippet"}
        verb = f"Insert „{issue.suggestion}“" if found.start == found.end else f"Replace with „{issue.suggestion}“"
        out["fixes"] = [{
            "description": {"text": verb},
            "artifactChanges": [{"artifactLocation": location,
                                 "replacements": [{"deletedRegion": deleted,
                                                   "insertedContent": {"text": issue.suggestion}}]}],
        }]
    return out


def document_results(result: DocumentResult, index: int, rule_index: dict[str, int]) -> list[dict]:
    lines = LineIndex(result.target.content)
    location = artifact_location(result.path, index)
    return [result_json(found, location, lines, rule_index) for found in located_issues(result, lines)]


def sarif_log(context: ReportContext) -> dict:
    rules = list(all_rules().values())
    rule_index = {rule.id: n for n, rule in enumerate(rules)}
    artifacts = [{"location": {k: v for k, v in artifact_location(r.path, n).items() if k != "index"},
                  "length": len(r.target.content.encode("utf-8")), "encoding": "utf-8",
                  "mimeType": "text/plain", "roles": ["analysisTarget"]}
                 for n, r in enumerate(context.results)]
    results = [res for n, r in enumerate(context.results) for res in document_results(r, n, rule_index)]
    run = {
        "tool": {"driver": {"name": "feinschliff", "version": __version__, "semanticVersion": __version__,
                            "rules": [rule_descriptor(rule) for rule in rules]}},
        "originalUriBaseIds": {BASE_ID: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "columnKind": "utf16CodeUnits",
        "artifacts": artifacts,
        "invocations": [{"executionSuccessful": True,
                         "properties": {"gate": {"passed": context.gate.passed, "fail_on": context.fail_on,
                                                 "reasons": list(context.gate.reasons)}}}],
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write_sarif(out: TextIO, context: ReportContext) -> None:
    json.dump(sarif_log(context), out, ensure_ascii=False, indent=2)
    out.write("\n")
