"""Read a document into one string: check the file, detect the encoding or the format, keep
the text exactly.

Plain text is kept as it is but for line endings (normalised to ``\\n``); every offset the
pipeline produces points into the string returned here. Other formats (Markdown, HTML, EPUB,
DOCX, PDF, subtitles) give their text content, one paragraph per line, with their chapters;
see :mod:`duizhao.core.text.formats`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from duizhao.core.document import Chapter, Cue
from duizhao.core.errors import DocumentError
from duizhao.core.text.encoding import detect
from duizhao.core.text.formats import reader_for
from duizhao.core.text.formats.builder import Extract, JoinedText

MAX_BYTES = 200 * 1024 * 1024  # beyond this a "document" is almost certainly not one to read
_CHUNK = 1 << 20


@dataclass(frozen=True)
class LoadedText:
    """A file's text, decoded, and what reading it found."""

    text: str
    encoding: str
    chapters: tuple[Chapter, ...] = ()
    cues: tuple[Cue, ...] = ()
    note: str | None = None  # e.g. the encoding was a guess: worth telling the user


@dataclass(frozen=True)
class TextStream:
    """A document whose text comes in parts (see :class:`JoinedText`): a big Markdown book is
    parsed a part at a time, so its beginning can be read before the end is parsed."""

    parts: Iterator[Extract]
    encoding: str
    note: str | None = None


def load_text_file(path: str | Path) -> LoadedText:
    """Read ``path`` as a document, or raise :class:`DocumentError` saying why it can't be."""
    stream = open_text_stream(path)
    whole = JoinedText()
    for part in stream.parts:
        whole.add(part)
    if not whole.text.strip():
        raise DocumentError(f"{path}: has no text to read")
    return LoadedText(whole.text, stream.encoding, tuple(whole.chapters), tuple(whole.cues),
                      stream.note)


def open_text_stream(path: str | Path) -> TextStream:
    """Check and decode ``path``; its parts are read as they are asked for. Raises
    :class:`DocumentError` when the file cannot be a document (a part's own problem is raised
    when that part is read)."""
    file = Path(path)
    data = read_document_bytes(file)
    reader = reader_for(file.suffix)
    if reader is not None and reader.binary:
        extract = reader.read_bytes(data, str(file))
        # the text of a container format has no encoding of its own: its format stands in
        whole = Extract(normalise_newlines(extract.text), extract.chapters, extract.cues)
        return TextStream(iter([whole]), reader.module)
    loaded = decode_bytes(data, name=str(file))
    parts = reader.read_parts(loaded.text) if reader is not None else iter([Extract(loaded.text)])
    return TextStream(parts, loaded.encoding, loaded.note)


def read_document_bytes(file: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file before opening it (a FIFO would
    block the open, a device never ends) and stopping at :data:`MAX_BYTES` while reading."""
    try:
        info = file.stat()
    except FileNotFoundError:
        raise DocumentError(f"{file}: no such file") from None
    except OSError as error:
        raise DocumentError(f"{file}: cannot be read ({error.strerror or error})") from error
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(f"{file}: is a folder, not a document")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(f"{file}: is not a regular file (a device, pipe or socket)")
    if info.st_size > MAX_BYTES:
        raise DocumentError(_too_large(file, info.st_size))
    try:
        # O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it must
        # not wait for a writer; the type is checked again on the open file.
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DocumentError(f"{file}: is not a regular file (a device, pipe or socket)")
            return read_limited(handle, str(file))
    except OSError as error:
        raise DocumentError(f"{file}: cannot be read ({error.strerror or error})") from error


def read_limited(handle: BinaryIO, name: str) -> bytes:
    """Everything ``handle`` gives, or :class:`DocumentError` once it passes the limit."""
    chunks: list[bytes] = []
    size = 0
    while chunk := handle.read(_CHUNK):
        size += len(chunk)
        if size > MAX_BYTES:
            raise DocumentError(_too_large(Path(name), size, at_least=True))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(file: Path, size: int, *, at_least: bool = False) -> str:
    amount = f"more than {MAX_BYTES // 2**20} MB" if at_least else f"{size / 2**20:.0f} MB"
    return f"{file}: {amount} is too large to open (the limit is {MAX_BYTES // 2**20} MB)"


def load_string(text: str) -> LoadedText:
    """Pasted text goes through the same normalisation as a file."""
    return LoadedText(normalise_newlines(text), "utf-8")


def decode_bytes(data: bytes, *, name: str = "document") -> LoadedText:
    if not data.strip():
        raise DocumentError(f"{name}: is empty")
    encoding, note = detect(data, name)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DocumentError(f"{name}: cannot be decoded as {encoding}") from error
    text = text.lstrip("\ufeff")
    if _looks_binary(text):
        raise DocumentError(f"{name}: looks like a binary file, not text")
    return LoadedText(normalise_newlines(text), encoding.replace("_", "-"), note=note)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    sample = text[:10000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)
