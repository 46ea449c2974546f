"""Checks every zip Duizhao opens (EPUB, DOCX, model archives) passes before anything in it
is read: no entry points outside the archive or is a link, and it cannot unpack to more than
it should (a zip bomb), counted over all entries and not only the large ones."""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from duizhao.core.errors import DuizhaoError


@dataclass(frozen=True)
class ZipLimits:
    max_unpacked: int  # bytes, all entries together
    max_entries: int
    max_ratio: int = 200  # unpacked / packed beyond which data is suspiciously repetitive
    ratio_free: int = 16 * 1024 * 1024  # this much may expand freely (XML compresses well)


def check_entries(name: str, infos: list[zipfile.ZipInfo], limits: ZipLimits,
                  error: type[DuizhaoError]) -> None:
    """Raise ``error`` with a one-line reason if the entries are unsafe to unpack."""
    if not infos:
        raise error(f"{name} is empty.")
    if len(infos) > limits.max_entries:
        raise error(f"{name} has too many files ({len(infos)}).")
    total = packed = squeezed = 0
    for info in infos:
        raw = info.filename
        parts = PurePosixPath(raw.replace("\\", "/")).parts
        if (not parts or raw.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]):
            raise error(f"{name} is unsafe: the entry {raw!r} points outside its folder.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise error(f"{name} is unsafe: the entry {raw!r} is a symbolic link.")
        total += info.file_size
        packed += info.compress_size
        if info.file_size > limits.max_ratio * max(info.compress_size, 1):
            squeezed += info.file_size
        if total > limits.max_unpacked:
            raise error(f"{name} would unpack to more than {_mb(limits.max_unpacked)}; "
                        "refusing it as a possible zip bomb.")
    # many small entries add up as well as one big one; padding with incompressible data must
    # not hide them, hence both the squeezed bytes and the ratio of the whole archive
    if squeezed > limits.ratio_free or (
            total > limits.ratio_free and total > limits.max_ratio * max(packed, 1)):
        raise error(f"{name} is refused as a possible zip bomb: it would unpack to "
                    f"{_mb(total)} from {_mb(packed)}, entries expanding more than "
                    f"{limits.max_ratio}-fold.")


def open_checked(source: str | os.PathLike[str] | IO[bytes], name: str, limits: ZipLimits,
                 error: type[DuizhaoError]) -> zipfile.ZipFile:
    """``zipfile.ZipFile(source)`` once its entries pass :func:`check_entries`."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise error(f"{name} is damaged or not a zip archive.") from None
    try:
        check_entries(name, archive.infolist(), limits, error)
    except BaseException:
        archive.close()
        raise
    return archive


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"
