"""The re-translation stage: anything that turns sentences of one language into another.

Backends (DeepL, the translation memory, a user-supplied file) implement ``Translator``.
``texts`` are consecutive sentences of one document, so a backend may use neighbours as
context. The result has one entry per input text, in order; ``None`` marks a text the
backend could not translate (e.g. not in the translation memory), which the pipeline treats
as "no reference for this sentence" rather than failing the run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Translator(Protocol):
    name: str

    def translate(
        self, texts: Sequence[str], source_lang: str, target_lang: str
    ) -> list[str | None]: ...
