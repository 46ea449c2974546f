"""Data built from the bundled resources, kept in the user cache as marshal files (as jieba
keeps its own): jieba's prefix dictionary of the bundled word list loads in 40 ms instead of
the 120 ms building it takes, part of the wait before a document never opened before shows its
first screen. (The CC-CEDICT index is not cached: reading its 12 MB marshal file saved only a
fifth of its 170 ms.)

A file's name carries what it was built from (Duizhao's version, the resource's size and time,
and the Python version, since marshal's format is Python's own). A missing, stale or unreadable
file only means building the data again; the cache folder is the user's own.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from duizhao import __version__
from duizhao.core.storage.atomic import atomic_write_bytes
from duizhao.core.storage.paths import cache_dir

T = TypeVar("T")


def folder() -> Path:
    return cache_dir() / "derived"


def load_or_build(name: str, source: Path, build: Callable[[], T]) -> T:
    """``build()``'s value, from the cache when it was built from this very ``source``."""
    try:
        stat = source.stat()
    except OSError:  # not a plain file (a zipped install): nothing to key the cache on
        return build()
    made_from = f"{__version__}|{sys.version_info[:2]}|{marshal.version}|" \
                f"{stat.st_size}|{stat.st_mtime_ns}"
    path = folder() / f"{name}-{hashlib.sha256(made_from.encode()).hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(value))  # type: ignore[arg-type]
        for stale in path.parent.glob(f"{name}-*.marshal"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # a cache that cannot be written just means building next time too
    return value
