"""What the local server answers, offline and deterministic.

Translations come from a phrase table: the sentence pairs of the shipped sample seed in
both directions (English source -> German reference, garbled German MT -> English source).
A sentence the table does not hold comes back **unchanged except for glossary terms**: every
source term of the glossary in use is replaced by its target (whole words, longest first,
ignoring case). That is no translation, and is not meant to be one: it lets DeepL mode run
end to end offline and makes the glossary's effect visible.

DeepL Write (rephrase) answers the professional German reference for a garbled MT sentence
of the samples, and otherwise a typographic clean-up: whitespace runs collapsed, no space
before punctuation, ``...`` as ``…`` and, in German, straight double quotes as „…“.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..core.translate.memory import Unit, base_lang, normalize
from ..core.translate.memory_seed import SEED_DIR, seed_files
from ..core.translate.memory_tmx import read_tmx

_GERMAN = re.compile(r"[äöüß]|\b(?:der|die|das|und|ist|nicht|mit|ein|eine|von|für|auf|sich|den|dem)\b", re.I)
_ENGLISH = re.compile(r"\b(?:the|and|is|of|to|with|a|an|for|on|that|this|its|are|was)\b", re.I)
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?…])")
_STRAIGHT_QUOTES = re.compile(r"\"([^\"]+)\"")


@dataclass(slots=True)
class PhraseTable:
    pairs: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    rewrites: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_units(cls, units: Iterable[Unit]) -> PhraseTable:
        table = cls()
        for unit in units:
            pair = (base_lang(unit.source_lang), base_lang(unit.target_lang))
            table.pairs.setdefault(pair, {}).setdefault(normalize(unit.source), unit.target)
        to_source = table.pairs.get(("de", "en"), {})
        to_reference = table.pairs.get(("en", "de"), {})
        for mt, source in to_source.items():
            reference = to_reference.get(normalize(source))
            if reference is not None:
                table.rewrites[mt] = reference
        return table

    @classmethod
    def from_seed(cls, seed_dir: Path = SEED_DIR) -> PhraseTable:
        return cls.from_units(unit for path in seed_files(seed_dir) for unit in read_tmx(path))

    def __len__(self) -> int:
        return sum(len(pairs) for pairs in self.pairs.values())

    def detect(self, text: str) -> str:
        """Source language of a text: from the table if it holds the text, else by common words."""
        key = normalize(text)
        for (source, _target), pairs in self.pairs.items():
            if key in pairs:
                return source
        return "de" if len(_GERMAN.findall(text)) > len(_ENGLISH.findall(text)) else "en"

    def translate(self, text: str, source_lang: str, target_lang: str, glossary: Mapping[str, str]) -> str:
        found = self.pairs.get((base_lang(source_lang), base_lang(target_lang)), {}).get(normalize(text))
        if found is not None:
            return found
        return apply_glossary(text, glossary)

    def rephrase(self, text: str, lang: str) -> str:
        found = self.rewrites.get(normalize(text)) if base_lang(lang) == "de" else None
        return found if found is not None else tidy(text, lang)


def apply_glossary(text: str, glossary: Mapping[str, str]) -> str:
    """Replace glossary source terms by their targets: whole words, longest first, any case."""
    if not glossary:
        return text
    terms = sorted(glossary, key=len, reverse=True)
    lowered = {term.lower(): glossary[term] for term in terms}
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.I)
    return pattern.sub(lambda m: lowered[m.group().lower()], text)


def tidy(text: str, lang: str) -> str:
    """The deterministic clean-up used as DeepL Write answer for unknown text."""
    result = " ".join(text.split())
    result = _SPACE_BEFORE.sub(r"\1", result).replace("...", "…")
    if base_lang(lang) == "de":
        result = _STRAIGHT_QUOTES.sub("„\\1“", result)
    return result
