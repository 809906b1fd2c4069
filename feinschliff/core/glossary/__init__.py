"""Glossaries: formats (``io_tsv`` documents the native one), loading, lint, term matching,
the glossary checks' analysis and in-place editing."""

from .lint import lint_glossary
from .load import load_glossaries, load_glossary
from .model import Glossary, GlossaryEntry

__all__ = ["Glossary", "GlossaryEntry", "lint_glossary", "load_glossaries", "load_glossary"]
