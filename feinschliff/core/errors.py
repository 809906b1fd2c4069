"""Errors that reach the user as one line: ``path:line: message``."""

from __future__ import annotations


class FeinschliffError(Exception):
    """Base class: an error the CLI reports in one line with exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class InputError(FeinschliffError):
    """A file the user gave cannot be used (missing, binary, not UTF-8, malformed...)."""


class UsageError(FeinschliffError):
    """Options that do not fit together."""
