"""Load user files safely: one clear error naming the file and line, never a traceback.

The decoded text is kept exactly as given (a BOM stays as U+FEFF, CRLF stays), so character
offsets into it map back to the original bytes and an export can leave every other byte alone.

``file_bytes`` reads (and checks) a file once; ``shipped`` makes such contents stand in for
the files of the same names, so a document checked on another machine sees exactly the bytes
its client read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TextIO

from .errors import InputError

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 64 * MIB
BOM = "\ufeff"
_shipped: ContextVar[Mapping[str, bytes]] = ContextVar("shipped", default={})


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


@contextmanager
def shipped(files: Mapping[str, bytes]) -> Iterator[None]:
    """Within this block, a path named in ``files`` reads as those bytes, not from the disk."""
    token = _shipped.set(files)
    try:
        yield
    finally:
        _shipped.reset(token)


def file_bytes(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file; missing, directory, special and oversized files are refused."""
    name = str(path)
    if name in (files := _shipped.get()):
        return files[name]
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", name)
    if p.is_dir():
        raise InputError("is a directory, expected a text file", name)
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file ({special_kind(info.st_mode)}), expected a text file", name)
        size = info.st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size / MIB:.1f} MiB, above the limit of {max_bytes / MIB:.0f} MiB "
                "(raise it with --max-size, or split the file)",
                name,
            )
        return p.read_bytes()
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None


def read_text(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a UTF-8 text file (``file_bytes``); reject empty and binary files."""
    name = str(path)
    text = decode(file_bytes(path, max_bytes), name)
    if not text.strip(BOM + " \t\r\n\f\v\u00a0"):
        raise InputError("file is empty", name)
    return text


def special_kind(mode: int) -> str:
    """What a non-regular file is, for error messages."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return kind
    return "a special file"


def is_special(path: str | os.PathLike[str]) -> bool:
    """Does ``path`` exist as something other than a regular file (``/dev/null``, a FIFO,
    ``/dev/stdout``)? Such a target is written into, never replaced."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A UTF-8 text file that replaces ``path`` only once it is completely written: a crash
    or an error leaves either the old or the new content, never half.

    A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO) is
    opened and written into directly: renaming over it would swap the device for a file."""
    p = Path(path)
    if is_special(p):
        if p.is_dir():
            raise InputError("is a directory, cannot write a file there", str(p))
        with open(p, "w", encoding="utf-8", newline="") as fh:
            yield fh
        return
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
