"""Choose and build a re-translation backend; the entry points the CLI and the UI call.

- ``make_translator("memory")``: the translation memory, offline, seeded from the samples.
- ``make_translator("deepl", glossary=...)``: DeepL through the official client, answers
  cached in the memory, the glossary synchronised and used.
- ``make_translator("file", reference_path=...)``: a reference translation the user supplies.

DeepL settings come from the environment (``DEEPL_AUTH_KEY``, ``DEEPL_SERVER_URL``) and the
``[deepl]`` configuration table given as ``deepl_config``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import UsageError
from ..glossary.model import Glossary
from .deepl_backend import DeepLTranslator, UsageReport
from .deepl_settings import DeepLSettings, settings_from
from .file_backend import FileTranslator
from .memory import MemoryTranslator, TranslationMemory
from .memory_seed import open_memory
from .protocol import Translator

BACKENDS = ("memory", "deepl", "file")


def make_translator(
    kind: str,
    *,
    reference_path: str | os.PathLike[str] | None = None,
    reference_lang: str = "de",
    glossary: Glossary | None = None,
    glossary_name: str | None = None,
    memory: TranslationMemory | None = None,
    settings: DeepLSettings | None = None,
    deepl_config: Mapping[str, Any] | None = None,
) -> Translator:
    """A backend by name. Bad glossary entries and a missing key fail here, before any request."""
    if kind == "memory":
        return MemoryTranslator(memory or open_memory())
    if kind == "deepl":
        return open_deepl(settings, deepl_config=deepl_config, memory=memory, glossary=glossary,
                          glossary_name=glossary_name)
    if kind == "file":
        if reference_path is None:
            raise UsageError("the file backend needs a reference translation (--reference FILE)")
        return FileTranslator(reference_path, reference_lang, glossary)
    raise UsageError(f"unknown re-translation backend '{kind}' (choose {', '.join(BACKENDS)})")


def open_deepl(
    settings: DeepLSettings | None = None,
    *,
    deepl_config: Mapping[str, Any] | None = None,
    memory: TranslationMemory | None = None,
    glossary: Glossary | None = None,
    glossary_name: str | None = None,
) -> DeepLTranslator:
    """The DeepL backend with its cache (the default translation memory unless given)."""
    settings = settings or settings_from(deepl_config)
    return DeepLTranslator(settings, memory=memory or open_memory(seed=False), glossary=glossary,
                           glossary_name=glossary_name)


def push_glossary(
    glossary: Glossary,
    *,
    name: str | None = None,
    settings: DeepLSettings | None = None,
    memory: TranslationMemory | None = None,
) -> tuple[str, bool]:
    """Create or update the DeepL glossary for ``glossary``: (glossary id, whether it changed)."""
    return open_deepl(settings, memory=memory, glossary=glossary, glossary_name=name).push_glossary()


def rephrase(
    texts: Sequence[str],
    *,
    lang: str = "de",
    style: str | None = None,
    tone: str | None = None,
    settings: DeepLSettings | None = None,
    memory: TranslationMemory | None = None,
) -> list[str | None]:
    """DeepL Write suggestions, one per text (cached like translations)."""
    return open_deepl(settings, memory=memory).rephrase(texts, lang, style=style, tone=tone)


def usage(settings: DeepLSettings | None = None) -> UsageReport:
    """Characters used and the limit of this billing period."""
    return DeepLTranslator(settings or settings_from(None)).usage()
