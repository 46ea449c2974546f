"""PDF export: the annotated document laid out by Qt (QTextDocument) and written by QPdfWriter,
with a CJK font embedded so the Chinese is selectable and searchable.

Importing this module registers the "pdf" format with ``duizhao.core.export``, so
``export_document(document, "out.pdf")`` works from the window and from the CLI alike.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from duizhao.core.document import Document
from duizhao.core.export import ExportOptions, Layout, export_document, register_format
from duizhao.core.export.common import document_title, main_language_tag
from duizhao.core.export.frame import landscape
from duizhao.core.export.progress import checkpoint
from duizhao.pdf.fonts import cjk_families
from duizhao.pdf.layout import BOOKMARK_LEVEL, MARGIN_MM, PAGE_SIZES, preview_html
from duizhao.pdf.text_map import fix_text_mapping

BASE_POINT_SIZE = 10
# A sentence that would start this close to a page's foot is carried to the next page by Qt's
# own layout; a page break forced before it as well left an empty page (interlinear tables).
# Measured: empty pages under 2.6 mm, sentences cut above 5.3 mm; the middle is taken.
NATURAL_BREAK_MM = 4.0


def render_pdf(document: Document, options: ExportOptions) -> bytes:
    families = cjk_families()
    main_family = families[main_language_tag(document, options)]
    font = QFont(main_family, BASE_POINT_SIZE)
    # The CJK font's 'locl' substitutions give Latin digits glyphs Qt cannot map back to
    # characters, so "2022" would not be searchable; Chinese glyphs come from the TC/SC face.
    font.setFeature(QFont.Tag("locl"), 0)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(document_title(document, options))
    writer.setCreator("Duizhao")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(PAGE_SIZES[options.page_size]))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if options.layout is Layout.SIDE_BY_SIDE and landscape(len(options.columns))
        else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    text_document = QTextDocument()
    text_document.setDefaultFont(font)
    text_document.setDocumentMargin(0)

    # Lay out at the writer's resolution, so point sizes mean points on paper.
    text_document.documentLayout().setPaintDevice(writer)
    text_document.setPageSize(QSizeF(writer.width(), 1e9))  # one endless page, to measure
    text_document.setHtml(preview_html(document, options))
    checkpoint()  # Qt's layout and printing below cannot be stopped half-way
    _keep_sentences_whole(text_document, options, writer.height(),
                          writer.resolution() * NATURAL_BREAK_MM / 25.4)
    checkpoint()
    text_document.setPageSize(QSizeF(writer.width(), writer.height()))
    # the outline costs a pass of pypdf over the file: only a book with chapters needs one
    bookmarks = _headings(text_document, writer.height()) if document.chapters else []
    text_document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return _bookmarked(fix_text_mapping(bytes(buffer.data())), bookmarks)


def _headings(text_document: QTextDocument, page_height: float) -> list[tuple[str, int]]:
    """(title, page index) of each chapter's heading (and the glossary's), as laid out."""
    layout = text_document.documentLayout()
    found = []
    block = text_document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == BOOKMARK_LEVEL and block.text().strip():
            top = layout.blockBoundingRect(block).top()
            found.append((block.text().strip(), int(top // page_height)))
        block = block.next()
    return found


def _bookmarked(pdf: bytes, bookmarks: list[tuple[str, int]]) -> bytes:
    """The PDF with an outline (the viewer's bookmarks panel) of ``bookmarks``: Qt's PDF
    writer makes none."""
    if not bookmarks:
        return pdf
    document = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    last = len(document.pages) - 1
    for title, page in bookmarks:
        document.add_outline_item(title=title, page_number=min(page, last))
    document.page_mode = "/UseOutlines"
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()



def _keep_sentences_whole(text_document: QTextDocument, options: ExportOptions,
                          page_height: float, natural_break: float = 0.0) -> int:
    """Start a new page before any sentence a page break would cut in two (Qt's rich text
    has no ``page-break-inside: avoid``), repeating the column headings there.

    The document is laid out on one endless page; pages are then cut from the measured
    heights, each sentence moved whole when it would straddle a cut (by a page break, unless it
    starts within ``natural_break`` of the page's foot, where Qt moves it by itself). Returns
    the sentences moved.
    """
    layout = text_document.documentLayout()
    frames = [f for f in text_document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    heading = frames[0] if options.layout is Layout.SIDE_BY_SIDE and frames else None
    heading_height = layout.frameBoundingRect(heading).height() if heading else 0.0
    units = frames[1:] if heading else frames
    moved: list[tuple[QTextTable, bool]] = []  # and whether it needs a page break
    shift = 0.0
    for table in units:
        rect = layout.frameBoundingRect(table)
        top = rect.top() + shift
        page_top = (top // page_height) * page_height
        if top + rect.height() > page_top + page_height \
                and rect.height() + heading_height <= page_height:
            shift += page_top + page_height + heading_height - top
            moved.append((table, page_top + page_height - top >= natural_break))
    batch = QTextCursor(text_document)
    batch.beginEditBlock()  # one relayout for all the edits, not one per edit
    for table, page_break in moved:
        if page_break:
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
        if heading is not None:
            table.insertRows(0, 1)
            for column in range(min(heading.columns(), table.columns())):
                source = heading.cellAt(0, column)
                cursor = source.firstCursorPosition()
                cursor.setPosition(source.lastCursorPosition().position(),
                                   QTextCursor.MoveMode.KeepAnchor)
                table.cellAt(0, column).firstCursorPosition().insertFragment(cursor.selection())
    batch.endEditBlock()
    return len(moved)


def export_pdf(document: Document, path: str | os.PathLike[str],
               options: ExportOptions | None = None, *, force: bool = False) -> Path:
    return export_document(document, path, options, format="pdf", force=force)


register_format("pdf", render_pdf)
