"""Screens of the review editor."""
