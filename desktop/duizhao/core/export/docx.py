"""Word document (python-docx): a side-by-side table, terms highlighted, the glossary appendix.

python-docx escapes text itself; control characters XML cannot carry are removed first so the
file always opens in Word and LibreOffice.
"""

from __future__ import annotations

import io

import docx as python_docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from duizhao.core.document import CATEGORY_COLOURS, Document, GlossaryEntry, Sentence
from duizhao.core.export.common import (
    CATEGORY_LABELS,
    EDITED_NOTE,
    category_of,
    column_text,
    document_title,
    is_gloss,
    sentence_pinyin,
    shows_edited,
    term_spans,
    translation_sources,
    xml_safe,
)
from duizhao.core.export.options import COLUMN_TITLES, ExportOptions
from duizhao.core.export.progress import counted

PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 15.0
EAST_ASIAN_FONT = "Noto Sans CJK TC"


def render_docx(document: Document, options: ExportOptions | None = None) -> bytes:
    options = options or ExportOptions()
    word = python_docx.Document()
    _page_setup(word, options)
    _default_fonts(word)
    word.core_properties.title = xml_safe(document_title(document, options))
    word.core_properties.author = "Duizhao"
    word.add_heading(xml_safe(document_title(document, options)), level=1)
    count = document.sentence_count()
    meta = [f"{count} sentence{'s' if count != 1 else ''}"]
    sources = translation_sources(document)
    if sources:
        meta.append("English from: " + ", ".join(sources))
    word.add_paragraph(xml_safe(" · ".join(meta))).runs[0].italic = True

    columns = ("#", *options.columns)
    table = word.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_margins(table)
    for cell, column in zip(table.rows[0].cells, columns, strict=False):
        run = cell.paragraphs[0].add_run("#" if column == "#" else COLUMN_TITLES[column])
        run.bold = True
    _repeat_header(table.rows[0])
    for sentence in counted(document.sentences()):
        row = table.add_row()
        _keep_row_on_one_page(row)
        cells = row.cells
        cells[0].text = str(sentence.id + 1)  # ids count from 0
        for cell, column in zip(cells[1:], options.columns, strict=False):
            _fill_cell(cell, sentence, column, options)
    _column_widths(table, options)

    entries = document.glossary_entries()
    if options.glossary_appendix and entries:
        _glossary(word, entries)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _usable_width_mm(options: ExportOptions) -> float:
    short, long = PAGE_MM[options.page_size]
    return (long if _wide(options) else short) - 2 * MARGIN_MM


def _wide(options: ExportOptions) -> bool:
    return len(options.columns) >= 3  # three text columns need a landscape page


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


def _fill_cell(cell, sentence: Sentence, column: str, options: ExportOptions) -> None:  # type: ignore[no-untyped-def]
    paragraph = cell.paragraphs[0]
    if column == "pinyin":
        run = paragraph.add_run(xml_safe(sentence_pinyin(sentence, options.pinyin_style,
                                                 sandhi=options.tone_sandhi)))
        run.font.color.rgb = RGBColor(0x3A, 0x4A, 0x7A)
        return
    if column == "english":
        if not sentence.translation:
            paragraph.add_run("—")
        elif is_gloss(sentence):
            run = paragraph.add_run("gloss: " + xml_safe(sentence.translation))
            run.italic = True
            run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        else:
            paragraph.add_run(xml_safe(sentence.translation))
            if shows_edited(sentence, options):
                note = paragraph.add_run(" " + EDITED_NOTE)
                note.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        return
    text = column_text(sentence, column)
    position = 0
    for span in term_spans(sentence, text):
        if span.start > position:
            paragraph.add_run(xml_safe(text[position:span.start]))
        run = paragraph.add_run(xml_safe(text[span.start:span.end]))
        shade(run, CATEGORY_COLOURS[category_of(span.hit.entry.category)])
        position = span.end
    if position < len(text):
        paragraph.add_run(xml_safe(text[position:]))


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


def _keep_row_on_one_page(row) -> None:  # type: ignore[no-untyped-def]
    properties = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    properties.append(cant_split)


def _column_widths(table, options: ExportOptions) -> None:  # type: ignore[no-untyped-def]
    usable = Mm(_usable_width_mm(options))
    number = Mm(10)
    weights = {"original": 3, "traditional": 3, "simplified": 3, "pinyin": 4, "english": 4}
    total = sum(weights[c] for c in options.columns)
    widths = [number] + [int((usable - number) * weights[c] / total) for c in options.columns]
    table.autofit = False
    # Word reads the cells' widths, LibreOffice the table grid's: set both.
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def _glossary(word: WordDocument, entries: list[GlossaryEntry]) -> None:
    word.add_page_break()  # type: ignore[no-untyped-call]
    word.add_heading("Glossary", level=2)
    heads = ("Traditional", "Simplified", "Pinyin", "English", "Category", "Note")
    table = word.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    _cell_margins(table)
    for cell, head in zip(table.rows[0].cells, heads, strict=False):
        cell.text = head
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for entry in entries:
        category = category_of(entry.category)
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run(xml_safe(entry.traditional))
        shade(run, CATEGORY_COLOURS[category])
        cells[1].text = xml_safe(entry.simplified)
        cells[2].text = xml_safe(entry.pinyin)
        cells[3].text = xml_safe(entry.english)
        cells[4].text = CATEGORY_LABELS[category]
        cells[5].text = xml_safe(entry.note)
