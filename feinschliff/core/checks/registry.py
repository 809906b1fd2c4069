"""The check registry: every rule has an id, an MQM category and a default severity.

A check is a function ``(segment, context) -> Iterable[Finding]`` registered with
``@check(id, category, severity, description)``. ``run_checks`` turns findings into
``Issue`` objects with stable ids, honouring the enabled set and severity overrides of the
configuration.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import Category, Issue, Segment, Severity, issue_id


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # overrides the rule's default, e.g. critical numbers


CheckFn = Callable[[Segment, "object"], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    description: str
    fn: CheckFn
    default_enabled: bool = True


REGISTRY: dict[str, Rule] = {}


def check(
    rule_id: str,
    category: Category,
    severity: Severity,
    description: str,
    *,
    enabled: bool = True,
) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        if rule_id in REGISTRY:
            raise ValueError(f"duplicate check id {rule_id}")
        REGISTRY[rule_id] = Rule(rule_id, category, severity, description, fn, enabled)
        return fn

    return register


def make_issue(rule: Rule, segment: Segment, finding: Finding, severity: Severity) -> Issue:
    text = segment.text[finding.start : finding.end]
    return Issue(
        id=issue_id(rule.id, segment.start, finding.start, finding.end, text),
        rule=rule.id,
        category=rule.category,
        severity=finding.severity or severity,
        start=finding.start,
        end=finding.end,
        text=text,
        message=finding.message,
        suggestion=finding.suggestion,
    )
