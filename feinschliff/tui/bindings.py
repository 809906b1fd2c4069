"""Every key of the review editor, each with an id so users can remap it
(``feinschliff review --key approve=y``), and a group for the F1 help screen."""

from __future__ import annotations

from textual.binding import Binding

#: (id, default keys, action, description, shown in the footer, help group)
REVIEW_KEYS: tuple[tuple[str, str, str, str, bool, str], ...] = (
    ("approve", "a", "approve", "Approve fix", True, "Decide"),
    ("approve-all", "A", "approve_all", "Approve all fixes of the segment", False, "Decide"),
    ("reject", "r", "reject", "Reject fix", True, "Decide"),
    ("edit", "e", "edit", "Edit segment", True, "Decide"),
    ("take", "t", "take", "Take the re-translated sentence", True, "Decide"),
    ("write", "w", "rephrase", "Ask DeepL Write for a rephrasing", False, "Decide"),
    ("take-write", "W", "take('deepl-write')", "Take the DeepL Write suggestion", False, "Decide"),
    ("undo", "u", "undo", "Undo", True, "Decide"),
    ("redo", "ctrl+r", "redo", "Redo", False, "Decide"),
    ("next-issue", "n", "next_issue", "Next issue", True, "Move"),
    ("previous-issue", "p", "previous_issue", "Previous issue", False, "Move"),
    ("next-segment", "j,down", "next_segment", "Next segment", False, "Move"),
    ("previous-segment", "k,up", "previous_segment", "Previous segment", False, "Move"),
    ("page-down", "pagedown", "page(1)", "Page down", False, "Move"),
    ("page-up", "pageup", "page(-1)", "Page up", False, "Move"),
    ("first", "home", "jump(0)", "First segment", False, "Move"),
    ("last", "end", "jump(-1)", "Last segment", False, "Move"),
    ("search", "slash", "search", "Search", False, "Find"),
    ("filter", "f", "filter", "Filter segments", False, "Find"),
    ("learn", "l", "learn", "Learn the fix as a glossary rule", False, "Glossary"),
    ("glossary", "g", "glossary", "Glossary screen", False, "Glossary"),
    ("save", "ctrl+s", "save", "Save", False, "File"),
    ("export", "x", "export", "Export repaired text", False, "File"),
)

APP_KEYS: tuple[tuple[str, str, str, str, bool, str], ...] = (
    ("help", "f1", "help", "Help", True, "File"),
    ("quit", "q", "quit", "Quit", True, "File"),
)


def bindings(keys: tuple[tuple[str, str, str, str, bool, str], ...]) -> list[Binding]:
    return [Binding(k, action, description, show=show, id=binding_id) for binding_id, k, action, description, show, _ in keys]


def groups() -> dict[str, str]:
    """Binding id -> help group."""
    return {binding_id: group for binding_id, *_, group in (*REVIEW_KEYS, *APP_KEYS)}


def known_ids() -> list[str]:
    return [binding_id for binding_id, *_ in (*REVIEW_KEYS, *APP_KEYS)]
