"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


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
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
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
