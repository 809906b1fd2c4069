"""Test plugin: no request leaves 127.0.0.1, no test touches a real DeepL key or the user's
cache, and fixtures for the local DeepL-compatible server.

Load it from ``tests/conftest.py`` with ``pytest_plugins = ["conftest_deepl"]``.

The network guard is an audit hook (``sys.addaudithook``) installed for the whole session:
every ``socket.connect``, ``socket.sendto`` and ``socket.getaddrinfo`` is recorded, and any
destination that is not loopback raises ``NetworkBlocked``. At the end of the session the
run fails if anything but the guard's own probes (``probing()``) tried to leave the machine.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from feinschliff.core.translate.deepl_settings import DeepLSettings
from feinschliff.core.translate.memory import TranslationMemory
from feinschliff.deepl_server import DeepLServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "microsoft-openai"
TEST_KEY = "f3c1a9e2-77d4-4b0e-9c55-0d6b1e2a9f47:fx"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}
_ISOLATED_ENV = ("DEEPL_AUTH_KEY", "DEEPL_SERVER_URL", "FEINSCHLIFF_HOME")


class NetworkBlocked(RuntimeError):
    """A test tried to reach a destination outside this machine."""


@dataclass
class NetworkRecord:
    allowed: list[tuple[str, str]] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)
    probed: list[tuple[str, str]] = field(default_factory=list)
    probing: bool = False


NETWORK = NetworkRecord()
_installed: list[bool] = []


def is_loopback_host(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0].lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _audit(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto"):
        sock, address = args[0], args[1]
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple):
            return
        host = address[0]
    elif event == "socket.getaddrinfo":
        host = args[0]
    else:
        return
    entry = (event, str(host))
    if is_loopback_host(host):
        NETWORK.allowed.append(entry)
        return
    (NETWORK.probed if NETWORK.probing else NETWORK.blocked).append(entry)
    raise NetworkBlocked(f"test tried to reach {host} ({event}); tests must stay on 127.0.0.1")


@contextmanager
def probing() -> Iterator[None]:
    """Attempts inside are the guard's own probes: blocked, but not held against the suite."""
    NETWORK.probing = True
    try:
        yield
    finally:
        NETWORK.probing = False


def pytest_configure(config: pytest.Config) -> None:
    if not _installed:
        sys.addaudithook(_audit)
        _installed.append(True)
    config._deepl_saved_env = {name: os.environ.pop(name, None) for name in _ISOLATED_ENV}
    home = tempfile.mkdtemp(prefix="feinschliff-home-")
    config._deepl_home = home
    os.environ["FEINSCHLIFF_HOME"] = home


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(getattr(config, "_deepl_home", ""), ignore_errors=True)
    for name, value in getattr(config, "_deepl_saved_env", {}).items():
        os.environ.pop(name, None)
        if value is not None:
            os.environ[name] = value


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    escaped = NETWORK.blocked
    if escaped:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"network guard: tests tried to leave 127.0.0.1: {sorted(set(escaped))}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def deepl_server() -> Iterator[DeepLServer]:
    """A fresh local DeepL-compatible server on 127.0.0.1 (random port), key ``TEST_KEY``."""
    with DeepLServer("127.0.0.1", 0, auth_key=TEST_KEY) as server:
        yield server


@pytest.fixture
def deepl_settings(deepl_server: DeepLServer) -> DeepLSettings:
    """Settings for the local server: no retries, 1 s timeout, quota checked for every job."""
    return DeepLSettings(auth_key=TEST_KEY, server_url=deepl_server.url, retries=0, timeout=1.0,
                         usage_check_chars=0)


@pytest.fixture
def deepl_env(deepl_server: DeepLServer, monkeypatch: pytest.MonkeyPatch) -> DeepLServer:
    """``DEEPL_AUTH_KEY`` / ``DEEPL_SERVER_URL`` pointing at the local server, for CLI tests."""
    monkeypatch.setenv("DEEPL_AUTH_KEY", TEST_KEY)
    monkeypatch.setenv("DEEPL_SERVER_URL", deepl_server.url)
    return deepl_server


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[TranslationMemory]:
    """An empty translation memory of its own (not seeded)."""
    with TranslationMemory(tmp_path / "memory.sqlite3") as store:
        yield store
