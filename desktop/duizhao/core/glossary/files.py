"""Glossary files: reading (any supported format), loading with a fall-back to the last good
copy, and saving atomically with a backup, one writer at a time.

Two Duizhao processes (two windows, or a window and ``duizhao export``) may save the same
glossary. A save holds a lock on the file (``.NAME.lock`` beside it) while it re-reads the file,
applies its own changes to what it finds there and writes the result, so neither process's
entries are lost.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.formats import ReadResult, format_for
from duizhao.core.storage.atomic import atomic_write_bytes


def document_glossary_path(document_path: str | os.PathLike[str]) -> Path:
    """The per-document glossary beside a document: ``<doc stem>.glossary.csv``."""
    path = Path(document_path)
    return path.with_name(f"{path.stem}.glossary.csv")


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`save_glossary` keeps the previous version (``name~``)."""
    path = Path(path)
    return path.with_name(path.name + "~")


def read_glossary(path: str | os.PathLike[str]) -> ReadResult:
    """Every entry that could be read and every problem found, without raising for bad lines.

    For an import the user may accept the good entries; :func:`load_glossary` refuses the file.
    """
    file = Path(path)
    module = format_for(file, writing=False)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise GlossaryError(f"{file}: no such glossary file") from None
    except IsADirectoryError:
        raise GlossaryError(f"{file}: is a folder, not a glossary file") from None
    except OSError as error:
        raise GlossaryError(f"{file}: cannot be read ({error.strerror or error})") from None
    result: ReadResult = module.parse(data)
    return result


def load_glossary(path: str | os.PathLike[str], *, kind: str = "") -> Glossary:
    """Read a glossary; a bad file raises GlossaryError naming the file and the first bad line."""
    file = Path(path)
    result = read_glossary(file)
    if result.problems:
        first = result.problems[0]
        more = len(result.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise GlossaryError(first.describe(str(file)) + suffix)
    return Glossary(result.entries, path=file, kind=kind)


def load_glossary_or_backup(
    path: str | os.PathLike[str], *, kind: str = "",
) -> tuple[Glossary, str | None]:
    """Load ``path``; if it is corrupt, fall back to its last good copy (``name~``).

    Returns the glossary and, when the backup was used, the message to show the user. The
    corrupt file is not touched here; :func:`save_glossary` keeps it as ``name.corrupt``
    before writing over it. With no usable backup the original GlossaryError is raised.
    """
    file = Path(path)
    try:
        return load_glossary(file, kind=kind), None
    except GlossaryError as error:
        backup = backup_path(file)
        if not file.exists() or not backup.exists():
            raise
        try:
            glossary = load_glossary(backup, kind=kind)
        except GlossaryError:
            raise error from None
        glossary.path = file
        glossary.recovered_from = backup
        return glossary, f"{error} Using the last good copy ({backup.name}) instead."


# Longer than any save takes; a process that dies holding the lock releases it at once.
LOCK_TIMEOUT_SECONDS = 15.0


def lock_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def locked(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the glossary's lock: one writer at a time, across processes."""
    # imported here: filelock takes ~50 ms to import, which opening a document should not pay
    from filelock import FileLock, Timeout

    file = Path(path)
    lock = FileLock(str(lock_path(file)), timeout=LOCK_TIMEOUT_SECONDS)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise GlossaryError(f"{file}: another Duizhao is saving this glossary; "
                            "not saved, try again") from None
    except OSError as error:
        raise GlossaryError(f"{file}: cannot be saved ({error.strerror or error})") from None
    try:
        yield
    finally:
        lock.release()


def save_glossary(glossary: Glossary | Iterable[GlossaryEntry],
                  path: str | os.PathLike[str] | None = None, *,
                  base: Sequence[GlossaryEntry] | None = None) -> Path:
    """Write atomically in the format of ``path``'s extension, keeping the old file as ``name~``.

    With ``base`` (the entries as last loaded or saved by this process) the save merges: the
    file is re-read under the lock and this process's changes since ``base`` are applied to
    what it holds now, so entries another process saved meanwhile are kept.

    When the file is corrupt (the glossary was recovered from its backup, or the file broke
    since), it is kept as ``name.corrupt`` instead of becoming the backup, so the last good
    copy is never overwritten by a broken one.
    """
    if path is None:
        if not isinstance(glossary, Glossary) or glossary.path is None:
            raise GlossaryError("the glossary has no file to save to")
        path = glossary.path
    file = Path(path)
    module = format_for(file, writing=True)
    entries = list(glossary)
    recovered = isinstance(glossary, Glossary) and glossary.recovered_from is not None
    with locked(file):
        corrupt = recovered
        if base is not None and not recovered and file.exists():
            try:
                on_disk = list(load_glossary(file))
            except GlossaryError:
                corrupt = True  # broken since this process read it
            else:
                if on_disk != list(base):
                    entries = merge_changes(base, entries, on_disk)
        data: bytes = module.dump(entries, title=file.stem)
        if corrupt and file.exists():
            with contextlib.suppress(OSError):
                shutil.copy2(file, file.with_name(file.name + ".corrupt"))
        try:
            # When corrupt, the backup stays the last good copy.
            atomic_write_bytes(file, data, backup=not corrupt)
        except OSError as error:
            raise GlossaryError(f"{file}: cannot be saved ({error.strerror or error})") from None
    if recovered:
        glossary.recovered_from = None  # type: ignore[union-attr]
    return file


def merge_changes(base: Sequence[GlossaryEntry], ours: Sequence[GlossaryEntry],
                  theirs: Sequence[GlossaryEntry]) -> list[GlossaryEntry]:
    """``theirs`` with the changes from ``base`` to ``ours`` applied: our removals taken out
    (an edit is a removal and an addition), our additions appended in our order."""
    base_count, our_count = Counter(base), Counter(ours)
    removed, added = base_count - our_count, our_count - base_count
    merged: list[GlossaryEntry] = []
    for entry in theirs:
        if removed[entry]:
            removed[entry] -= 1
        else:
            merged.append(entry)
    present = Counter(merged)
    for entry in ours:
        if added[entry]:
            added[entry] -= 1
            if present[entry]:  # both added it
                present[entry] -= 1
            else:
                merged.append(entry)
    return merged
