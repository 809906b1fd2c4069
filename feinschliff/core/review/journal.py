"""The review session: a durable journal of decisions next to the input file.

``<input>.feinschliff-session.sqlite`` is an SQLite database in WAL mode with
``synchronous=FULL``: every decision is committed (and fsynced) before the caller shows it,
so killing the process at any moment loses nothing that was shown as done. The journal is
append-only: each user command is one *step* (one or more action rows sharing a step
number); undo and redo are rows of their own, so the undo history survives a restart too.
The session also keeps the input's content hash and the editor's cursor. It is locked while
open, so a second editor (or an export) on the same input is refused instead of interleaving.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..errors import InputError
from .state import ACTIONS, Action, Step

SUFFIX = ".feinschliff-session.sqlite"
SCHEMA_VERSION = 1
LOCK_TIMEOUT_SECONDS = 2.0
UNDO, REDO = "undo", "redo"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    step INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ({", ".join(repr(a) for a in (*ACTIONS, UNDO, REDO))})),
    segment INTEGER,
    issue_id TEXT,
    text TEXT,
    anchor TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal_archive AS SELECT * FROM journal WHERE 0;
"""


def session_path(input_path: str | Path) -> Path:
    path = Path(input_path)
    return path.with_name(path.name + SUFFIX)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Session:
    """Open (or create) the session of one input. ``changed`` tells whether the input's
    content differs from the one the session was made for."""

    def __init__(self, path: str | Path, input_hash: str):
        self.path = Path(path)
        self._closed = False
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_TIMEOUT_SECONDS,
                                       check_same_thread=False)
            self._db.execute("PRAGMA locking_mode=EXCLUSIVE")  # one editor per session, held until closed
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            version = int(self.meta("schema", str(SCHEMA_VERSION)))
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise InputError("the review session is open in another feinschliff (quit it first)",
                                 str(self.path)) from None
            raise InputError(f"cannot open the review session: {exc}", str(self.path)) from None
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a usable review session ({exc}); move it away to start afresh", str(self.path)) from None
        if version > SCHEMA_VERSION:
            raise InputError(f"session schema {version} is newer than this feinschliff supports", str(self.path))
        stored = self.meta("input_sha256")
        self.changed = stored is not None and stored != input_hash
        self.input_hash = input_hash
        if stored is None:
            self._set_meta({"schema": str(SCHEMA_VERSION), "input_sha256": input_hash, "created": _now()})

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._db.close()
        self._closed = True

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (everything is durable already)."""
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise InputError(f"cannot write to the review session: {exc}", str(self.path)) from None

    # -- metadata and cursor --------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, values: dict[str, str]) -> None:
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())

    def save_cursor(self, segment: int, issue: str | None) -> None:
        self._set_meta({"cursor_segment": str(segment), "cursor_issue": issue or ""})

    def cursor(self) -> tuple[int, str | None]:
        return int(self.meta("cursor_segment", "0") or 0), (self.meta("cursor_issue") or None)

    def accept_input(self) -> None:
        """The current input becomes the one the session belongs to (after re-attaching)."""
        self._set_meta({"input_sha256": self.input_hash})
        self.changed = False

    # -- the journal ------------------------------------------------------------------------

    def record(self, step: Step, cursor: tuple[int, str | None] | None = None) -> None:
        """Append one step (and the cursor) in one durable transaction."""
        with self._transaction():
            self._insert(step)
            if cursor is not None:
                self._write_cursor(cursor)

    def _insert(self, step: Step) -> None:
        at, number = _now(), self._next_step()
        self._db.executemany(
            "INSERT INTO journal (step, action, segment, issue_id, text, anchor, detail, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(number, a.kind, a.segment, a.issue_id, a.text, a.anchor, a.detail, at) for a in step],
        )

    def record_undo(self) -> None:
        self._record_marker(UNDO)

    def record_redo(self) -> None:
        self._record_marker(REDO)

    def _record_marker(self, kind: str) -> None:
        with self._transaction():
            self._insert_marker(kind)

    def _insert_marker(self, kind: str) -> None:
        self._db.execute("INSERT INTO journal (step, action, at) VALUES (?, ?, ?)", (self._next_step(), kind, _now()))

    def _write_cursor(self, cursor: tuple[int, str | None]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("cursor_segment", str(cursor[0])), ("cursor_issue", cursor[1] or "")])

    def _next_step(self) -> int:
        return int(self._db.execute("SELECT COALESCE(MAX(step), 0) + 1 FROM journal").fetchone()[0])

    def steps(self) -> list[tuple[str, Step]]:
        """The raw journal: ("do", step) or ("undo"/"redo", ()) in order."""
        rows = self._db.execute(
            "SELECT step, action, segment, issue_id, text, anchor, detail FROM journal ORDER BY seq"
        ).fetchall()
        out: list[tuple[str, Step]] = []
        current = None
        for number, kind, segment, issue_id, text, anchor, detail in rows:
            if kind in (UNDO, REDO):
                out.append((kind, ()))
                current = None
                continue
            action = Action(kind, segment, issue_id, text, anchor, detail)
            if current == number:
                out[-1] = ("do", out[-1][1] + (action,))
            else:
                out.append(("do", (action,)))
                current = number
        return out

    def history(self) -> tuple[list[Step], list[Step]]:
        """(done, undone): the steps in effect, and the redo stack (next redo last)."""
        done: list[Step] = []
        undone: list[Step] = []
        for kind, step in self.steps():
            if kind == "do":
                done.append(step)
                undone.clear()
            elif kind == UNDO and done:
                undone.append(done.pop())
            elif kind == REDO and undone:
                done.append(undone.pop())
        return done, undone

    def compact(self, done: list[Step], undone: list[Step]) -> None:
        """Replace the journal by the given history (after re-attaching to a changed input);
        the previous rows stay in ``journal_archive``."""
        with self._transaction():
            self._db.execute("INSERT INTO journal_archive SELECT * FROM journal")
            self._db.execute("DELETE FROM journal")
            for step in done + undone[::-1]:
                self._insert(step)
            for _ in undone:
                self._insert_marker(UNDO)
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('input_sha256', ?)", (self.input_hash,))
        self.changed = False


class _Transaction:
    """One durable write; a failure (disk full, file removed...) rolls back and becomes an
    ``InputError``, so the caller shows it and does not apply what was not saved."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self._db = db
        self._path = path

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise InputError(f"cannot write to the review session: {exc}", str(self._path)) from None

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        except sqlite3.Error as error:
            raise InputError(f"cannot write to the review session: {error}", str(self._path)) from None
        if isinstance(exc, sqlite3.Error):
            raise InputError(f"cannot write to the review session: {exc}", str(self._path)) from None
        return False
