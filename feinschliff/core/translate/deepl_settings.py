"""How to reach DeepL: key, server, network behaviour, request options.

The key comes from ``DEEPL_AUTH_KEY`` or the ``[deepl]`` table of the configuration, the
server from ``DEEPL_SERVER_URL`` or ``server_url`` there (for example the local server of
``feinschliff deepl-server``). The ``deepl`` client reads no environment itself.

Network behaviour lives in process-wide globals of the client library
(``deepl.http_client.max_network_retries`` / ``min_connection_timeout``). They are set once,
by ``configure_network``; nothing here wraps a second retry loop around the library's.
Defaults: 3 retries (back-off 1 s x 1.6 with jitter) and a 10 s timeout per attempt, so a dead
server gives up after about 45 s instead of the library's 60 s.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import deepl

from ..errors import InputError, UsageError
from .deepl_errors import MissingKeyError, scrub

DEEPL_PRO_URL = "https://api.deepl.com"
DEEPL_FREE_URL = "https://api-free.deepl.com"  # the client's choice for keys ending in ":fx"
DEFAULT_RETRIES = 3
DEFAULT_TIMEOUT = 10.0
DEFAULT_USAGE_CHECK_CHARS = 5_000
FORMALITIES = ("default", "more", "less", "prefer_more", "prefer_less")
_CONFIG_KEYS = {
    "auth_key", "server_url", "retries", "timeout", "formality", "english",
    "usage_check_chars", "context_sentences",
}


@dataclass(frozen=True, slots=True)
class DeepLSettings:
    auth_key: str = field(default="", repr=False)
    server_url: str | None = None
    retries: int = DEFAULT_RETRIES
    timeout: float = DEFAULT_TIMEOUT
    formality: str | None = None
    english: str = "EN-US"  # DeepL needs a variant when English is the target
    usage_check_chars: int = DEFAULT_USAGE_CHECK_CHARS
    context_sentences: int = 2

    @property
    def endpoint(self) -> str:
        """The server every request goes to (the official API when none is configured)."""
        if self.server_url:
            return self.server_url.rstrip("/")
        return DEEPL_FREE_URL if deepl.util.auth_key_is_free_account(self.auth_key) else DEEPL_PRO_URL


def settings_from(
    config: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_path: str = "configuration",
) -> DeepLSettings:
    """Settings from the environment first, then the ``[deepl]`` configuration table."""
    env = os.environ if env is None else env
    table = dict(config or {})
    unknown = sorted(set(table) - _CONFIG_KEYS)
    if unknown:
        raise InputError(f"deepl.{unknown[0]}: unknown key (known: {', '.join(sorted(_CONFIG_KEYS))})", config_path)
    formality = table.get("formality")
    if formality is not None and formality not in FORMALITIES:
        raise InputError(f"deepl.formality must be one of {', '.join(FORMALITIES)}", config_path)
    english = str(table.get("english", "EN-US")).upper()
    if english not in ("EN-US", "EN-GB"):
        raise InputError("deepl.english must be EN-US or EN-GB", config_path)
    server_url = env.get("DEEPL_SERVER_URL") or table.get("server_url") or None
    if server_url is not None:
        parts = urlsplit(str(server_url))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"DEEPL_SERVER_URL must be an http(s) URL such as http://127.0.0.1:8000, not '{server_url}'")
    return DeepLSettings(
        auth_key=(env.get("DEEPL_AUTH_KEY") or str(table.get("auth_key", ""))).strip(),
        server_url=server_url,
        retries=_number(table, "retries", DEFAULT_RETRIES, int, config_path),
        timeout=_number(table, "timeout", DEFAULT_TIMEOUT, float, config_path),
        formality=formality,
        english=english,
        usage_check_chars=_number(table, "usage_check_chars", DEFAULT_USAGE_CHECK_CHARS, int, config_path),
        context_sentences=_number(table, "context_sentences", 2, int, config_path),
    )


def _number(table: Mapping[str, Any], key: str, default: Any, kind: type, config_path: str) -> Any:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise InputError(f"deepl.{key} must be a number >= 0", config_path)
    return kind(value)


def configure_network(settings: DeepLSettings) -> None:
    """Set the client library's process-wide retry count and per-attempt timeout."""
    deepl.http_client.max_network_retries = settings.retries
    deepl.http_client.min_connection_timeout = settings.timeout


def make_client(settings: DeepLSettings) -> deepl.DeepLClient:
    """The official client for these settings; refuses to start without a key."""
    if not settings.auth_key:
        raise MissingKeyError(
            "no DeepL key: export DEEPL_AUTH_KEY (or DEEPL_SERVER_URL and the key of a compatible "
            "server such as `feinschliff deepl-server`), or use --retranslate memory"
        )
    configure_network(settings)
    _hide_key_in_log(settings.auth_key)
    return deepl.DeepLClient(settings.auth_key, server_url=settings.server_url, send_platform_info=False)


class _KeyScrubber(logging.Filter):
    """Removes a key from every record of the ``deepl`` logger (its debug log shows bodies)."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message, self.key)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def _hide_key_in_log(key: str) -> None:
    logger = logging.getLogger("deepl")
    if not any(isinstance(f, _KeyScrubber) and f.key == key for f in logger.filters):
        logger.addFilter(_KeyScrubber(key))


def deepl_lang(code: str, *, target: bool, settings: DeepLSettings) -> str:
    """``en``/``de-DE``/``EN`` -> the code DeepL expects (``EN-US`` for an English target)."""
    base = code.strip().upper().replace("_", "-")
    if target:
        if base == "EN":
            return settings.english
        if base == "PT":
            return "PT-PT"
        return base if base in ("EN-US", "EN-GB", "PT-PT", "PT-BR") or "-" not in base else base.split("-")[0]
    return base.split("-")[0]

