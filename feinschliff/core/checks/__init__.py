"""Check stage: rules registered with ``@check`` (id, category, severity), one module per family.

Entry points: ``check_segment``/``active_rules`` (run them), ``all_rules``, ``Rule``.
"""

from .registry import Rule
from .runner import active_rules, all_rules, check_segment

__all__ = ["Rule", "active_rules", "all_rules", "check_segment"]
