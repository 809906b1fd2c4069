"""The translation memory: one SQLite file (WAL) holding two kinds of rows.

- ``units``: plain translation units, source text + languages -> target, imported from TMX
  or seeded from the shipped samples. A lookup ignores differences in whitespace.
- ``cache``: every answer DeepL gave, under a key over the text, the languages, the
  options, the server, the glossary id *and* the glossary content, so editing a glossary
  never serves a stale translation. Answers of a DeepL-compatible server on this machine
  (the offline demo server) stay in the cache of that server only.

Each write commits at once, so an interrupted job keeps everything it had received.
The file lives in ``$FEINSCHLIFF_HOME`` or the user cache directory unless a path is given.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from ..errors import InputError

MEMORY_FILE = "memory.sqlite3"
SEED_PREFIX = "seed:"
_CHUNK = 500  # keys per query, under SQLite's variable limit
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
    source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, source_key TEXT NOT NULL,
    source TEXT NOT NULL, target TEXT NOT NULL, origin TEXT NOT NULL, added REAL NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source_key, origin));
CREATE TABLE IF NOT EXISTS cache (
    key TEXT PRIMARY KEY, kind TEXT NOT NULL, endpoint TEXT NOT NULL, local INTEGER NOT NULL,
    source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, source_key TEXT NOT NULL,
    source TEXT NOT NULL, target TEXT NOT NULL, added REAL NOT NULL);
CREATE INDEX IF NOT EXISTS cache_text ON cache (source_lang, target_lang, source_key);
CREATE TABLE IF NOT EXISTS glossaries (
    endpoint TEXT NOT NULL, name TEXT NOT NULL, glossary_id TEXT NOT NULL,
    content_hash TEXT NOT NULL, pushed REAL NOT NULL, PRIMARY KEY (endpoint, name));
"""


def default_memory_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    home = env.get("FEINSCHLIFF_HOME")
    base = Path(home) if home else Path(platformdirs.user_cache_dir("feinschliff", appauthor=False))
    return base / MEMORY_FILE


