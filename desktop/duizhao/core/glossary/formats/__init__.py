"""Glossary file formats, one module each, chosen by file extension.

Each module has ``NAME``, ``EXTENSIONS``, ``CAN_READ``, ``parse(data: bytes) -> ReadResult``
(when it can be read) and ``dump(entries, title="") -> bytes``. Writing the bytes to disk
(atomically, with a backup) is :func:`duizhao.core.glossary.files.save_glossary`'s job, so every
format gets the same safety.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.formats.common import ImportProblem, ReadResult

__all__ = ["ImportProblem", "ReadResult", "format_for", "EXTENSIONS"]

_MODULES = {
    ".csv": "csvfile",
    ".tbx": "tbx",
    ".txt": "omegat",
    ".utf8": "omegat",
    ".tsv": "omegat",
    ".tab": "omegat",
    ".apkg": "anki",
}
EXTENSIONS = tuple(_MODULES)


def format_for(path: str | Path, *, writing: bool) -> ModuleType:
    """The format module for ``path``'s extension, or GlossaryError saying which ones exist."""
    # A backup (``name.csv~``) is read in the format of the file it backs up.
    suffix = Path(str(path).rstrip("~")).suffix.lower()
    name = _MODULES.get(suffix)
    if name is None:
        known = ", ".join(EXTENSIONS)
        raise GlossaryError(f"{path}: unknown glossary format {suffix or '(no extension)'!r}; "
                            f"use one of {known}")
    module = importlib.import_module(f"duizhao.core.glossary.formats.{name}")
    if not writing and not module.CAN_READ:
        raise GlossaryError(f"{path}: {module.NAME} files can be written but not read")
    return module
