"""Real documents of every format Duizhao opens, made the way their usual tools make them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

CHAPTERS = (
    ("第一章 出發", ["天氣很好，我們去公園。", "路上遇到了老朋友。"]),
    ("第二章 午後", ["下午開始下雨了。"]),
    ("第三章 回家", ["晚上我們回家吃飯。", "大家都很開心。"]),
)


def make_epub(path: Path) -> Path:
    """An EPUB 3 (with an EPUB 2 table of contents too) of three chapters; the spine's order
    differs from the manifest's, and one page carries a script and a remote image."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("duizhao-test")
    book.set_title("測試書")
    book.set_language("zh")
    pages = []
    for number, (title, paragraphs) in enumerate(CHAPTERS, start=1):
        page = epub.EpubHtml(title=title, file_name=f"text/ch{number}.xhtml", lang="zh")
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        extra = ('<script>document.write("腳本文字")</script>'
                 '<img src="http://example.invalid/x.png" alt="遠端圖片"/>') if number == 2 else ""
        page.content = f"<h1>{title}</h1>{extra}{body}"
        pages.append(page)
    for page in reversed(pages):
        book.add_item(page)
    book.toc = [epub.Link(page.file_name, title, f"ch{n}")
                for n, (page, (title, _)) in enumerate(zip(pages, CHAPTERS, strict=True), 1)]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *pages]
    epub.write_epub(str(path), book)
    return path


def make_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def make_docx(path: Path) -> Path:
    """Title, headings, paragraphs, a table (one merged cell) and two footnotes."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_heading("年度報告", level=0)
    document.add_heading("第一節 概況", level=1)
    document.add_paragraph("今年的收入增加了。")
    table = document.add_table(rows=2, cols=3)
    rows = (("城市", "人口", "面積"), ("臺北", "二百五十萬", "二百七十"))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("第二節 展望", level=1)
    document.add_paragraph("明年會更好。")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<w:footnotes xmlns:w="{w}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>—</w:t></w:r></w:p>'
             '</w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>資料來源：統計局。</w:t></w:r></w:p></w:footnote>'
             '<w:footnote w:id="2"><w:p><w:r><w:t>數字為估計。</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))
    return path


SRT = """1
00:00:01,000 --> 00:00:03,500
<i>你好，</i>
歡迎收看。

2
00:00:04,000 --> 00:00:06,250
今天我們講天氣。

3
00:01:02,000 --> 00:01:04,000
{\\an8}明天見！
"""

VTT = """WEBVTT

NOTE a comment that is not a cue

intro
00:01.000 --> 00:03.500 align:start
<v 老師>你好，歡迎收看。

00:00:04.000 --> 00:00:06.250
今天我們<b>講</b>天氣。
"""


def qt_pdf_from_text(path: Path, text: str) -> Path:
    """A PDF Qt prints from plain text (QTextDocument on a QPdfWriter): page numbers aside,
    no structure but wrapped lines."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Sans CJK SC", 11))
    document.setPlainText(text)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    return path


def qt_scanned_pdf(path: Path) -> Path:
    """A PDF of a picture of text, as a scanner makes: no text layer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter

    image = QImage(800, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("Noto Sans CJK SC", 40))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "掃描的文字")
    painter.end()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()
    return path


def epub_bytes_with(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip")
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()
