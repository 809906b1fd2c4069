"""Test-wide setup: the network guard and DeepL fixtures (a local DeepL-compatible server,
a temporary translation memory, no DeepL credentials from the environment)."""

pytest_plugins = ["conftest_deepl"]
