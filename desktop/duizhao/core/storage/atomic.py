"""Atomic file writes: a reader sees the old file or the new one, never half of either.

The new content goes to a hidden temporary file beside the target (``.NAME.XXXX.tmp``), is
flushed and fsynced, then renamed over the target. The rename replaces a symbolic link itself,
never the file it points to; a target that is neither a regular file nor a link (a device, a
FIFO, a socket) is refused, since the rename would replace the special file with a plain one.

A process killed mid-write (SIGKILL, a power cut) leaves its temporary file behind. While a
write runs, its temporary file is locked (``flock``); the next write of the same target removes
every temporary of that target nobody holds a lock on, so leftovers never pile up.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: a file open in another process cannot be deleted anyway
    fcntl = None  # type: ignore[assignment]

# Backup temporaries are hard links to the target (no lock of their own): one older than this
# (by its inode change time, which the link sets) belongs to a writer that died.
_BACKUP_TEMPORARY_AGE = 60.0


class NotRegularFileError(OSError):
    """The target exists but is a device, FIFO or socket: renaming over it would replace it."""


def target_exists(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names something (a dangling symbolic link counts); raise
    NotRegularFileError when it is something a save must not replace."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False
    if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
        return True
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    raise NotRegularFileError(errno.EINVAL, "is not a regular file", str(path))


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8",
    backup: bool = False,
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success fsync it and rename it over ``path``.

    With ``backup`` the previous version is kept as ``path~``. On error the temporary file is
    removed and ``path`` is untouched.
    """
    target = Path(path)
    binary = "b" in mode
    target_exists(target)
    remove_stale_temporaries(target)
    fd, tmp_name = _locked_temporary(target)
    try:
        _give_final_mode(fd, target)
        with os.fdopen(fd, mode, encoding=None if binary else encoding,
                       newline=None if binary else "") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            _keep_backup(target)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(target.parent)


def _locked_temporary(target: Path) -> tuple[int, str]:
    """A new temporary file beside ``target``, locked for as long as it is open."""
    while True:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        if fcntl is None:
            return fd, name
        fcntl.flock(fd, fcntl.LOCK_EX)  # waits only while a cleaner is looking at it
        if os.fstat(fd).st_nlink:  # not taken for a leftover in the instant before the lock
            return fd, name
        os.close(fd)


def remove_stale_temporaries(path: str | os.PathLike[str]) -> None:
    """Delete the temporary files of ``path`` that no running write holds."""
    target = Path(path)
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{_glob_escape(target.name)}.*.tmp"):
            _remove_if_abandoned(leftover)
        cutoff = time.time() - _BACKUP_TEMPORARY_AGE
        for leftover in target.parent.glob(f".{_glob_escape(target.name)}~.*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.lstat().st_ctime < cutoff:
                    leftover.unlink()


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _remove_if_abandoned(leftover: Path) -> None:
    if fcntl is None:
        with contextlib.suppress(OSError):  # refused while the writer still has it open
            leftover.unlink()
        return
    try:
        fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # a write in progress holds it
        if os.path.samestat(os.fstat(fd), os.lstat(leftover)):
            leftover.unlink()
    except OSError:
        pass
    finally:
        os.close(fd)


def _give_final_mode(fd: int, target: Path) -> None:
    """mkstemp makes the file private (0600); a saved file should have the permissions the
    old one had, or those a newly created file gets (0666 less the umask)."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.fchmod(fd, mode)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    with atomic_open(path, "w", backup=backup) as handle:
        handle.write(text)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    with atomic_open(path, "wb", encoding=None, backup=backup) as handle:
        handle.write(data)


def _keep_backup(target: Path) -> None:
    """Make ``target~`` the current version, atomically too: a process killed here must not
    leave a half-copied backup (the last good copy is what a corrupt file falls back to)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}~.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        try:  # a hard link shares the old version's data: no copy, nothing to flush
            os.unlink(tmp_name)
            os.link(target, tmp_name)
        except OSError:  # file systems without hard links
            shutil.copy2(target, tmp_name)
            with open(tmp_name, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp_name, target.with_name(target.name + "~"))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
