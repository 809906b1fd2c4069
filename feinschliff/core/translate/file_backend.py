"""The file backend: a translation the user supplies (a professional or earlier DeepL
reference), served sentence by sentence.

The reference is one document, not a sentence list made for the texts asked for, so it is
aligned to them (bilingually when the texts are the English source, monolingually when
they are German). Each text gets the reference sentences of its alignment bead; when
several texts share a bead the first one gets the reference and the others ``None``.
Reference sentences no text aligns to are appended to the previous text's answer, so the
whole reference is used, in order.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from ..align import align
from ..errors import UsageError
from ..glossary.model import Glossary
from ..segment import split_sentences
from ..textio import read_text
from .memory import base_lang


class FileTranslator:
    """``Translator`` answering from a reference file in one language."""

    name = "file"

    def __init__(self, path: str | os.PathLike[str], lang: str = "de", glossary: Glossary | None = None):
        self.path = str(path)
        self.lang = base_lang(lang)
        self.sentences = [s.text for s in split_sentences(read_text(path), self.lang)]
        self._anchors = [(e.source, e.target) for e in glossary.entries] if glossary else []

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str | None]:
        if base_lang(target_lang) != self.lang:
            raise UsageError(
                f"the reference {self.path} is in '{self.lang}' and cannot serve a translation into "
                f"'{base_lang(target_lang)}'; use --retranslate memory or deepl for that direction"
            )
        if not texts:
            return []
        bilingual = base_lang(source_lang) != self.lang
        beads = align(self.sentences, list(texts), bilingual=bilingual, anchors=self._anchors if bilingual else ())
        results: list[str | None] = [None] * len(texts)
        leftover: list[str] = []
        last: int | None = None
        for bead in beads:
            reference = [self.sentences[i] for i in bead.a]
            if not bead.b:
                if last is None:
                    leftover.extend(reference)
                else:
                    results[last] = " ".join(filter(None, [results[last], *reference]))
                continue
            first = bead.b[0]
            if reference or leftover:
                results[first] = " ".join([*leftover, *reference])
                leftover = []
            last = first
        return results
