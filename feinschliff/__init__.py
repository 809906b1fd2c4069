"""Feinschliff: repair machine-translated German."""

__version__ = "0.1.0"
