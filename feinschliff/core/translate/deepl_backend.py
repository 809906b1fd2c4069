"""The DeepL backend: the official ``deepl.DeepLClient`` behind the translation memory.

Every text is paid for once: answers are cached in the memory before the next request goes
out, so a job stopped by an error (quota, rate limit, network) keeps what it had received
and a re-run asks only for the rest. Large jobs are checked against the remaining quota
first. The domain glossary (English -> German) is synchronised before the first request
that can use it and sent with every such request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import deepl

from ..glossary.model import Glossary
from .deepl_batches import Batch, batch_context, plan_batches
from .deepl_errors import QuotaError, ServerError, user_error
from .deepl_glossary import DeepLGlossary, deepl_glossary, sync_glossary
from .deepl_settings import DeepLSettings, deepl_lang, make_client
from .memory import CacheEntry, TranslationMemory, base_lang, cache_key

T = TypeVar("T")
#: target languages for which DeepL accepts ``formality``
FORMALITY_LANGS = {"DE", "FR", "IT", "ES", "NL", "PL", "PT-PT", "PT-BR", "JA", "RU"}


@dataclass(frozen=True, slots=True)
class UsageReport:
    count: int | None
    limit: int | None

    @property
    def remaining(self) -> int | None:
        return None if self.count is None or self.limit is None else max(0, self.limit - self.count)

    def __str__(self) -> str:
        if self.count is None or self.limit is None:
            return "DeepL reports no character limit for this key"
        share = 100 * self.count / self.limit if self.limit else 100.0
        return (f"DeepL characters this billing period: {self.count:,} of {self.limit:,} used "
                f"({share:.1f} %), {self.remaining:,} left")


class DeepLTranslator:
    """``Translator`` for DeepL; also offers DeepL Write (``rephrase``) and ``usage``."""

    name = "deepl"

    def __init__(self, settings: DeepLSettings, *, memory: TranslationMemory | None = None,
                 glossary: Glossary | None = None, glossary_name: str | None = None):
        self.settings = settings
        self.memory = memory
        self.glossary: DeepLGlossary | None = deepl_glossary(glossary, glossary_name) if glossary else None
        self._client = make_client(settings)
        self._glossary_id: str | None = None
        self.requests = 0
        self.billed_characters = 0

    def _call(self, fn: Callable[..., T], *args: object, glossary_call: bool = False, kept: int = 0, **kwargs: object) -> T:
        self.requests += 1
        try:
            return fn(*args, **kwargs)
        except deepl.DeepLException as exc:
            raise user_error(exc, self.settings.auth_key, endpoint=self.settings.endpoint,
                             retries=self.settings.retries, timeout=self.settings.timeout,
                             glossary_call=glossary_call, kept=kept) from None

    # -- glossary and quota -------------------------------------------------------------------

    def push_glossary(self) -> tuple[str, bool]:
        """Synchronise the glossary with DeepL; (glossary id, whether anything was written)."""
        if self.glossary is None:
            raise ValueError("no glossary to push")
        self._glossary_id, changed = self._call(
            sync_glossary, self._client, self.glossary, self.memory, self.settings.endpoint, glossary_call=True)
        return self._glossary_id, changed

    def _glossary_for(self, source: str, target: str) -> tuple[str | None, str | None]:
        if self.glossary is None or not self.glossary.entries:
            return None, None
        if (source, base_lang(target).upper()) != (self.glossary.source_lang, self.glossary.target_lang):
            return None, None
        if self._glossary_id is None:
            self.push_glossary()
        return self._glossary_id, self.glossary.content_hash

    def usage(self) -> UsageReport:
        detail = self._call(self._client.get_usage).character
        return UsageReport(detail.count, detail.limit)

    def _check_quota(self, needed: int) -> None:
        report = self.usage()
        if report.remaining is not None and needed > report.remaining:
            raise QuotaError(
                f"this job needs {needed:,} DeepL characters but only {report.remaining:,} of {report.limit:,} "
                "are left in this billing period: shorten the input, raise the limit, or use --retranslate memory"
            )

    # -- translation and rephrasing -----------------------------------------------------------

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str | None]:
        source, target = deepl_lang(source_lang, target=False, settings=self.settings), \
            deepl_lang(target_lang, target=True, settings=self.settings)
        glossary_id, glossary_hash = self._glossary_for(source, target)
        options: dict[str, object] = {}
        if self.settings.formality and target in FORMALITY_LANGS:
            options["formality"] = self.settings.formality

        def request(batch: Batch, kept: int) -> list[str]:
            context = batch_context(texts, batch, self.settings.context_sentences)
            results = self._call(self._client.translate_text, list(batch.texts), source_lang=source,
                                 target_lang=target, context=context, glossary=glossary_id, kept=kept, **options)
            self.billed_characters += sum(r.billed_characters for r in results)
            return [r.text for r in results]

        return self._run(texts, "translate", source, target, options, glossary_id, glossary_hash, request)

    def rephrase(self, texts: Sequence[str], lang: str = "de", *, style: str | None = None,
                 tone: str | None = None) -> list[str | None]:
        """DeepL Write: a more fluent version of each text, in the same language."""
        target = deepl_lang(lang, target=True, settings=self.settings)
        options = {k: v for k, v in (("style", style), ("tone", tone)) if v}

        def request(batch: Batch, kept: int) -> list[str]:
            results = self._call(self._client.rephrase_text, list(batch.texts), target_lang=target,
                                 style=style, tone=tone, kept=kept)
            return [r.text for r in results]

        return self._run(texts, "rephrase", base_lang(target).upper(), target, options, None, None, request)

    def _run(self, texts: Sequence[str], kind: str, source: str, target: str, options: dict[str, object],
             glossary_id: str | None, glossary_hash: str | None,
             request: Callable[[Batch, int], list[str]]) -> list[str | None]:
        endpoint = self.settings.endpoint
        keys = [cache_key(t, source, target, kind=kind, endpoint=endpoint, options=options,
                          glossary_id=glossary_id, glossary_hash=glossary_hash) for t in texts]
        known = self.memory.cached(keys) if self.memory else {}
        results: list[str | None] = [t if not t.strip() else known.get(k) for t, k in zip(texts, keys)]
        pending = [t if r is None else "" for t, r in zip(texts, results)]
        batches = plan_batches(pending)
        needed = sum(b.characters for b in batches)
        if needed and needed >= self.settings.usage_check_chars:
            self._check_quota(needed)
        answers: dict[str, str] = {}
        for batch in batches:
            received = request(batch, len(answers))
            if len(received) != len(batch.texts):
                raise ServerError(f"DeepL answered {len(received)} texts for {len(batch.texts)}; try again later")
            if self.memory:
                self.memory.store(
                    CacheEntry(keys[i], kind, endpoint, base_lang(source), base_lang(target), t, r)
                    for i, t, r in zip(batch.positions, batch.texts, received))
            answers.update(zip(batch.texts, received))
        return [answers.get(t) if r is None else r for t, r in zip(texts, results)]
