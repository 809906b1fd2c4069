"""feinschliff.core is pure domain code: importing all of it loads neither textual nor rich."""

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import feinschliff.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "feinschliff.core.")]
for name in names:
    importlib.import_module(name)
assert len(names) > 10, names
ui = sorted(m for m in sys.modules if m.split(".")[0] in {"textual", "rich"})
print(len(names), ui)
"""


def test_core_imports_no_ui_library():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    count, ui = out.split(" ", 1)
    assert int(count) > 10
    assert ui.strip() == "[]"


def test_probe_detects_ui_imports():
    """The probe itself must be able to fail: importing rich shows up."""
    probe = PROBE.replace("import feinschliff.core as core", "import rich.text\nimport feinschliff.core as core")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "rich" in out.split(" ", 1)[1]
