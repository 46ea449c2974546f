"""Export an annotated document: HTML, DOCX, Markdown, TMX, JSON, SRT, WebVTT (PDF from the Qt
layer).

``export_document(document, path, options, format=None, force=False)`` picks the format from
``format`` or the file extension, refuses to overwrite an existing file unless ``force``, and
writes atomically, so a failed export never leaves a half-written file or destroys the old one.

PDF needs Qt's text layout, which the core never imports: ``duizhao.pdf.writer`` registers
the "pdf" writer when it is imported (the window does so; the CLI imports it only for PDF).
"""

from __future__ import annotations

import importlib
import io
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from duizhao.core.document import Document, Paragraph, Source
from duizhao.core.errors import ExportError
from duizhao.core.export.options import (
    COLUMN_TITLES,
    COLUMNS,
    DEFAULT_COLUMNS,
    PAGE_SIZES,
    ExportOptions,
    Layout,
    ScriptChoice,
)
from duizhao.core.export.outline import Outline
from duizhao.core.export.progress import Progress, reporting
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.storage.atomic import NotRegularFileError, atomic_open, target_exists

__all__ = [
    "COLUMNS", "COLUMN_TITLES", "DEFAULT_COLUMNS", "FORMATS", "PAGE_SIZES", "ExportError",
    "ExportFormat", "ExportOptions", "Layout", "Outline", "OutputExistsError", "PinyinStyle",
    "SUBTITLE_FORMATS", "ScriptChoice", "check_length", "check_target", "export_document",
    "export_file", "export_stream", "format_of", "register_format", "render", "resolve_format",
]

Renderer = Callable[[Document, ExportOptions], bytes]  # a whole document at once
# A format written as its sentences come: from a document, or from paragraphs annotated a few at
# a time (``duizhao export``), so memory stays bounded however long the document. The outline
# (chapters, cue times) is known before the paragraphs are.
Writer = Callable[[Source, Iterable[Paragraph], ExportOptions, IO[bytes], Outline], None]


class OutputExistsError(ExportError):
    """The target exists and overwriting was not allowed."""


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str  # for a file dialog filter
    extensions: tuple[str, ...]  # first one is the default
    render: Renderer | None  # None: streamed, or provided by another layer (PDF)
    write: Writer | None = None

    @property
    def streamed(self) -> bool:
        return self.write is not None


def _text(module: str, function: str, *, outlined: bool = True) -> Writer:
    """A writer of text formats (they write str) onto the binary export file, as UTF-8;
    ``outlined`` when the format shows chapters and cue times."""
    def write(source: Source, paragraphs: Iterable[Paragraph], options: ExportOptions,
              out: IO[bytes], outline: Outline) -> None:
        writer = getattr(importlib.import_module(module), function)
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        if outlined:
            writer(source, paragraphs, options, text, outline=outline)
        else:
            writer(source, paragraphs, options, text)
        text.flush()
        text.detach()  # the caller closes the file

    return write


def _docx(source: Source, paragraphs: Iterable[Paragraph], options: ExportOptions,
          out: IO[bytes], outline: Outline) -> None:
    from duizhao.core.export.docx import write_docx

    write_docx(source, paragraphs, options, out, outline=outline)


def _srt(document: Document, options: ExportOptions) -> bytes:
    from duizhao.core.export.srt import render_srt

    return render_srt(document, options).encode("utf-8")


def _vtt(document: Document, options: ExportOptions) -> bytes:
    from duizhao.core.export.srt import render_vtt

    return render_vtt(document, options).encode("utf-8")


def _json(document: Document, options: ExportOptions) -> bytes:
    from duizhao.core.export.annotated_json import render_json

    return render_json(document, options).encode("utf-8")


FORMATS: dict[str, ExportFormat] = {
    "html": ExportFormat("html", "HTML page", (".html", ".htm"), None,
                         _text("duizhao.core.export.html", "write_html")),
    "pdf": ExportFormat("pdf", "PDF document", (".pdf",), None),
    "docx": ExportFormat("docx", "Word document", (".docx",), None, _docx),
    "markdown": ExportFormat("markdown", "Markdown", (".md", ".markdown"), None,
                             _text("duizhao.core.export.markdown", "write_markdown")),
    "tmx": ExportFormat("tmx", "TMX translation memory", (".tmx",), None,
                        _text("duizhao.core.export.tmx", "write_tmx", outlined=False)),
    "json": ExportFormat("json", "Annotated JSON", (".json",), _json),
    "srt": ExportFormat("srt", "SubRip subtitles (English)", (".srt",), _srt),
    "vtt": ExportFormat("vtt", "WebVTT subtitles (English)", (".vtt",), _vtt),
}
# Formats that need cue times: offered only for a subtitle document.
SUBTITLE_FORMATS = ("srt", "vtt")
_ALIASES = {"md": "markdown", "htm": "html", "word": "docx", "webvtt": "vtt"}


