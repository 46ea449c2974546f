"""TMX files in and out of the translation memory, with the all-or-nothing rule of imports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from duizhao.core.errors import MemoryFileError
from duizhao.core.glossary.formats.common import ImportProblem
from duizhao.core.memory.store import TranslationMemory
from duizhao.core.memory.tmx import read_tmx, write_tmx
from duizhao.core.storage.atomic import atomic_open


@dataclass
class ImportReport:
    imported: int = 0
    other_languages: int = 0
    skipped: list[ImportProblem] = field(default_factory=list)


def import_tmx(memory: TranslationMemory, path: Path, *, accept_partial: bool = False,
               progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Read ``path`` and store its Chinese→English units.

    A problem anywhere refuses the whole file (``MemoryFileError`` naming the file and line)
    unless ``accept_partial``: then the readable units are stored and the problems listed.
    """
    try:
        read = read_tmx(path, progress)
    except OSError as error:
        raise MemoryFileError(f"{path}: {error.strerror or error}") from None
    if read.problems and not accept_partial:
        first = read.problems[0].describe(str(path))
        more = len(read.problems) - 1
        raise MemoryFileError(f"{first}{f' (and {more} more)' if more else ''}; nothing was "
                              "imported (--accept-partial imports the readable units)")
    if not read.units and not read.problems:
        raise MemoryFileError(f"{path}: has no Chinese→English units; nothing was imported")
    count = memory.add_units(read.units, origin=f"tmx:{path.name}")
    if count:
        memory.note_import(path.name, count)
    return ImportReport(count, read.other_languages, read.problems)


def export_tmx(memory: TranslationMemory, path: Path) -> int:
    """Every unit of the memory into ``path`` (written atomically); returns the count."""
    try:
        with atomic_open(path, "w") as handle:
            return write_tmx(handle, memory.units())
    except OSError as error:
        raise MemoryFileError(f"{path}: {error.strerror or error}") from None
