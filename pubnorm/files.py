"""Reading input and configuration files safely: regular files only, never more than a limit."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class FileReadError(Exception):
    """A file that is not read: not a regular file, too large, or unreadable; the message says which."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, kind in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "a special file"


def read_regular(path: str | Path, limit: int, hint: str = "") -> bytes:
    """The bytes of a regular file (following symlinks) of at most `limit` bytes. Devices, FIFOs and sockets
    are refused before any read (a FIFO is opened without waiting for a writer), so nothing hangs or reads
    forever; hint is added to the message for a file over the limit."""
    name = os.fspath(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        fd = os.open(name, flags)
    except IsADirectoryError as e:
        raise FileReadError(name, "is a directory") from e
    except OSError as e:
        raise FileReadError(name, f"cannot read: {e.strerror or e}") from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise FileReadError(name, "is a directory")
            link = f" (a link to {os.path.realpath(name)})" if os.path.islink(name) else ""
            raise FileReadError(name, f"{file_kind(st.st_mode)}{link}, not a regular file: not read")
        if st.st_size > limit:
            raise FileReadError(name, _too_large(st.st_size, limit, hint))
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while total <= limit:  # a file that grows while it is read is still cut off at the limit
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise FileReadError(name, _too_large(total, limit, hint))
        return b"".join(chunks)
    except OSError as e:
        raise FileReadError(name, f"cannot read: {e.strerror or e}") from e
    finally:
        os.close(fd)


def _too_large(size: int, limit: int, hint: str) -> str:
    return f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:.0f} MB limit{'; ' + hint if hint else ''})"
