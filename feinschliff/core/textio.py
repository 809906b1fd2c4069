"""Load user files safely: one clear error naming the file and line, never a traceback.

The decoded text is kept exactly as given (a BOM stays as U+FEFF, CRLF stays), so character
offsets into it map back to the original bytes and an export can leave every other byte alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .errors import InputError

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 64 * MIB
BOM = "\ufeff"


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 strictly; refuse binary data. Errors name the line."""
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError("binary file (NUL byte), expected UTF-8 text", path, data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            f"invalid UTF-8 at column {column} (byte 0x{bad}); save the file as UTF-8", path, line
        ) from None


def read_text(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a UTF-8 text file; reject missing, directory, empty, oversized and binary files."""
    name = str(path)
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", name)
    if p.is_dir():
        raise InputError("is a directory, expected a text file", name)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size / MIB:.1f} MiB, above the limit of {max_bytes / MIB:.0f} MiB "
                "(raise it with --max-size, or split the file)",
                name,
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    text = decode(data, name)
    if not text.strip(BOM + " \t\r\n\f\v\u00a0"):
        raise InputError("file is empty", name)
    return text


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A UTF-8 text file that replaces ``path`` only once it is completely written: a crash
    or an error leaves either the old or the new content, never half."""
    p = Path(path)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, p)
    try:
        dir_fd = os.open(p.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write a whole file atomically (see ``atomic_writer``)."""
    with atomic_writer(path) as fh:
        fh.write(text)
