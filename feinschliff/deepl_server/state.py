"""What the local server remembers: glossaries, characters used, the requests it received
and the faults it was told to inject."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from .phrases import PhraseTable

GLOSSARY_LANGS = ("de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru", "zh")


@dataclass(frozen=True, slots=True)
class Fault:
    """Instead of answering a matching request: wait ``delay`` seconds, or never answer
    (``hang``), then answer ``status`` with ``message`` if given. ``times`` limits how many
    requests it applies to (``None``: all)."""

    path: str
    method: str | None = None
    status: int | None = None
    message: str = ""
    delay: float = 0.0
    hang: bool = False
    times: int | None = None


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    authorized: bool

    @property
    def writes(self) -> bool:
        return self.method in ("POST", "PUT", "PATCH", "DELETE")


@dataclass(slots=True)
class StoredGlossary:
    glossary_id: str
    name: str
    creation_time: str
    dictionaries: dict[tuple[str, str], dict[str, str]]

    def info(self) -> dict[str, Any]:
        return {
            "glossary_id": self.glossary_id,
            "name": self.name,
            "dictionaries": [
                {"source_lang": s, "target_lang": t, "entry_count": len(entries)}
                for (s, t), entries in self.dictionaries.items()
            ],
            "creation_time": self.creation_time,
        }


def timestamp() -> str:
    """The form DeepL uses: ``2025-08-03T14:16:18.329Z``."""
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


@dataclass(slots=True)
class ServerState:
    auth_key: str
    phrases: PhraseTable
    character_limit: int = 500_000
    character_count: int = 0
    glossaries: dict[str, StoredGlossary] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def record(self, request: RecordedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def take_fault(self, method: str, path: str) -> Fault | None:
        """The first fault matching the request, counting it against its ``times``."""
        with self.lock:
            for index, fault in enumerate(self.faults):
                if path.startswith(fault.path) and fault.method in (None, method):
                    if fault.times is not None:
                        left = fault.times - 1
                        if left:
                            self.faults[index] = replace(fault, times=left)
                        else:
                            del self.faults[index]
                    return fault
        return None

    def bill(self, characters: int) -> bool:
        """Count characters against the limit; False (and nothing counted) when they do not fit."""
        with self.lock:
            if self.character_count + characters > self.character_limit:
                return False
            self.character_count += characters
            return True

    def add_glossary(self, name: str, dictionaries: dict[tuple[str, str], dict[str, str]]) -> StoredGlossary:
        glossary = StoredGlossary(str(uuid.uuid4()), name, timestamp(), dictionaries)
        with self.lock:
            self.glossaries[glossary.glossary_id] = glossary
        return glossary
