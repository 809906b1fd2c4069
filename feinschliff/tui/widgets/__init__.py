"""Widgets of the review editor."""
