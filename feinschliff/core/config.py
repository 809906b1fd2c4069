"""Configuration: ``feinschliff.toml`` or ``[tool.feinschliff]`` in ``pyproject.toml``.

The nearest file found walking up from the input file's directory applies (or the one given
with ``--config``). Paths in it are relative to the file. Example::

    source = "source.en.txt"          # default English source for inputs in this directory
    reference = "reference.de.txt"    # default German re-translation
    glossary = ["ai-tech"]            # shipped glossary names or paths
    retranslate = "memory"            # memory | deepl | file | none

    [checks]
    disable = ["style.*"]             # rule ids or glob patterns
    [checks.severity]
    "glossary.name" = "major"
    [checks.settings."accuracy.drift"]
    min_chrf = 25.0

    [gate]
    fail_on = "major"                 # minor | major | critical | never
    max_mqm_per_1000 = 100.0
    min_chrf = 40.0
    [gate.paths."legal/**"]           # per-path overrides: globs relative to this file,
    fail_on = "minor"                 # applied in file order to the documents they match

    [inputs]                          # batch runs: see companions.py
    include = ["*.de.txt"]

    [deepl]                           # see the README: retries, timeout, formality ...
    timeout = 10.0

    [review]
    learn_to = "glossary.learned.tsv" # where `l` in the editor adds learned rules
    [review.keys]                     # remapped editor keys (ids: F1 in the editor)
    approve = "y"
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .companions import GLOB_FLAGS, InputsConfig, parse_inputs
from .errors import InputError
from .model import Severity
from .textio import read_text

CONFIG_NAMES = ("feinschliff.toml", "pyproject.toml")
FAIL_ON_CHOICES = ("minor", "major", "critical", "never")


@dataclass(slots=True)
class Gate:
    fail_on: str = "major"
    max_mqm_per_1000: float | None = None
    min_chrf: float | None = None


@dataclass(slots=True)
class Config:
    path: Path | None = None
    source: Path | None = None
    reference: Path | None = None
    glossary: list[str] = field(default_factory=list)
    retranslate: str | None = None
    disable: list[str] = field(default_factory=list)
    enable: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    gate: Gate = field(default_factory=Gate)
    deepl: dict[str, Any] = field(default_factory=dict)
    learn_to: Path | None = None
    keys: dict[str, str] = field(default_factory=dict)
    inputs: InputsConfig = field(default_factory=InputsConfig)
    #: (glob relative to the configuration's folder, gate settings) in file order
    gate_paths: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def gate_for(self, document: Path) -> Gate:
        """The gate with every ``[gate.paths."GLOB"]`` override that matches ``document``."""
        gate = replace(self.gate)
        if not self.gate_paths or self.path is None:
            return gate
        from wcmatch import glob as wglob

        relative = os.path.relpath(os.path.abspath(document), os.path.abspath(self.path.parent)).replace(os.sep, "/")
        for pattern, values in self.gate_paths:
            if wglob.globmatch(relative, pattern, flags=GLOB_FLAGS):
                gate = replace(gate, **values)
        return gate

    def rule_enabled(self, rule_id: str, default: bool = True) -> bool:
        if any(fnmatch.fnmatchcase(rule_id, p) for p in self.enable):
            return True
        if any(fnmatch.fnmatchcase(rule_id, p) for p in self.disable):
            return False
        return default


def find_config(start: Path) -> Path | None:
    """The nearest feinschliff.toml, or pyproject.toml with a [tool.feinschliff] table."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "feinschliff" in tomllib.loads(path.read_text("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    name = str(path)
    try:
        data = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(f"invalid TOML: {exc.args[0] if exc.args else exc}", name, line) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("feinschliff", {})
    return _parse(data, path)


def _parse(data: dict[str, Any], path: Path) -> Config:
    base = path.parent
    name = str(path)
    known = {"source", "reference", "glossary", "retranslate", "checks", "gate", "deepl", "review", "inputs"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"unknown configuration key {unknown[0]!r} (known: {', '.join(sorted(known))})", name)
    glossary = data.get("glossary", [])
    if isinstance(glossary, str):
        glossary = [glossary]
    checks = _table(data, "checks", name)
    review = _table(data, "review", name)
    gate_data = dict(_table(data, "gate", name))
    overrides = _table(gate_data, "paths", name)
    gate_data.pop("paths", None)
    gate_paths = [(str(glob), _gate_values(_table(overrides, glob, name), name, f"gate.paths.{glob!r}"))
                  for glob in overrides]
    severity = {}
    for rule_id, value in _table(checks, "severity", name).items():
        try:
            severity[rule_id] = Severity(value)
        except ValueError:
            raise InputError(f"checks.severity.{rule_id}: unknown severity {value!r}", name) from None
    return Config(
        path=path,
        source=_path(base, data.get("source")),
        reference=_path(base, data.get("reference")),
        glossary=[_glossary_ref(base, g) for g in glossary],
        retranslate=data.get("retranslate"),
        disable=list(checks.get("disable", [])),
        enable=list(checks.get("enable", [])),
        severity=severity,
        settings={k: dict(v) for k, v in _table(checks, "settings", name).items()},
        gate=Gate(**_gate_values(gate_data, name, "gate")),
        gate_paths=gate_paths,
        inputs=parse_inputs(_table(data, "inputs", name), path),
        deepl=dict(_table(data, "deepl", name)),
        learn_to=_path(base, review.get("learn_to")),
        keys={str(k): str(v) for k, v in _table(review, "keys", name).items()},
    )


def _gate_values(data: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    """The gate settings a table sets (only those it names, so overrides keep the rest)."""
    unknown = sorted(set(data) - {"fail_on", "max_mqm_per_1000", "min_chrf"})
    if unknown:
        raise InputError(f"unknown key {where}.{unknown[0]} (known: fail_on, max_mqm_per_1000, min_chrf)", name)
    values: dict[str, Any] = {}
    if "fail_on" in data:
        if str(data["fail_on"]) not in FAIL_ON_CHOICES:
            raise InputError(f"{where}.fail_on must be one of {', '.join(FAIL_ON_CHOICES)}", name)
        values["fail_on"] = str(data["fail_on"])
    for key in ("max_mqm_per_1000", "min_chrf"):
        if key in data:
            values[key] = _number(data, key, name, where)
    return values


def _table(data: dict[str, Any], key: str, name: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(f"{key} must be a table", name)
    return value


def _number(data: dict[str, Any], key: str, name: str, where: str = "gate") -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise InputError(f"{where}.{key} must be a number", name)
    return float(value)


def _path(base: Path, value: str | None) -> Path | None:
    return None if value is None else (base / value)


def _glossary_ref(base: Path, value: str) -> str:
    """Keep shipped glossary names ("ai-tech") as names; resolve file paths against base."""
    if "/" in value or "\\" in value or Path(value).suffix in {".tsv", ".csv", ".tbx"}:
        return str(base / value)
    return value
