"""The core's imports follow the pipeline: a stage imports its own and earlier stages, never a
later one. Read from the source (every import, also inside functions; ``if TYPE_CHECKING``
blocks aside), so a lazy import cannot hide a reversed dependency."""

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "feinschliff" / "core"
TEXT = {"model", "errors", "textio", "tokens", "markup"}  # shared plain data
LATE = {"checks", "pipeline", "review", "export"}
#: what each unit of the core must not import
FORBIDDEN = {
    **{name: None for name in TEXT},  # None: nothing outside TEXT
    "segment": None,
    "formats": LATE | {"segment", "align", "scoring", "retranslation", "translate"},
    "align": LATE | {"scoring"},
    "scoring": LATE,
    "checks": {"pipeline", "review", "export"},
    "pipeline": {"review", "export"},
    "review": {"export"},
}


def core_unit(module: str) -> str | None:
    """``feinschliff.core.align.dp`` → ``align``; modules outside the core → None."""
    parts = module.split(".")
    return parts[2] if parts[:2] == ["feinschliff", "core"] and len(parts) > 2 else None


def imported_modules(source: str, module: str, is_package: bool) -> set[str]:
    package = module.split(".") if is_package else module.split(".")[:-1]
    tree = ast.parse(source)
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and _type_checking(node.test)
               for child in node.body for n in ast.walk(child)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            found.add(target)
            found |= {f"{target}.{alias.name}" for alias in node.names}  # from . import x
    return found


def _type_checking(test: ast.expr) -> bool:
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    unit = core_unit(module)
    forbidden = FORBIDDEN.get(unit, set())
    bad = []
    for target in sorted(imported_modules(source, module, is_package)):
        if target.split(".")[0] == "feinschliff" and target.split(".")[1:2] in (["cli"], ["tui"], ["reports"]):
            bad.append(f"{module} imports {target} (a user interface)")
            continue
        other = core_unit(target)
        if other is None or other == unit or not (target.count(".") > 2 or (CORE / other).is_dir()
                                                   or (CORE / f"{other}.py").exists()):
            continue
        if (forbidden is None and other not in TEXT) or (forbidden and other in forbidden):
            bad.append(f"{module} imports {target}")
    return bad


def core_modules():
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE.parent.parent).with_suffix("").parts
        is_package = rel[-1] == "__init__"
        yield ".".join(rel[:-1] if is_package else rel), path, is_package


@pytest.mark.parametrize("unit", sorted(FORBIDDEN))
def test_stage_imports_no_later_stage(unit):
    checked, bad = 0, []
    for module, path, is_package in core_modules():
        if core_unit(module) == unit:
            checked += 1
            bad += violations(path.read_text("utf-8"), module, is_package)
    assert checked, f"no module of {unit} found"
    assert bad == []


def ui_deep_imports(source: str, module: str) -> list[str]:
    """Imports of a stage package's inner modules (the UI layers use its entry points)."""
    return sorted(t for t in imported_modules(source, module, False)
                  if core_unit(t) and (CORE / core_unit(t)).is_dir() and t.count(".") > 2
                  and (CORE / core_unit(t) / f"{t.split('.')[3]}.py").exists())


def test_user_interfaces_import_only_entry_points():
    root = CORE.parent
    checked, bad = 0, []
    for layer in ("cli", "tui", "reports"):
        for path in sorted((root / layer).rglob("*.py")):
            rel = path.relative_to(root.parent).with_suffix("").parts
            checked += 1
            bad += ui_deep_imports(path.read_text("utf-8"), ".".join(rel))
    assert checked > 20
    assert bad == []


def test_entry_point_scan_sees_inner_modules():
    assert ui_deep_imports("from ..core.review.state import Refused", "feinschliff.cli.review_cmd") == [
        "feinschliff.core.review.state", "feinschliff.core.review.state.Refused"]
    assert ui_deep_imports("from ..core.review import Refused", "feinschliff.cli.review_cmd") == []


def test_stage_packages_and_few_loose_modules():
    assert {"segment", "align", "scoring", "review", "checks", "glossary", "translate", "export"} <= {
        p.name for p in CORE.iterdir() if (p / "__init__.py").exists()}
    assert len(list(CORE.glob("*.py"))) <= 12


@pytest.mark.parametrize("source, module, expected", [
    ("from ..review import ReviewSession", "feinschliff.core.checks.spelling", "feinschliff.core.review"),
    ("def f():\n    from ...core.export.text import x", "feinschliff.core.checks.a", "feinschliff.core.export"),
    ("import feinschliff.core.pipeline", "feinschliff.core.checks.a", "feinschliff.core.pipeline"),
    ("from ..align import align", "feinschliff.core.segment", "feinschliff.core.align"),
    ("from ..config import Config", "feinschliff.core.segment.splitter", "feinschliff.core.config"),
    ("from .. import pipeline", "feinschliff.core.align.dp", "feinschliff.core.pipeline"),
    ("from ...tui.app import App", "feinschliff.core.review.state", "feinschliff.tui.app"),
])
def test_the_scan_finds_reversed_imports(source, module, expected):
    found = violations(source, module, is_package=module == "feinschliff.core.segment")
    assert any(expected in line for line in found), found


def test_type_checking_imports_are_not_dependencies():
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..pipeline import DocumentResult\n"
    assert violations(source, "feinschliff.core.scoring.gate") == []


def test_every_entry_point_is_what_its_package_names():
    """Entry points resolve to the functions and classes, also once every inner module is loaded
    (a loaded submodule becomes a package attribute and could shadow a same-named entry point)."""
    import importlib
    import types

    for module, _, _ in core_modules():
        importlib.import_module(module)
    packages = [p.name for p in CORE.iterdir() if (p / "__init__.py").exists()]
    named = 0
    for name in packages:
        package = importlib.import_module(f"feinschliff.core.{name}")
        for entry in getattr(package, "__all__", ()):
            assert not isinstance(getattr(package, entry), types.ModuleType), f"{name}.{entry}"
            named += 1
    assert named > 40
