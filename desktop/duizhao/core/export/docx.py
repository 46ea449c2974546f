"""Word document (python-docx): a side-by-side table, terms highlighted, the glossary appendix.

python-docx escapes text itself; control characters XML cannot carry are removed first so the
file always opens in Word and LibreOffice.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import IO
from xml.sax.saxutils import escape as xml_escape

import docx as python_docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from duizhao.core.document import (
    CATEGORY_COLOURS,
    Cue,
    Document,
    GlossaryEntry,
    Paragraph,
    Sentence,
    Source,
)
from duizhao.core.export.common import (
    EDITED_NOTE,
    category_of,
    column_text,
    is_gloss,
    sentence_pinyin,
    shows_edited,
    term_spans,
    xml_safe,
)
from duizhao.core.export.frame import (
    APPENDIX_HEADINGS,
    APPENDIX_TITLE,
    ExportFrame,
    appendix_rows,
    landscape,
)
from duizhao.core.export.options import COLUMN_TITLES, ExportOptions
from duizhao.core.export.outline import ChapterHeading, Outline, cue_label
from duizhao.core.export.progress import counted, spool

PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 15.0
EAST_ASIAN_FONT = "Noto Sans CJK TC"
PINYIN_COLOUR = "3A4A7A"
GLOSS_COLOUR = "666666"


def write_docx(source: Source, paragraphs: Iterable[Paragraph], options: ExportOptions,
               out: IO[bytes], *, outline: Outline | None = None) -> None:
    """Write the document row by row. python-docx keeps the whole document in memory and
    slows down as a table grows, so it makes only the frame (page, styles, header, table
    heading, appendix) and the sentence rows are written as WordprocessingML into a spool file,
    then poured into the frame's ``word/document.xml`` as the package is zipped.

    Each chapter's title is a Heading 2 paragraph between tables (Word's navigation pane and
    table of contents list it); a sentence that begins a subtitle cue shows the cue's times."""
    frame = ExportFrame.start(source, options)
    widths = _column_twips(options)
    walk = (outline or Outline()).walk()
    leading: list[ChapterHeading] = []  # chapters before the first row: above the table
    with spool() as rows:
        written = False
        for paragraph in paragraphs:
            headings = walk.chapters_before(paragraph)
            if not written:
                leading += headings
            else:
                for heading in headings:
                    rows.write(_TABLE_BREAK + _heading_xml(heading) + "\n")
            for sentence in counted(paragraph.sentences):
                frame.add(sentence)
                rows.write(_row_xml(sentence, options, widths, walk.cue_of(sentence)) + "\n")
                written = True
        _assemble(_frame_package(frame, options), rows, out,
                  "".join(_heading_xml(h) for h in leading))


def render_docx(document: Document, options: ExportOptions | None = None) -> bytes:
    buffer = io.BytesIO()
    write_docx(document.source, document.paragraphs, options or ExportOptions(), buffer,
               outline=Outline.of(document))
    return buffer.getvalue()


def _frame_package(frame: ExportFrame, options: ExportOptions) -> bytes:
    word = python_docx.Document()
    _page_setup(word, options)
    _default_fonts(word)
    word.core_properties.title = xml_safe(frame.title)
    word.core_properties.author = "Duizhao"
    word.add_heading(xml_safe(frame.title), level=1)
    word.add_paragraph(xml_safe(frame.meta())).runs[0].italic = True
    columns = ("#", *options.columns)
    table = word.add_table(rows=2, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_margins(table)
    for cell, column in zip(table.rows[0].cells, columns, strict=False):
        run = cell.paragraphs[0].add_run("#" if column == "#" else COLUMN_TITLES[column])
        run.bold = True
    _repeat_header(table.rows[0])
    table.rows[1].cells[0].text = _ROWS_MARKER
    _column_widths(table, options)
    entries = frame.glossary(options)
    if entries:
        _glossary(word, entries)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


_ROWS_MARKER = "duizhao-sentence-rows-go-here"
_DOCUMENT_PART = "word/document.xml"
# A spooled line that starts with this ends the table, holds a heading and starts a new table
# (with the same columns and heading row). Rows hold no newline (text's are escaped).
_TABLE_BREAK = "\x00table-break\x00"


def _heading_xml(heading: ChapterHeading) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{_run(heading.title)}</w:p>')


def _assemble(package: bytes, rows: IO[str], out: IO[bytes], leading: str = "") -> None:
    """The frame's package with its marker row replaced by the spooled rows, table breaks
    made, and ``leading`` (headings) just above the table."""
    with zipfile.ZipFile(io.BytesIO(package)) as frame, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as result:
        for info in frame.infolist():
            if info.filename != _DOCUMENT_PART:
                result.writestr(info, frame.read(info))
                continue
            xml = frame.read(info).decode("utf-8")
            marker = xml.index(_ROWS_MARKER)
            start = max(xml.rfind("<w:tr>", 0, marker), xml.rfind("<w:tr ", 0, marker))
            end = xml.index("</w:tr>", marker) + len("</w:tr>")
            table = max(xml.rfind("<w:tbl>", 0, start), xml.rfind("<w:tbl ", 0, start))
            part_info = zipfile.ZipInfo(_DOCUMENT_PART, date_time=info.date_time)
            part_info.compress_type = zipfile.ZIP_DEFLATED
            with result.open(part_info, "w") as part:
                part.write((xml[:table] + leading + xml[table:start]).encode("utf-8"))
                reopen = "</w:tbl>{heading}" + xml[table:start]  # the table's head again
                rows.seek(0)
                for line in rows:
                    line = line.rstrip("\n")
                    if line.startswith(_TABLE_BREAK):
                        line = reopen.format(heading=line[len(_TABLE_BREAK):])
                    part.write(line.encode("utf-8"))
                part.write(xml[end:].encode("utf-8"))


def _row_xml(sentence: Sentence, options: ExportOptions, widths: list[int],
             cue: Cue | None = None) -> str:
    cells = [_cell_xml(widths[0], _run(str(sentence.id + 1)))]  # ids count from 0
    for index, (column, width) in enumerate(zip(options.columns, widths[1:], strict=True)):
        # The cue's times above the first column, as the window shows them in its margin.
        time = _run(cue_label(cue), colour=GLOSS_COLOUR, size=8) if cue and not index else ""
        cells.append(_cell_xml(width, _cell_runs(sentence, column, options), time))
    return ('<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>' + "".join(cells)
            + "</w:tr>")


def _cell_xml(width: int, runs: str, above: str = "") -> str:
    """A cell of one paragraph, or two when ``above`` (runs) comes first."""
    first = f"<w:p>{above}</w:p>" if above else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f"{first}<w:p>{runs}</w:p></w:tc>")