def register_format(name: str, render: Renderer) -> None:
    """Provide the renderer of a format the core cannot produce by itself (PDF)."""
    current = FORMATS[name]
    FORMATS[name] = ExportFormat(current.name, current.label, current.extensions, render)


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format ``path``'s extension names, if any."""
    suffix = Path(path).suffix.lower()
    return next((fmt.name for fmt in FORMATS.values() if suffix in fmt.extensions), None)


def resolve_format(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The format name for ``path``: ``format`` if given, else from the file extension."""
    if format:
        name = _ALIASES.get(format.lower(), format.lower())
        if name not in FORMATS:
            raise ExportError(
                f"Unknown export format {format!r}; choose from {', '.join(FORMATS)}.")
        return name
    by_suffix = format_of(path)
    if by_suffix is not None:
        return by_suffix
    known = ", ".join(e for f in FORMATS.values() for e in f.extensions)
    raise ExportError(
        f"Cannot tell the export format from {Path(path).name!r}; "
        f"use one of {known} or name the format.")


def render(document: Document, format: str, options: ExportOptions | None = None,
           progress: Progress | None = None) -> bytes:
    """The exported file's bytes, without writing anything. ``progress(done, total)`` is
    called as sentences are rendered; an exception it raises stops the export."""
    fmt = FORMATS[resolve_format("", format)]
    options = options or ExportOptions()
    if fmt.write is not None:
        buffer = io.BytesIO()
        with reporting(document, progress):
            fmt.write(document.source, document.paragraphs, options, buffer,
                      Outline.of(document))
        return buffer.getvalue()
    if fmt.render is None:
        raise ExportError("PDF export needs the Qt toolkit (PySide6); it is not available here.")
    with reporting(document, progress):
        return fmt.render(document, options)


def export_document(
    document: Document,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    *,
    format: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write ``document`` to ``path``; returns the path written."""
    target = Path(path)
    name = resolve_format(target, format)
    check_target(target, force=force)
    check_length(name, len(document.text))
    if FORMATS[name].streamed:
        with reporting(document, progress):
            return export_stream(document.source, document.paragraphs, target, options,
                                 format=name, force=True, outline=Outline.of(document))
    data = render(document, name, options, progress)
    with export_file(target) as handle:
        handle.write(data)
    return target


def export_stream(
    source: Source,
    paragraphs: Iterable[Paragraph],
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    *,
    format: str | None = None,
    force: bool = False,
    outline: Outline | None = None,
) -> Path:
    """Write paragraphs as they come (a format that ``streamed``): nothing but the paragraph
    being written is held, so ``paragraphs`` may annotate a long text a few at a time.
    ``outline``: the text's chapters and cue times, marked beside its paragraphs."""
    target = Path(path)
    fmt = FORMATS[resolve_format(target, format)]
    if fmt.write is None:
        raise ExportError(f"{fmt.label} export needs the whole document at once.")
    check_target(target, force=force)
    with export_file(target) as handle:
        fmt.write(source, paragraphs, options or ExportOptions(), handle, outline or Outline())
    return target


# Qt lays out a PDF's whole document in memory at once (it grows with the text, unlike the others):
# longer texts are refused with a message rather than exhausting memory half way.
PDF_MAX_CHARACTERS = 1_000_000


def check_length(format: str, characters: int) -> None:
    """Refuse, before any work, a text too long for ``format`` to lay out."""
    if resolve_format("", format) == "pdf" and characters > PDF_MAX_CHARACTERS:
        raise ExportError(
            f"The text is too long for PDF export ({characters:,} characters; the limit is "
            f"{PDF_MAX_CHARACTERS:,}): export HTML and print it to PDF, or split the text.")


def check_target(target: Path, *, force: bool) -> None:
    """Refuse, before any work, a target an export must not write: a folder, a missing folder,
    a device or other special file, or an existing file (or link, even a dangling one)
    without ``force``. A link is replaced by the export, never written through."""
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name to export to.")
    if not target.parent.is_dir():
        raise ExportError(f"Cannot export to {target}: the folder {target.parent} does not exist.")
    try:
        exists = target_exists(target)
    except NotRegularFileError:
        raise ExportError(f"Cannot export to {target}: it is not a regular file (a device, "
                          "pipe or socket); choose a file name.") from None
    except OSError as error:
        raise ExportError(f"Cannot export to {target}: {error.strerror or error}.") from None
    if exists and not force:
        kind = "a link" if target.is_symlink() else "a file"
        raise OutputExistsError(f"{target} already exists ({kind}); allow overwriting "
                                "(--force) or choose another name.")


@contextmanager
def export_file(target: Path) -> Iterator[IO[bytes]]:
    """The export's file, written atomically: any failure to write (a read-only or missing
    folder, a full disk) is one ExportError and leaves the target as it was."""
    try:
        with atomic_open(target, "wb", encoding=None) as handle:
            yield handle
    except NotRegularFileError:
        raise ExportError(f"Cannot export to {target}: it is not a regular file (a device, "
                          "pipe or socket); choose a file name.") from None
    except OSError as error:
        raise ExportError(f"Cannot write {target}: {error.strerror or error}.") from None
