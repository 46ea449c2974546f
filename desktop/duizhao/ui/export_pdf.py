"""PDF export: the annotated document laid out by Qt (QTextDocument) and written by QPdfWriter,
with a CJK font embedded so the Chinese is selectable and searchable.

Importing this module registers the "pdf" format with ``duizhao.core.export``, so
``export_document(document, "out.pdf")`` works from the window and from the CLI alike.

Qt's rich text knows no ``<ruby>``, so the interlinear layout is built here from small tables
(a pinyin row over a character row); the side-by-side layout is a plain table.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from duizhao.core.document import CATEGORY_COLOURS, Document, GlossaryEntry, Sentence
from duizhao.core.errors import ExportError
from duizhao.core.export import ExportOptions, Layout, export_document, register_format
from duizhao.core.export.common import (
    CATEGORY_LABELS,
    category_of,
    chinese_text,
    column_text,
    convert_syllable,
    document_title,
    is_gloss,
    main_language_tag,
    sentence_pinyin,
    sentence_syllables,
    term_spans,
    translation_sources,
)
from duizhao.core.export.options import COLUMN_TITLES, PinyinStyle
from duizhao.core.export.progress import checkpoint, counted
from duizhao.core.han import is_han
from duizhao.ui.fonts import bundled_cjk_families

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
BASE_POINT_SIZE = 10
# Interlinear lines are cut to fit the page; widths in ems of the Chinese text size.
_INTERLINEAR_POINT_SIZE = 14
_PINYIN_EM = 0.3  # one Latin letter of the pinyin row (it is set at half size)
_ZHUYIN_EM = 0.45  # one bopomofo letter or tone mark, at half size

FONT_HELP = ("No Chinese font was found for the PDF. Install the Python package "
             "'noto-cjk-sans-otc' (pip install noto-cjk-sans-otc) or a system CJK font "
             "such as Noto Sans CJK, then export again.")

_app: QCoreApplication | None = None
_families: dict[str, str] | None = None


def _ensure_gui() -> None:
    """Text layout needs a QGuiApplication; the CLI has none, so make an offscreen one."""
    global _app
    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return
    if instance is not None:
        raise ExportError("PDF export needs a graphical Qt application; "
                          "export from the window or the command line instead.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["duizhao-export"])


def cjk_families() -> dict[str, str]:
    """Font family for Traditional ("zh-Hant") and Simplified ("zh-Hans") text.

    The font shipped in the ``noto-cjk-sans-otc`` package comes first, so every machine makes
    the same PDF; otherwise any installed font that covers Chinese. Raises ExportError with
    what to install when there is none.
    """
    global _families
    _ensure_gui()
    if _families is not None:
        return _families
    families = list(bundled_cjk_families())
    if not families:
        families = [*QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese),
                    *QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)]
    if not families:
        raise ExportError(FONT_HELP)

    def pick(*wanted: str) -> str:
        for name in wanted:
            if name in families:
                return name
        return families[0]

    _families = {
        "zh-Hant": pick("Noto Sans CJK TC", "Noto Sans CJK HK", "Source Han Sans TC",
                        "Noto Sans CJK SC"),
        "zh-Hans": pick("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK TC"),
    }
    return _families


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
        if options.layout is Layout.SIDE_BY_SIDE and len(options.columns) >= 4
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
    _keep_sentences_whole(text_document, options, writer.height())
    checkpoint()
    text_document.setPageSize(QSizeF(writer.width(), writer.height()))
    text_document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return fix_text_mapping(bytes(buffer.data()))


def preview_html(document: Document, options: ExportOptions) -> str:
    """The page as Qt rich text (what the PDF prints; the export dialog's preview).

    Each sentence is a table of its own, so a page break can move it whole.
    """
    families = cjk_families()
    if options.layout is Layout.INTERLINEAR:
        body = _interlinear(document, options, families)
    else:
        body = _side_by_side(document, options, families)
    return _page(document, options, body)


def _keep_sentences_whole(text_document: QTextDocument, options: ExportOptions,
                          page_height: float) -> int:
    """Start a new page before any sentence a page break would cut in two (Qt's rich text
    has no ``page-break-inside: avoid``), repeating the column headings there.

    The document is laid out on one endless page; pages are then cut from the measured
    heights, each sentence moved whole when it would straddle a cut. Returns the breaks made.
    """
    layout = text_document.documentLayout()
    frames = [f for f in text_document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    heading = frames[0] if options.layout is Layout.SIDE_BY_SIDE and frames else None
    heading_height = layout.frameBoundingRect(heading).height() if heading else 0.0
    units = frames[1:] if heading else frames
    moved: list[QTextTable] = []
    shift = 0.0
    for table in units:
        rect = layout.frameBoundingRect(table)
        top = rect.top() + shift
        page_top = (top // page_height) * page_height
        if top + rect.height() > page_top + page_height \
                and rect.height() + heading_height <= page_height:
            shift += page_top + page_height + heading_height - top
            moved.append(table)
    batch = QTextCursor(text_document)
    batch.beginEditBlock()  # one relayout for all the edits, not one per edit
    for table in moved:
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


# --- HTML in the subset Qt's rich text understands -----------------------------------------

def _page(document: Document, options: ExportOptions, body: str) -> str:
    title = escape(document_title(document, options))
    count = document.sentence_count()
    meta = [f"{count} sentence{'s' if count != 1 else ''}"]
    sources = translation_sources(document)
    if sources:
        meta.append("English: " + ", ".join(sources))
    parts = [f"<html><body><h2>{title}</h2>",
             f'<p style="color:#666666; font-size:8pt">{escape(" · ".join(meta))}</p>', body]
    entries = document.glossary_entries()
    if options.glossary_appendix and entries:
        parts.append(_glossary(entries))
    parts.append("</body></html>")
    return "".join(parts)


def _marked(sentence: Sentence, text: str) -> str:
    out: list[str] = []
    position = 0
    for span in term_spans(sentence, text):
        colour = CATEGORY_COLOURS[category_of(span.hit.entry.category)]
        out.append(escape(text[position:span.start]))
        out.append(f'<span style="background-color:{colour}">'
                   f"{escape(text[span.start:span.end])}</span>")
        position = span.end
    out.append(escape(text[position:]))
    return "".join(out)


def _family_for(column: str, families: dict[str, str]) -> str:
    return families["zh-Hans"] if column == "simplified" else families["zh-Hant"]


def _english(sentence: Sentence) -> str:
    if not sentence.translation:
        return '<span style="color:#aaaaaa">—</span>'
    if is_gloss(sentence):
        return (f'<span style="color:#666666"><i>gloss: {escape(sentence.translation)}'
                "</i></span>")
    return escape(sentence.translation)


def _side_by_side(document: Document, options: ExportOptions, families: dict[str, str]) -> str:
    weights = {"original": 3, "traditional": 3, "simplified": 3, "pinyin": 4, "english": 4}
    total = sum(weights[c] for c in options.columns)
    widths = ["4%"] + [f"{96 * weights[c] / total:.1f}%" for c in options.columns]
    heads = "".join(f'<th width="{w}" align="left">{escape(t)}</th>' for w, t in zip(
        widths, ["#"] + [COLUMN_TITLES[c] for c in options.columns], strict=True))
    table = ('<table width="100%" border="0.5" cellspacing="0" cellpadding="4" '
             'style="border-color:#cccccc; border-style:solid{extra}">')
    out = [table.format(extra="") + f"<tr>{heads}</tr></table>"]
    for sentence in counted(document.sentences()):
        cells = [f'<td width="{widths[0]}" style="color:#888888; font-size:7pt">'
                 f"{sentence.id + 1}</td>"]
        for column, width in zip(options.columns, widths[1:], strict=True):
            if column == "pinyin":
                inner = (f'<span style="color:#3a4a7a">'
                         f"{escape(sentence_pinyin(sentence, options.pinyin_style))}</span>")
            elif column == "english":
                inner = _english(sentence)
            else:
                inner = (f'<span style="font-family:\'{_family_for(column, families)}\'">'
                         f"{_marked(sentence, column_text(sentence, column))}</span>")
            cells.append(f'<td width="{width}">{inner}</td>')
        out.append(table.format(extra="") + "<tr>" + "".join(cells) + "</tr></table>")
    return "".join(out)


def _units(text: str, syllables: list[str | None]) -> list[tuple[int, int, str | None]]:
    """(start, end, syllable) per Han character; other characters grouped (2022, Kyiv)."""
    units: list[tuple[int, int, str | None]] = []
    for index, char in enumerate(text):
        if is_han(char) and syllables[index] is not None:
            units.append((index, index + 1, syllables[index]))
        elif units and units[-1][2] is None and not is_han(text[units[-1][0]]) \
                and char.isalnum() and text[units[-1][1] - 1].isalnum():
            units[-1] = (units[-1][0], index + 1, None)
        else:
            units.append((index, index + 1, None))
    return units


def _interlinear(document: Document, options: ExportOptions, families: dict[str, str]) -> str:
    page_mm = QPageSize(PAGE_SIZES[options.page_size]).size(QPageSize.Unit.Millimeter).width()
    em_mm = _INTERLINEAR_POINT_SIZE * 25.4 / 72
    budget = (page_mm - 2 * MARGIN_MM) / em_mm * 0.95
    family = families[main_language_tag(document, options)]
    letter_em = _ZHUYIN_EM if options.pinyin_style is PinyinStyle.ZHUYIN else _PINYIN_EM
    out = []
    for sentence in counted(document.sentences()):
        text = chinese_text(sentence, options.script)
        syllables = sentence_syllables(sentence, text)
        colours = {}
        for span in term_spans(sentence, text):
            for index in range(span.start, span.end):
                colours[index] = CATEGORY_COLOURS[category_of(span.hit.entry.category)]
        lines: list[list[tuple[int, int, str | None]]] = [[]]
        used = 0.0
        for unit in _units(text, syllables):
            start, end, syllable = unit
            reading = convert_syllable(syllable, options.pinyin_style) if syllable else ""
            width = max((end - start) * (1.0 if is_han(text[start]) else 0.6),
                        len(reading) * letter_em) + 0.15
            if used + width > budget and lines[-1]:
                lines.append([])
                used = 0.0
            lines[-1].append(unit)
            used += width
        out.append('<table width="100%" cellspacing="0" cellpadding="0" '
                   'style="margin-top:8pt"><tr><td>')
        out.append(f'<p style="color:#888888; font-size:7pt">{sentence.id + 1}</p>')
        show_pinyin = options.has("pinyin")
        for line in lines:
            top, bottom = [], []
            for start, end, syllable in line:
                reading = convert_syllable(syllable, options.pinyin_style) if syllable else ""
                background = colours.get(start)
                style = f' style="background-color:{background}"' if background else ""
                top.append(f'<td align="center"{style}><span style="font-size:8pt; '
                           f'color:#3a4a7a">{escape(reading) or "&nbsp;"}</span></td>')
                bottom.append(f'<td align="center"{style}>{escape(text[start:end])}</td>')
            rows = ("<tr>" + "".join(top) + "</tr>" if show_pinyin else "") + \
                "<tr>" + "".join(bottom) + "</tr>"
            out.append(f'<table cellspacing="0" cellpadding="1" style="font-family:\'{family}\'; '
                       f'font-size:{_INTERLINEAR_POINT_SIZE}pt">{rows}</table>')
        for column in options.chinese_columns():
            other = column_text(sentence, column)
            if other != text:
                out.append(f'<p style="font-family:\'{_family_for(column, families)}\'">'
                           f"{_marked(sentence, other)}</p>")
        if options.has("english"):
            out.append(f"<p>{_english(sentence)}</p>")
        out.append("</td></tr></table>")
    return "".join(out)


def _glossary(entries: list[GlossaryEntry]) -> str:
    rows = []
    for entry in entries:
        category = category_of(entry.category)
        colour = CATEGORY_COLOURS[category]
        cells = [
            f'<span style="background-color:{colour}">{escape(entry.traditional)}</span>',
            escape(entry.simplified), escape(entry.pinyin), escape(entry.english),
            escape(CATEGORY_LABELS[category]), escape(entry.note),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    heads = ("Traditional", "Simplified", "Pinyin", "English", "Category", "Note")
    return ('<h3 style="page-break-before:always">Glossary</h3>'
            '<table width="100%" border="0.5" cellspacing="0" cellpadding="3" '
            'style="border-color:#cccccc; border-style:solid"><thead><tr>'
            + "".join(f'<th align="left">{h}</th>' for h in heads) + "</tr></thead>"
            + "".join(rows) + "</table>")


# --- searchable text -----------------------------------------------------------------------

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


_radicals: dict[int, str] | None = None


def _radical_map() -> dict[int, str]:
    """CJK radical code points → the ideograph drawn with the same glyph in our fonts
    (⻓ U+2ED3 → 长); Unicode gives no decomposition for most of these."""
    global _radicals
    if _radicals is None:
        _radicals = {}
        radicals = "".join(chr(c) for c in range(0x2E80, 0x2EF4))
        ideographs = "".join(chr(c) for c in range(0x4E00, 0xA000))
        for family in dict.fromkeys(cjk_families().values()):
            raw = QRawFont.fromFont(QFont(family))
            first: dict[int, str] = {}
            for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs),
                                   strict=False):
                first.setdefault(glyph, char)
            for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals),
                                   strict=False):
                if glyph and glyph in first:
                    _radicals.setdefault(ord(char), first[glyph])
    return _radicals


def _better_text(code: int, radicals: dict[int, str]) -> str:
    """Qt maps a glyph back to the lowest code point that uses it: a space becomes a tab and
    金 the Kangxi radical ⾦ (U+2FA6); a ligature stays ﬁ. No reader searches for those."""
    if code == 0x09:
        return " "
    if code in radicals:
        return radicals[code]
    char = chr(code)
    if 0x2F00 <= code <= 0x2FDF or 0xFB00 <= code <= 0xFB06:
        return unicodedata.normalize("NFKC", char)
    return char


def _fix_cmap(data: bytes, radicals: dict[int, str]) -> bytes:
    out: list[bytes] = []
    section = b""
    for line in data.split(b"\n"):
        stripped = line.strip()
        if stripped.endswith((b"beginbfrange", b"beginbfchar")):
            section = stripped.split()[-1]
        elif stripped in (b"endbfrange", b"endbfchar"):
            section = b""
        elif section:
            sources = 2 if section == b"beginbfrange" else 1
            tokens = list(_HEX.finditer(line))
            pieces, position = [], 0
            for index, token in enumerate(tokens):
                pieces.append(line[position:token.start()])
                value = token.group(1)
                if index >= sources and len(value) == 4:
                    value = _better_text(int(value, 16), radicals).encode("utf-16-be") \
                        .hex().upper().encode("ascii")
                pieces.append(b"<" + value + b">")
                position = token.end()
            pieces.append(line[position:])
            line = b"".join(pieces)
        out.append(line)
    return b"\n".join(out)


def fix_text_mapping(pdf: bytes) -> bytes:
    """Rewrite the fonts' ToUnicode maps so copied and searched text is the real text."""
    from pypdf import PdfReader, PdfWriter

    radicals = _radical_map()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for reference in fonts.values():
            font = reference.get_object()
            cmap_ref = font.get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in seen:
                continue
            stream = cmap_ref.get_object()
            seen.add(id(stream))
            stream.set_data(_fix_cmap(stream.get_data(), radicals))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
