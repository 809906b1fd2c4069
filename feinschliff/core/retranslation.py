"""The re-translation stage: references made by a translation backend.

Sentences a backend cannot translate (e.g. not in the translation memory) keep a placeholder
so the sentence structure stays intact for alignment, and are listed as *missing*: segments
built from them get no reference text, rather than a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Sentence, Text
from .translate.protocol import Translator


@dataclass(frozen=True, slots=True)
class Reference:
    text: Text
    mode: str
    backend: str | None
    missing: frozenset[int]

    @property
    def by_construction(self) -> bool:
        """Re-translated sentence by sentence: sentence i renders source sentence i."""
        return self.backend is not None


@dataclass(frozen=True, slots=True)
class RoundTrip:
    source: Text
    reference: Text
    missing_source: frozenset[int]
    missing_reference: frozenset[int]


def sentences_text(path: str, lang: str, texts: Sequence[str]) -> Text:
    """A Text whose sentences are the given strings, one per line."""
    sentences, offset = [], 0
    for i, sentence in enumerate(texts):
        sentences.append(Sentence(i, sentence, offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return Text(path, "\n".join(texts), lang, tuple(sentences))


def _fill(results: Sequence[str | None], fallback: Sequence[str]) -> tuple[list[str], frozenset[int]]:
    missing = frozenset(i for i, text in enumerate(results) if text is None)
    return [fallback[i] if text is None else text for i, text in enumerate(results)], missing


def _warn_missing(warnings: list[str], name: str, missing: int, total: int, what: str) -> None:
    if missing:
        warnings.append(f"{name}: {missing} of {total} sentences could not be translated ({what}); "
                        "those segments are checked without a reference")


def translate_source(source: Text, translator: Translator, target_lang: str, warnings: list[str]) -> Reference | None:
    texts = [s.text for s in source.sentences]
    results = translator.translate(texts, source.lang, target_lang)
    filled, missing = _fill(results, texts)
    if len(missing) == len(texts):
        warnings.append(f"{translator.name}: none of the {len(texts)} source sentences could be translated; "
                        "aligning against the source only")
        return None
    _warn_missing(warnings, translator.name, len(missing), len(texts), f"{source.lang}→{target_lang}")
    text = sentences_text(f"<{translator.name} re-translation of {source.path}>", target_lang, filled)
    return Reference(text, "retranslated", translator.name, missing)


def round_trip(target: Text, translator: Translator, source_lang: str, warnings: list[str]) -> RoundTrip | None:
    """Back-translate the MT to the source language, then translate that back again."""
    texts = [s.text for s in target.sentences]
    back, missing_back = _fill(translator.translate(texts, target.lang, source_lang), texts)
    if len(missing_back) == len(texts):
        warnings.append(f"{translator.name}: none of the {len(texts)} sentences could be back-translated; "
                        "checking without a reference")
        return None
    _warn_missing(warnings, translator.name, len(missing_back), len(texts), f"{target.lang}→{source_lang}")
    available = [i for i in range(len(texts)) if i not in missing_back]
    forward = translator.translate([back[i] for i in available], source_lang, target.lang)
    results: list[str | None] = [None] * len(texts)
    for i, text in zip(available, forward):
        results[i] = text
    filled, missing_forward = _fill(results, texts)
    _warn_missing(warnings, translator.name, len(missing_forward - missing_back), len(available),
                  f"{source_lang}→{target.lang}")
    return RoundTrip(
        sentences_text(f"<{translator.name} back-translation of {target.path}>", source_lang, back),
        sentences_text(f"<{translator.name} round trip of {target.path}>", target.lang, filled),
        missing_back,
        missing_forward,
    )
