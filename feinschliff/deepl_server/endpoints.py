"""The DeepL API endpoints the local server implements, answering as the real API does
(``billed_characters``, glossary ``creation_time``, error ``message`` fields, status codes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import deepl

from ..core.translate.memory import base_lang
from .state import GLOSSARY_LANGS, ServerState

MAX_TEXTS = 50
FORMALITY_TARGETS = {"DE", "FR", "IT", "ES", "NL", "PL", "PT-PT", "PT-BR", "JA", "RU"}
FORMALITIES = {"default", "more", "less", "prefer_more", "prefer_less"}
LANGUAGES = {"BG": "Bulgarian", "DE": "German", "EN": "English", "ES": "Spanish", "FR": "French",
             "IT": "Italian", "JA": "Japanese", "NL": "Dutch", "PL": "Polish", "PT": "Portuguese",
             "RU": "Russian", "ZH": "Chinese"}
TARGET_VARIANTS = {"EN": ("EN-GB", "EN-US"), "PT": ("PT-BR", "PT-PT")}


class ApiError(Exception):
    def __init__(self, status: int, message: str, detail: str | None = None):
        super().__init__(message)
        self.status, self.message, self.detail = status, message, detail

    def body(self) -> dict[str, str]:
        return {"message": self.message, **({"detail": self.detail} if self.detail else {})}


@dataclass(frozen=True, slots=True)
class Call:
    method: str
    parts: tuple[str, ...]  # path segments after the version, e.g. ("glossaries", id, "entries")
    query: dict[str, str]
    body: dict[str, Any]

    def param(self, name: str) -> Any:
        return self.body.get(name, self.query.get(name))


Endpoint = Callable[[ServerState, Call], tuple[int, Any]]


def _texts(call: Call) -> list[str]:
    texts = call.param("text")
    texts = [texts] if isinstance(texts, str) else texts
    if not texts or not all(isinstance(t, str) for t in texts):
        raise ApiError(400, "Parameter 'text' not specified.")
    if len(texts) > MAX_TEXTS:
        raise ApiError(413, f"Too many texts: at most {MAX_TEXTS} per request.")
    return texts


def _target(code: Any) -> str:
    code = str(code or "").upper()
    if code not in LANGUAGES and not any(code in v for v in TARGET_VARIANTS.values()):
        raise ApiError(400, "Value for 'target_lang' not supported.")
    return code


def translate(state: ServerState, call: Call) -> tuple[int, Any]:
    texts = _texts(call)
    target = _target(call.param("target_lang"))
    source = str(call.param("source_lang") or "").upper() or None
    if source is not None and source not in LANGUAGES:
        raise ApiError(400, "Value for 'source_lang' not supported.")
    formality = call.param("formality")
    if formality is not None and formality not in FORMALITIES:
        raise ApiError(400, "Value for 'formality' not supported.")
    if formality not in (None, "default", "prefer_more", "prefer_less") and target not in FORMALITY_TARGETS:
        raise ApiError(400, "'formality' is not supported for given 'target_lang'.")
    glossary: dict[str, str] = {}
    if call.param("glossary_id"):
        if source is None:
            raise ApiError(400, "Use of a glossary requires the 'source_lang' parameter to be specified.")
        stored = state.glossaries.get(call.param("glossary_id"))
        if stored is None:
            raise ApiError(400, "Invalid glossary id.")
        glossary = stored.dictionaries.get((source.lower(), base_lang(target)), {})
    billed = [len(t) for t in texts]
    if not state.bill(sum(billed)):
        raise ApiError(456, "Quota exceeded. The character limit has been reached.")
    translations = []
    for text, characters in zip(texts, billed):
        detected = source or state.phrases.detect(text).upper()
        item = {"detected_source_language": detected,
                "text": state.phrases.translate(text, detected, target, glossary),
                "billed_characters": characters}
        if call.param("model_type"):
            item["model_type_used"] = "quality_optimized" if "quality" in call.param("model_type") else "latency_optimized"
        translations.append(item)
    return 200, {"translations": translations}


def rephrase(state: ServerState, call: Call) -> tuple[int, Any]:
    if call.parts != ("write", "rephrase"):
        raise ApiError(404, "Not found.")
    texts = _texts(call)
    if call.param("writing_style") and call.param("tone"):
        raise ApiError(400, "Both writing_style and tone defined. Only one of them can be used.")
    target = call.param("target_lang")
    if not state.bill(sum(len(t) for t in texts)):
        raise ApiError(456, "Quota exceeded. The character limit has been reached.")
    improvements = []
    for text in texts:
        detected = state.phrases.detect(text)
        lang = base_lang(str(target)) if target else detected
        improvements.append({"text": state.phrases.rephrase(text, lang), "detected_source_language": detected,
                             "target_language": str(target).lower() if target else detected})
    return 200, {"improvements": improvements}


def usage(state: ServerState, call: Call) -> tuple[int, Any]:
    return 200, {"character_count": state.character_count, "character_limit": state.character_limit}


def languages(state: ServerState, call: Call) -> tuple[int, Any]:
    if call.param("type") == "target":
        codes = [v for code in LANGUAGES for v in TARGET_VARIANTS.get(code, (code,))]
        return 200, [{"language": c, "name": LANGUAGES[c.split("-")[0]],
                      "supports_formality": c in FORMALITY_TARGETS} for c in codes]
    return 200, [{"language": code, "name": name} for code, name in LANGUAGES.items()]


def glossary_pairs(state: ServerState, call: Call) -> tuple[int, Any]:
    pairs = [{"source_lang": s, "target_lang": t} for s in GLOSSARY_LANGS for t in GLOSSARY_LANGS if s != t]
    return 200, {"supported_languages": pairs}


def _dictionary(data: Any) -> tuple[tuple[str, str], dict[str, str]]:
    if not isinstance(data, dict):
        raise ApiError(400, "Invalid dictionary.")
    source, target = str(data.get("source_lang", "")).lower(), str(data.get("target_lang", "")).lower()
    if source not in GLOSSARY_LANGS or target not in GLOSSARY_LANGS or source == target:
        raise ApiError(400, "Unsupported glossary source and target language pair.")
    entries_format = data.get("entries_format", "tsv")
    convert = {"tsv": deepl.convert_tsv_to_dict, "csv": deepl.util.convert_csv_to_dict}.get(entries_format)
    if convert is None:
        raise ApiError(400, "Value for 'entries_format' not supported.")
    try:
        entries = convert(str(data.get("entries", "")))
    except (ValueError, IndexError) as exc:
        raise ApiError(400, "Invalid glossary entries provided.", str(exc)) from None
    if not entries:
        raise ApiError(400, "Invalid glossary entries provided.", "no entries")
    return (source, target), entries


def glossaries(state: ServerState, call: Call) -> tuple[int, Any]:
    """``/v3/glossaries[/{id}[/entries|/dictionaries]]``: create, list, get, entries, replace, delete."""
    if len(call.parts) == 1:
        if call.method == "GET":
            with state.lock:
                return 200, {"glossaries": [g.info() for g in state.glossaries.values()]}
        if call.method != "POST":
            raise ApiError(405, "Method not allowed.")
        name = call.param("name")
        dictionaries = call.param("dictionaries")
        if not name or not isinstance(dictionaries, list) or not dictionaries:
            raise ApiError(400, "Missing or invalid argument: name, dictionaries.")
        created = state.add_glossary(str(name), dict(_dictionary(d) for d in dictionaries))
        return 201, created.info()
    stored = state.glossaries.get(call.parts[1])
    if stored is None:
        raise ApiError(404, "Glossary not found.")
    action = call.parts[2] if len(call.parts) > 2 else None
    if action is None and call.method == "GET":
        return 200, stored.info()
    if action is None and call.method == "DELETE":
        with state.lock:
            del state.glossaries[stored.glossary_id]
        return 204, None
    if action == "entries" and call.method == "GET":
        pair = (str(call.param("source_lang") or "").lower(), str(call.param("target_lang") or "").lower())
        entries = stored.dictionaries.get(pair)
        if entries is None:
            raise ApiError(404, "Glossary dictionary not found.")
        return 200, {"dictionaries": [{"source_lang": pair[0], "target_lang": pair[1],
                                       "entries": deepl.convert_dict_to_tsv(entries), "entries_format": "tsv"}]}
    if action == "dictionaries" and call.method == "PUT":
        pair, entries = _dictionary(call.body)
        with state.lock:
            stored.dictionaries[pair] = entries
        return 200, {"source_lang": pair[0], "target_lang": pair[1], "entry_count": len(entries)}
    raise ApiError(405, "Method not allowed.")


ROUTES: dict[tuple[str, str], tuple[Endpoint, tuple[str, ...]]] = {
    ("v2", "translate"): (translate, ("POST",)),
    ("v2", "write"): (rephrase, ("POST",)),
    ("v2", "usage"): (usage, ("GET", "POST")),
    ("v2", "languages"): (languages, ("GET", "POST")),
    ("v2", "glossary-language-pairs"): (glossary_pairs, ("GET",)),
    ("v3", "glossaries"): (glossaries, ("GET", "POST", "PUT", "DELETE")),
}
