"""Test-wide setup: the network guard and DeepL fixtures (a local DeepL-compatible server,
a temporary translation memory, no DeepL credentials from the environment), and no time limit
on property-based examples: a timing threshold fails on a slow or busy machine, not on a bug."""

from hypothesis import settings

settings.register_profile("feinschliff", deadline=None)
settings.load_profile("feinschliff")

pytest_plugins = ["conftest_deepl"]
