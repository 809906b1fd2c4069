"""Every key of the review editor, each with an id so users can remap it
(``feinschliff review --key approve=y``), a short footer label, a description for the F1
help screen and the command palette, and a help group."""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding


class Key(NamedTuple):
    id: str
    keys: str
    action: str
    label: str
    description: str
    footer: bool
    group: str


REVIEW_KEYS: tuple[Key, ...] = (
    Key("approve", "a", "approve", "Approve", "Approve the fix", True, "Decide"),
    Key("approve-all", "A", "approve_all", "All", "Approve all fixes of the segment", False, "Decide"),
    Key("reject", "r", "reject", "Reject", "Reject the fix", True, "Decide"),
    Key("edit", "e", "edit", "Edit", "Edit the segment", True, "Decide"),
    Key("take", "t", "take", "Take", "Take the re-translated sentence", True, "Decide"),
    Key("write", "w", "rephrase", "Write", "Ask DeepL Write for a rephrasing", False, "Decide"),
    Key("take-write", "W", "take('deepl-write')", "Take Write", "Take the DeepL Write suggestion", False, "Decide"),
    Key("undo", "u", "undo", "Undo", "Undo", True, "Decide"),
    Key("redo", "ctrl+r", "redo", "Redo", "Redo", False, "Decide"),
    Key("next-issue", "n", "next_issue", "Next", "Next issue", True, "Move"),
    Key("previous-issue", "p", "previous_issue", "Prev", "Previous issue", False, "Move"),
    Key("next-segment", "j,down", "next_segment", "Down", "Next segment", False, "Move"),
    Key("previous-segment", "k,up", "previous_segment", "Up", "Previous segment", False, "Move"),
    Key("page-down", "pagedown", "page(1)", "Page down", "Page down", False, "Move"),
    Key("page-up", "pageup", "page(-1)", "Page up", "Page up", False, "Move"),
    Key("first", "home", "jump(0)", "First", "First segment", False, "Move"),
    Key("last", "end", "jump(-1)", "Last", "Last segment", False, "Move"),
    Key("search", "slash", "search", "Search", "Search segments", True, "Find"),
    Key("filter", "f", "filter", "Filter", "Filter segments (flagged, undecided, category)", True, "Find"),
    Key("learn", "l", "learn", "Learn", "Learn the fix as a glossary rule", False, "Glossary"),
    Key("glossary", "g", "glossary", "Glossary", "Glossary screen", False, "Glossary"),
    Key("save", "ctrl+s", "save", "Save", "Save", False, "File"),
    Key("export", "x", "export", "Export", "Export the repaired text and the decisions", False, "File"),
)

APP_KEYS: tuple[Key, ...] = (
    Key("help", "f1", "help", "Help", "Help: all keys", True, "File"),
    Key("quit", "q", "quit", "Quit", "Quit (every decision is already saved)", True, "File"),
)


def bindings(keys: tuple[Key, ...]) -> list[Binding]:
    return [Binding(k.keys, k.action, k.label, show=k.footer, id=k.id, tooltip=k.description) for k in keys]


def known_ids() -> list[str]:
    return [k.id for k in (*REVIEW_KEYS, *APP_KEYS)]
