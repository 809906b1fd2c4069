"""Report writers: terminal, JSON, and CI formats."""
