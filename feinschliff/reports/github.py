"""GitHub Actions workflow commands: an annotation on the exact span of every issue.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`` for major and critical
issues, ``::warning …`` for minor ones, ``::notice …`` for issues a baseline holds. Lines and columns are those of the SARIF report
(1-based, UTF-16 columns). Escaping follows the runner's rules: ``%``, CR and LF in the message;
additionally ``:`` and ``,`` in property values.
"""

from __future__ import annotations

from typing import TextIO

from ..core.model import Severity
from .context import ReportContext, located_issues, relative_path

COMMANDS = {Severity.CRITICAL: "error", Severity.MAJOR: "error", Severity.MINOR: "warning"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def write_github(out: TextIO, context: ReportContext) -> None:
    for result in context.results:
        relative = relative_path(result.path)
        file = str(relative) if relative is not None else result.path
        for found in located_issues(result):
            issue = found.issue
            message = issue.message
            if issue.suggestion is not None:
                message += f" → „{issue.suggestion}“"
            properties = {"file": file, "line": found.begin.line, "col": found.begin.column,
                          "endLine": found.finish.line, "endColumn": found.finish.column,
                          "title": f"{issue.rule} ({issue.severity.value}, {issue.category.value})"}
            name = COMMANDS[issue.severity]
            if issue.baseline == "baselined":
                name, properties["title"] = "notice", properties["title"] + " [baselined]"
            out.write(command(name, properties, message) + "\n")
    if context.gate.passed:
        out.write(command("notice", {"title": "feinschliff quality gate"}, "passed") + "\n")
    else:
        reasons = "\n".join(context.gate.reasons)
        out.write(command("error", {"title": "feinschliff quality gate"}, f"failed:\n{reasons}") + "\n")
