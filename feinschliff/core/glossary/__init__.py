"""Glossaries: formats (``io_tsv`` documents the native one), loading, lint, matching, editing.
Entry points: ``load_glossaries``/``load_glossary``/``read_entries``, ``lint_glossary``,
``add_entry``/``add_entries``/``remove_entry``/``make_entry``, ``merge_entries``, ``render``."""

from .edit import add_entries, add_entry, remove_entry
from .entries import FORBIDDEN_SEPARATOR, make_entry
from .formats import render
from .lint import lint_glossary
from .load import load_glossaries, load_glossary, read_entries
from .merge import merge_entries
from .model import Glossary, GlossaryEntry

__all__ = ["FORBIDDEN_SEPARATOR", "Glossary", "GlossaryEntry", "add_entries", "add_entry", "lint_glossary",
           "load_glossaries", "load_glossary", "make_entry", "merge_entries", "read_entries", "remove_entry", "render"]
