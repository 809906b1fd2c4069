"""The domain glossary as a DeepL v3 glossary, synchronised idempotently.

For DeepL a glossary is its (source, target) pairs, English -> German; forbidden renderings
and notes stay local. Every entry is checked before anything is sent (no control
characters, at most 1024 UTF-8 bytes a term, one target per source term, at most 10 MiB in
all); problems are reported with the file and line of the entry.

``sync_glossary`` looks the glossary up by name, replaces its dictionary only when the
content differs, creates it when missing, and remembers id and content hash in the
translation memory, so an unchanged glossary costs one listing request and no write.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import deepl
from deepl.api_data import MultilingualGlossaryDictionaryEntries

from ..errors import InputError
from ..glossary.model import Glossary
from .memory import TranslationMemory

SOURCE_LANG, TARGET_LANG = "EN", "DE"
MAX_TERM_BYTES = 1024
MAX_GLOSSARY_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DeepLGlossary:
    name: str
    entries: dict[str, str]
    source_lang: str = SOURCE_LANG
    target_lang: str = TARGET_LANG

    @property
    def content_hash(self) -> str:
        tsv = "\n".join(f"{s}\t{t}" for s, t in sorted(self.entries.items()))
        raw = f"{self.source_lang}>{self.target_lang}\n{tsv}".encode()
        return hashlib.sha256(raw).hexdigest()


def glossary_name(glossary: Glossary) -> str:
    """The name under which a glossary file lives at DeepL: ``feinschliff:<file stem>``."""
    stem = Path(glossary.path).stem if glossary.path else "glossary"
    return f"feinschliff:{stem}"


def _term_problem(term: str) -> str | None:
    try:
        deepl.validate_glossary_term(term)
    except ValueError:
        if not term:
            return "empty term"
        bad = next(c for c in term if ord(c) < 32 or 127 < ord(c) < 160 or c in "\u2028\u2029")
        return f"control character U+{ord(bad):04X} in '{term.strip()[:40]}'"
    size = len(term.encode())
    if size > MAX_TERM_BYTES:
        return f"term of {size} bytes, DeepL allows {MAX_TERM_BYTES}"
    return None


def deepl_glossary(glossary: Glossary, name: str | None = None) -> DeepLGlossary:
    """Validated (source -> target) pairs; raises ``InputError`` at the first bad entry,
    mentioning how many more there are, before anything is sent."""
    entries: dict[str, str] = {}
    first_seen: dict[str, str] = {}
    problems: list[tuple[str, int, str]] = []
    for entry in glossary.entries:
        source, target = entry.source.strip(), entry.target.strip()
        problem = _term_problem(source) or _term_problem(target)
        if problem is None and source in entries and entries[source] != target:
            problem = f"'{source}' already maps to '{entries[source]}' at {first_seen[source]}; DeepL allows one target a term"
        if problem:
            problems.append((entry.path or glossary.path, entry.line, problem))
            continue
        entries.setdefault(source, target)
        first_seen.setdefault(source, entry.where)
    if problems:
        path, line, message = problems[0]
        more = f" (and {len(problems) - 1} more: {', '.join(f'line {p[1]}' for p in problems[1:6])})" if len(problems) > 1 else ""
        raise InputError(f"glossary entry not accepted by DeepL: {message}{more}", path or None, line or None)
    size = sum(len(s.encode()) + len(t.encode()) + 2 for s, t in entries.items())
    if size > MAX_GLOSSARY_BYTES:
        raise InputError(f"glossary is {size / 1024 / 1024:.1f} MiB, DeepL accepts 10 MiB", glossary.path or None)
    return DeepLGlossary(name or glossary_name(glossary), entries)


def sync_glossary(
    client: deepl.DeepLClient, glossary: DeepLGlossary, memory: TranslationMemory | None, endpoint: str,
) -> tuple[str, bool]:
    """Make DeepL hold exactly this glossary; returns (glossary id, whether anything was written).

    Client exceptions propagate; the caller turns them into user errors."""
    if not glossary.entries:
        raise InputError(f"glossary {glossary.name} has no entries to send to DeepL")
    digest = glossary.content_hash
    record = memory.glossary_record(endpoint, glossary.name) if memory else None
    named = [g for g in client.list_multilingual_glossaries() if g.name == glossary.name]
    named.sort(key=lambda g: (record is None or g.glossary_id != record[0], -g.creation_time.timestamp()))
    dictionary = MultilingualGlossaryDictionaryEntries(glossary.source_lang, glossary.target_lang, glossary.entries)
    if not named:
        created = client.create_multilingual_glossary(glossary.name, [dictionary])
        _remember(memory, endpoint, glossary.name, created.glossary_id, digest)
        return created.glossary_id, True
    current = named[0]
    pair = next((d for d in current.dictionaries
                 if (d.source_lang, d.target_lang) == (glossary.source_lang, glossary.target_lang)), None)
    if pair is not None and record == (current.glossary_id, digest) and pair.entry_count == len(glossary.entries):
        return current.glossary_id, False
    if pair is not None:
        response = client.get_multilingual_glossary_entries(current, glossary.source_lang, glossary.target_lang)
        try:
            held = deepl.convert_tsv_to_dict(response.dictionaries[0].entries) if response.dictionaries else {}
        except ValueError:  # what DeepL holds cannot be read back: replace it
            held = {}
        if held == glossary.entries:
            _remember(memory, endpoint, glossary.name, current.glossary_id, digest)
            return current.glossary_id, False
    client.replace_multilingual_glossary_dictionary(current, dictionary)
    _remember(memory, endpoint, glossary.name, current.glossary_id, digest)
    return current.glossary_id, True


def _remember(memory: TranslationMemory | None, endpoint: str, name: str, glossary_id: str, digest: str) -> None:
    if memory is not None:
        memory.remember_glossary(endpoint, name, glossary_id, digest)
