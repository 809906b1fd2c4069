"""JUnit XML: one test suite per run, one test case per document for its quality gate.

A failed gate is a ``<failure>`` whose message gives the gate's reasons and whose text lists
the issues that fail it (``file:line:column``); CI pages show it like a failing unit test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from ..core.pipeline import DocumentResult
from ..core.scoring import summarize
from .context import ReportContext, located_issues

SUITE = "feinschliff check"
#: characters XML 1.0 cannot carry, even escaped
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _scores_line(result: DocumentResult) -> str:
    summary = summarize(result)
    parts = [f"segments {summary['segments']} ({summary['flagged_segments']} flagged)", f"words {summary['words']}",
             "issues " + ", ".join(f"{n} {severity}" for severity, n in summary["by_severity"].items())]
    corpus = summary["corpus"]
    if corpus:
        parts += [f"{label} {corpus[key]:g}" for key, label in (("chrf", "chrF"), ("bleu", "BLEU"), ("ter", "TER"))
                  if key in corpus]
    parts.append(f"MQM {summary['mqm']['per_1000_words']:g} per 1,000 words")
    return "; ".join(parts)


def _failing_issues(context: ReportContext, result: DocumentResult) -> str:
    rows = []
    for found in located_issues(result):
        if context.failing(found.issue, result.path):
            issue = found.issue
            shown = f" „{issue.text}“" if issue.text else ""
            fix = f" → „{issue.suggestion}“" if issue.suggestion is not None else ""
            rows.append(f"{result.path}:{found.begin.line}:{found.begin.column}: {issue.severity.value} "
                        f"{issue.rule}{shown}{fix}: {issue.message}")
    return "\n".join(rows)


def _testcase(suite: ET.Element, classname: str, reasons: list[str], details: str, scores: str | None) -> None:
    case = ET.SubElement(suite, "testcase", classname=_xml_text(classname), name="quality gate")
    if reasons:
        failure = ET.SubElement(case, "failure", message=_xml_text("; ".join(reasons)), type="quality-gate")
        failure.text = _xml_text("\n".join([*reasons, "", details]).strip() if details else "\n".join(reasons))
    if scores:
        ET.SubElement(case, "system-out").text = _xml_text(scores)


def junit_tree(context: ReportContext) -> ET.Element:
    root = ET.Element("testsuites", name="feinschliff")
    suite = ET.SubElement(root, "testsuite", name=SUITE)
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="fail_on", value=context.fail_on)
    ET.SubElement(properties, "property", name="gate_passed", value=str(context.gate.passed).lower())
    claimed: set[str] = set()
    for result in context.results:
        reasons = context.reasons_for(result)
        claimed.update(f"{result.path}: {r}" for r in reasons)
        _testcase(suite, result.path, reasons, _failing_issues(context, result) if reasons else "",
                  _scores_line(result))
    unclaimed = [r for r in context.gate.reasons if r not in claimed]
    if unclaimed:
        _testcase(suite, "all documents", unclaimed, "", None)
    cases = suite.findall("testcase")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    for element in (root, suite):
        element.set("tests", str(len(cases)))
        element.set("failures", str(failures))
        element.set("errors", "0")
    suite.set("skipped", "0")
    return root


def write_junit(out: TextIO, context: ReportContext) -> None:
    tree = ET.ElementTree(junit_tree(context))
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
