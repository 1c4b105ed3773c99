"""Output writers: each returns text; write_output puts it where `-o` says (atomically for regular files)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..lazyre import lazy_compile


class OutputError(Exception):
    """The output cannot be written there; the message says why."""


_SURROGATE = lazy_compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """Text that encodes as UTF-8: lone surrogates (from `\\char"D800`, or a file name that is not UTF-8, as
    Python decodes it) become U+FFFD, as undecodable input bytes do."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_COMMAND = lazy_compile(r"(?m)^(\s*):(?=:)")


def inert(text: str) -> str:
    """Text safe to print to a terminal or a CI log: control characters (ESC, which starts CSI/OSC sequences,
    BEL, CR, C1) shown as visible symbols, GitHub workflow commands (`##[...]` anywhere, `::` starting a
    line) broken by an invisible word joiner. Tabs and newlines are kept."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(_visible, text)
    if "##[" in text:
        text = text.replace("##[", "#\u2060#[")
    if "::" in text:
        text = _LINE_COMMAND.sub("\\1:\u2060", text)
    return text


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"  # ␛ ␇ ␍ ... ␡


def write_output(path: str | Path, text: str | Iterable[str]) -> None:
    """Write text (or its pieces, written as they come) to path: a regular file (new, or through a symlink) is
    replaced atomically; a FIFO, a character device (a terminal, /dev/null) or an open descriptor (/dev/stdout,
    /proc/self/fd/N) is written through, never replaced; anything else is refused with an OutputError that says
    why."""
    name = os.fspath(path)
    try:
        st = os.stat(name)  # follows symlinks: what would be written is what the link points at
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputError(f"cannot write {name}: {e.strerror or e}") from e
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{name} is a directory: give a file name")
    if st is not None and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        _write_through(name, text, st)
    elif st is not None and not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{name} is {_kind(st.st_mode)}: pubnorm writes only to a regular file, a FIFO, "
                          "a pipe or a character device")
    elif st is not None and _names_a_descriptor(name):
        _write_through(name, text, st)  # /dev/stdout redirected to a file: the shell's file, not a new one
    else:
        write_atomic(os.path.realpath(name), text)


def _kind(mode: int) -> str:
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device (a disk)"
    return "not a regular file"


_DESCRIPTOR = lazy_compile(r"/dev/(?:stdout|stderr|fd/\d+)$|/proc/[^/]+/(?:task/\d+/)?fd/\d+$")


def _names_a_descriptor(name: str) -> bool:
    """The path is, or leads through symlinks to, /dev/stdout, /dev/fd/N or /proc/.../fd/N."""
    p = os.path.abspath(name)
    for _ in range(40):
        if _DESCRIPTOR.match(p):
            return True
        if not os.path.islink(p):
            return False
        p = os.path.normpath(os.path.join(os.path.dirname(p), os.readlink(p)))
    return False


def write_pieces(fh: IO[str], text: str | Iterable[str]) -> None:
    """Write text, or each of its pieces in turn, made encodable (see `encodable`)."""
    for piece in (text,) if isinstance(text, str) else text:
        fh.write(encodable(piece))


def _write_through(name: str, text: str | Iterable[str], st: os.stat_result) -> None:
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    if stat.S_ISFIFO(st.st_mode):
        flags |= os.O_NONBLOCK  # opening a FIFO nobody reads would wait forever: fail at once instead
    elif stat.S_ISREG(st.st_mode):
        flags |= os.O_TRUNC
    try:
        fd = os.open(name, flags)
    except OSError as e:
        if e.errno == errno.ENXIO:
            raise OutputError(f"{name} is a FIFO with no reader: start what reads it first") from e
        raise OutputError(f"cannot write {name}: {e.strerror or e}") from e
    if flags & os.O_NONBLOCK:
        os.set_blocking(fd, True)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        write_pieces(fh, text)


_NAME_BYTES = 200  # of the target's name in the temporary file's: 200 + about 30 stays within NAME_MAX (255)


def _remove_stale(folder: Path, prefix: str) -> None:
    """Remove temporary files of this target left by pubnorm runs that no longer run (killed mid-write)."""
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or not ours to judge: leave its file alone
    return True


def write_atomic(path: str | Path, text: str | Iterable[str]) -> None:
    """Write text (or its pieces) to path through a temporary file in the same folder, then rename: all or nothing."""
    target = Path(path)
    folder = target.parent or Path(".")
    # the temporary file says whose it is (".NAME.pubnorm-PID-XXXXXXXX.tmp"): one left by a killed run is
    # removed on the next write; NAME is cut so that a legal 255-byte target name leaves room for the rest
    short = os.fsdecode(os.fsencode(target.name)[:_NAME_BYTES])
    prefix = f".{short}.pubnorm-"
    _remove_stale(folder, prefix)
    import tempfile  # only when a file is written (start-up of check)

    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}-", suffix=".tmp", dir=str(folder))
    except OSError as e:
        raise OutputError(f"cannot write {target}: a temporary file is needed in {folder} to replace it "
                          f"atomically, and it cannot be made there: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write_pieces(fh, text)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600): give it the mode the old file had, or a new file's usual mode
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