def base_lang(code: str) -> str:
    """``EN-US`` -> ``en``: the language a unit is filed under."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def normalize(text: str) -> str:
    """The lookup form of a text: NFC, whitespace runs collapsed, ends stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def cache_key(text: str, source_lang: str, target_lang: str, *, kind: str, endpoint: str,
              options: Mapping[str, object], glossary_id: str | None, glossary_hash: str | None) -> str:
    payload = json.dumps(
        [kind, text, source_lang, target_lang, endpoint, dict(sorted(options.items())), glossary_id, glossary_hash],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def is_local(endpoint: str) -> bool:
    host = (urlsplit(endpoint).hostname or "").lower()
    return host in ("localhost", "::1") or host.startswith("127.")


@dataclass(frozen=True, slots=True)
class Unit:
    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str


@dataclass(frozen=True, slots=True)
class CacheEntry:
    key: str
    kind: str
    endpoint: str
    source_lang: str
    target_lang: str
    source: str
    target: str


class TranslationMemory:
    """A translation memory file; safe to share between threads of one process."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a usable translation memory ({exc}); choose another file with --memory",
                             str(self.path)) from None
        except OSError as exc:
            raise InputError(f"cannot create the translation memory: {exc.strerror or exc}", str(self.path)) from None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _write(self, sql: str, rows: Iterable[Sequence[object]], *, before: Sequence[tuple[str, Sequence[object]]] = ()) -> int:
        """Run ``before`` statements and ``sql`` for every row in one transaction."""
        with self._lock:
            cursor = self._db.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                for statement, params in before:
                    cursor.execute(statement, params)
                cursor.executemany(sql, rows)
                count = cursor.rowcount
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            return count

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- plain translation units -------------------------------------------------------------

    def add_units(self, units: Iterable[Unit], *, replace_origin: str | None = None) -> int:
        """Store units (a unit with the same source, languages and origin is replaced);
        with ``replace_origin``, the units of that origin are dropped in the same transaction."""
        now = time.time()
        rows = [(base_lang(u.source_lang), base_lang(u.target_lang), normalize(u.source), u.source.strip(), u.target.strip(), u.origin, now)
                for u in units if u.source.strip() and u.target.strip()]
        before = [("DELETE FROM units WHERE origin = ?", (replace_origin,))] if replace_origin else []
        return self._write("INSERT OR REPLACE INTO units VALUES (?, ?, ?, ?, ?, ?, ?)", rows, before=before)

    def units(self, source_lang: str | None = None, target_lang: str | None = None) -> Iterator[Unit]:
        rows = self._query(
            "SELECT source_lang, target_lang, source, target, origin FROM units "
            "WHERE (?1 IS NULL OR source_lang = ?1) AND (?2 IS NULL OR target_lang = ?2) "
            "ORDER BY origin, rowid",
            (source_lang, target_lang),
        )
        return (Unit(*row) for row in rows)

    def lookup(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str | None]:
        """Best target per text: a user unit, then a seeded unit (newest first), then a remote
        DeepL answer."""
        languages = (base_lang(source_lang), base_lang(target_lang))
        keys = [normalize(text) for text in texts]
        best = self._newest(
            "SELECT source_key, target, origin LIKE 'seed:%', added FROM units "
            "WHERE source_lang = ? AND target_lang = ? AND source_key IN ({marks})", languages, keys)
        best.update(self._newest(
            "SELECT source_key, target, 0, added FROM cache WHERE kind = 'translate' AND local = 0 "
            "AND source_lang = ? AND target_lang = ? AND source_key IN ({marks})",
            languages, [key for key in keys if key not in best]))
        return [best.get(key) for key in keys]

    def _newest(self, sql: str, params: tuple, keys: Sequence[str]) -> dict[str, str]:
        """Per key, the target of the newest non-seeded row, else of the newest seeded one."""
        chosen: dict[str, tuple[tuple[int, float], str]] = {}
        for key, target, seeded, added in self._in_chunks(sql, params, keys):
            rank = (-seeded, added)
            if key not in chosen or rank > chosen[key][0]:
                chosen[key] = (rank, target)
        return {key: target for key, (_rank, target) in chosen.items()}

    def _in_chunks(self, sql: str, params: tuple, keys: Sequence[str]) -> Iterator[tuple]:
        """Rows of ``sql``, whose ``{marks}`` stands for a list of keys, over all ``keys``."""
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            yield from self._query(sql.format(marks=",".join("?" * len(chunk))), (*params, *chunk))

    # -- DeepL answers ------------------------------------------------------------------------

    def cached(self, keys: Sequence[str]) -> dict[str, str]:
        return dict(self._in_chunks("SELECT key, target FROM cache WHERE key IN ({marks})", (), keys))

    def store(self, entries: Iterable[CacheEntry]) -> int:
        now = time.time()
        rows = [(e.key, e.kind, e.endpoint, int(is_local(e.endpoint)), e.source_lang, e.target_lang,
                 normalize(e.source), e.source, e.target, now) for e in entries]
        return self._write("INSERT OR REPLACE INTO cache VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- glossaries pushed to DeepL and bookkeeping -------------------------------------------

    def glossary_record(self, endpoint: str, name: str) -> tuple[str, str] | None:
        rows = self._query("SELECT glossary_id, content_hash FROM glossaries WHERE endpoint = ? AND name = ?",
                           (endpoint, name))
        return rows[0] if rows else None

    def remember_glossary(self, endpoint: str, name: str, glossary_id: str, content_hash: str) -> None:
        self._write("INSERT OR REPLACE INTO glossaries VALUES (?, ?, ?, ?, ?)",
                    [(endpoint, name, glossary_id, content_hash, time.time())])

    def meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO meta VALUES (?, ?)", [(key, value)])

    def counts(self) -> dict[str, int]:
        return {
            "units": self._query("SELECT COUNT(*) FROM units")[0][0],
            "cache": self._query("SELECT COUNT(*) FROM cache")[0][0],
            "glossaries": self._query("SELECT COUNT(*) FROM glossaries")[0][0],
        }


class MemoryTranslator:
    """``Translator`` answering from the translation memory alone: no network, no key.
    A text the memory does not hold gets ``None``."""

    name = "memory"

    def __init__(self, memory: TranslationMemory):
        self.memory = memory

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str | None]:
        return self.memory.lookup(texts, source_lang, target_lang)
