"""The export dialog's preview: the first sentences of the document as the chosen format and
options would write them (a page as Qt can show it, or the file's text)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QTextBrowser, QVBoxLayout, QWidget

from duizhao.core.document import Document, Paragraph
from duizhao.core.errors import DuizhaoError
from duizhao.core.export import ExportOptions, Layout, render
from duizhao.pdf.layout import preview_html

PREVIEW_SENTENCES = 3


def preview_document(document: Document, count: int = PREVIEW_SENTENCES) -> Document:
    """The first ``count`` sentences, as a document of their own, with the chapters and cues
    that begin among them."""
    paragraphs: list[Paragraph] = []
    left = count
    for paragraph in document.paragraphs:
        if left <= 0:
            break
        taken = paragraph.sentences[:left]
        if taken:
            paragraphs.append(Paragraph(paragraph.start, taken[-1].end, taken))
            left -= len(taken)
    end = paragraphs[-1].end if paragraphs else 0
    return Document(document.source, document.text, paragraphs,
                    [c for c in document.chapters if c.start < end],
                    [c for c in document.cues if c.start < end])


class ExportPreview(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview (first sentences)"))
        self.browser = QTextBrowser(objectName="preview")
        self.browser.setOpenLinks(False)
        self.browser.setMinimumSize(560, 220)
        QVBoxLayout(self).addWidget(self.browser)

    def show_export(self, document: Document, format_name: str, options: ExportOptions) -> None:
        """Show the start of ``document`` exported as ``format_name`` with ``options``."""
        sample = preview_document(document)
        try:
            if format_name in ("html", "pdf", "docx"):
                # Qt's rich text knows no <ruby>: show the PDF's layout, which it can render.
                if format_name == "docx":
                    options = options.with_changes(layout=Layout.SIDE_BY_SIDE)
                self.browser.setHtml(preview_html(sample, options))
            else:
                self.browser.setPlainText(render(sample, format_name, options).decode("utf-8"))
                self.browser.setFont(
                    QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        except DuizhaoError as error:
            self.browser.setPlainText(str(error))
