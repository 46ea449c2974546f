"""One reader per document format; :func:`reader_for` picks one by the file's suffix.

A text format (Markdown, HTML, subtitles) reads the decoded text; a binary one (EPUB, DOCX,
PDF) reads the file's bytes. Each returns an :class:`~duizhao.core.text.formats.builder.Extract`:
the text to read, its chapters and, for subtitles, its cues. Readers are imported only when a
file of their kind is opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the readers import it: a window listing the suffixes never needs it
    from duizhao.core.text.formats.builder import Extract

PLAIN_SUFFIXES = (".txt", ".text")


@dataclass(frozen=True)
class Reader:
    """The module that reads one file format, imported when a file of it is opened."""

    module: str
    binary: bool  # reads bytes (a container format) rather than decoded text

    def read_text(self, text: str) -> Extract:
        return cast("Callable[[str], Extract]", self._function("extract"))(text)

    def read_parts(self, text: str) -> Iterator[Extract]:
        """The text's extract a part at a time where the format can be read so (a big
        Markdown book), else in one part."""
        module = importlib.import_module(f"duizhao.core.text.formats.{self.module}")
        if hasattr(module, "extract_parts"):
            return cast("Iterator[Extract]", module.extract_parts(text))
        return iter([self.read_text(text)])

    def read_bytes(self, data: bytes, name: str) -> Extract:
        return cast("Callable[[bytes, str], Extract]", self._function("extract"))(data, name)

    def _function(self, name: str) -> object:
        return getattr(importlib.import_module(f"duizhao.core.text.formats.{self.module}"), name)


READERS: dict[str, Reader] = {
    ".md": Reader("markdown", False),
    ".markdown": Reader("markdown", False),
    ".html": Reader("html", False),
    ".htm": Reader("html", False),
    ".xhtml": Reader("html", False),
    ".srt": Reader("subtitles", False),
    ".vtt": Reader("subtitles", False),
    ".epub": Reader("epub", True),
    ".docx": Reader("docx", True),
    ".pdf": Reader("pdf", True),
}

SUFFIXES = PLAIN_SUFFIXES + tuple(READERS)  # what the window's Open dialog and drops accept


def reader_for(suffix: str) -> Reader | None:
    """The reader of ``suffix`` (``.epub``...); ``None`` for plain text and unknown suffixes,
    which are read as text."""
    return READERS.get(suffix.lower())
