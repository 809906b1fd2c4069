"""Run the enabled checks over segments.

Every module of this package other than the infrastructure registers its rules on import, so
a new check family is just a new module here.
"""

from __future__ import annotations

import pkgutil
import re
from dataclasses import replace
from collections.abc import Iterable
from importlib import import_module

from ..config import Config
from ..model import Issue, Segment, Severity
from .context import CheckContext
from .registry import REGISTRY, Rule, make_issue

_INFRASTRUCTURE = {"registry", "context", "runner"}

_JOINERS = re.compile(r"[\s\-‐‑]+")


def all_rules() -> dict[str, Rule]:
    for module in pkgutil.iter_modules(_package_path()):
        if module.name not in _INFRASTRUCTURE and not module.name.startswith("_"):
            import_module(f"{__package__}.{module.name}")
    return dict(sorted(REGISTRY.items()))


def _package_path() -> list[str]:
    return list(import_module(__package__).__path__)


def active_rules(config: Config) -> list[tuple[Rule, Severity | None]]:
    """Enabled rules with the configured severity override (None keeps each finding's own)."""
    return [
        (rule, config.severity.get(rule.id))
        for rule in all_rules().values()
        if config.rule_enabled(rule.id, rule.default_enabled)
    ]


def check_segment(segment: Segment, ctx: CheckContext, rules: Iterable[tuple[Rule, Severity | None]]) -> list[Issue]:
    issues: dict[str, Issue] = {}
    for rule, override in rules:
        for finding in rule.fn(segment, ctx):
            issue = make_issue(rule, segment, finding, rule.severity)
            if override is not None:
                issue = _with_severity(issue, override)
            issues.setdefault(issue.id, issue)
    found = list(issues.values())
    local = [o for o in found if (o.start, o.end) != (0, len(segment.text))]  # a whole-segment re-translation
    return sorted((i for i in found if not any(_subsumes(o, i) for o in local)), key=lambda i: (i.start, i.end, i.rule))


def _subsumes(outer: Issue, inner: Issue) -> bool:
    """A wider fix that already writes a narrower one's correction ("Github Copilot-Pläne" →
    "GitHub-Copilot-Pläne" over "Github Copilot" → "GitHub Copilot"): one approval repairs both.
    A fix of the whole segment (the drifting segment's re-translation) subsumes nothing: its
    words may hold the narrower fix by chance, and the editor may reject it."""
    if outer.suggestion is None or inner.suggestion is None or outer.rule == inner.rule:
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end) or (outer.start, outer.end) == (inner.start, inner.end):
        return False
    return _words(inner.suggestion) in _words(outer.suggestion) and _words(inner.text) not in _words(outer.suggestion)


def _words(text: str) -> str:
    return " " + " ".join(_JOINERS.split(text)) + " "


def _with_severity(issue: Issue, severity: Severity) -> Issue:
    return replace(issue, severity=severity)


def run_checks(segments: Iterable[Segment], ctx: CheckContext, config: Config) -> None:
    rules = active_rules(config)
    for segment in segments:
        segment.issues = check_segment(segment, ctx, rules)