def _run(text: str, *, italic: bool = False, colour: str | None = None,
         shading: str | None = None, size: int | None = None) -> str:
    """One run of text; its properties in the order the schema wants them (``size`` in
    points)."""
    properties = ("<w:i/>" if italic else "") + (
        f'<w:color w:val="{colour}"/>' if colour else "") + (
        f'<w:sz w:val="{size * 2}"/>' if size else "") + (
        f'<w:shd w:val="clear" w:color="auto" w:fill="{shading.lstrip("#").upper()}"/>'
        if shading else "")
    prefix = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    text = xml_escape(xml_safe(text)).replace("\n", "&#10;")  # one spooled row, one line
    return f'<w:r>{prefix}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _cell_runs(sentence: Sentence, column: str, options: ExportOptions) -> str:
    if column == "pinyin":
        return _run(sentence_pinyin(sentence, options.pinyin_style, sandhi=options.tone_sandhi),
                    colour=PINYIN_COLOUR)
    if column == "english":
        if not sentence.translation:
            return _run("—")
        if is_gloss(sentence):
            return _run("gloss: " + sentence.translation, italic=True, colour=GLOSS_COLOUR)
        if shows_edited(sentence, options):
            return _run(sentence.translation) + _run(" " + EDITED_NOTE, colour=GLOSS_COLOUR)
        return _run(sentence.translation)
    text = column_text(sentence, column)
    runs = []
    position = 0
    for span in term_spans(sentence, text):
        if span.start > position:
            runs.append(_run(text[position:span.start]))
        runs.append(_run(text[span.start:span.end],
                         shading=CATEGORY_COLOURS[category_of(span.hit.entry.category)]))
        position = span.end
    if position < len(text):
        runs.append(_run(text[position:]))
    return "".join(runs)


def _column_twips(options: ExportOptions) -> list[int]:
    return [int(width / 635) for width in _widths(options)]  # 635 EMU to a twip


def _usable_width_mm(options: ExportOptions) -> float:
    short, long = PAGE_MM[options.page_size]
    return (long if _wide(options) else short) - 2 * MARGIN_MM


def _wide(options: ExportOptions) -> bool:
    return landscape(len(options.columns))  # a Word export is always a side-by-side table


def _page_setup(word: WordDocument, options: ExportOptions) -> None:
    section = word.sections[0]
    short, long = PAGE_MM[options.page_size]
    wide = _wide(options)
    section.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
    section.page_width = Mm(long if wide else short)
    section.page_height = Mm(short if wide else long)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))


def _default_fonts(word: WordDocument) -> None:
    style = word.styles["Normal"]
    style.font.size = Pt(10)
    style.font.name = "Arial"  # everywhere (LibreOffice has the metric twin); tone marks too
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    # Word picks the east-Asian font for Han characters; name a CJK one so it need not guess.
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def shade(run, colour: str) -> None:  # type: ignore[no-untyped-def]
    """Give a run the category's background. Shading, not Word's highlight: the highlight
    palette has only a few loud colours, shading takes the same tint as the window."""
    properties = run._r.get_or_add_rPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#").upper())
    properties.append(shading)


def _cell_margins(table) -> None:  # type: ignore[no-untyped-def]
    """A little air above and below each cell's text (Table Grid has none)."""
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 40), ("left", 108), ("bottom", 40), ("right", 108)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _widths(options: ExportOptions) -> list[int]:
    """Width of the number column and of each text column, in EMU."""
    usable = Mm(_usable_width_mm(options))
    number = Mm(10)
    weights = {"original": 3, "traditional": 3, "simplified": 3, "pinyin": 4, "english": 4}
    total = sum(weights[c] for c in options.columns)
    return [number] + [int((usable - number) * weights[c] / total) for c in options.columns]


def _column_widths(table, options: ExportOptions) -> None:  # type: ignore[no-untyped-def]
    widths = _widths(options)
    table.autofit = False
    # Word reads the cells' widths, LibreOffice the table grid's: set both.
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def _glossary(word: WordDocument, entries: list[GlossaryEntry]) -> None:
    word.add_page_break()  # type: ignore[no-untyped-call]
    word.add_heading(APPENDIX_TITLE, level=2)
    table = word.add_table(rows=1, cols=len(APPENDIX_HEADINGS))
    table.style = "Table Grid"
    _cell_margins(table)
    for cell, head in zip(table.rows[0].cells, APPENDIX_HEADINGS, strict=False):
        cell.text = head
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for row in appendix_rows(entries):
        cells = table.add_row().cells
        first, *rest = row.cells
        shade(cells[0].paragraphs[0].add_run(xml_safe(first)), CATEGORY_COLOURS[row.category])
        for cell, text in zip(cells[1:], rest, strict=True):
            cell.text = xml_safe(text)
