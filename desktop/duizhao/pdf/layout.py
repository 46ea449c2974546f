"""The annotated document as HTML in the subset Qt's rich text understands.

Qt's rich text knows no ``<ruby>``, so the interlinear layout is built from small tables (a
pinyin row over a character row); the side-by-side layout is a plain table. Each sentence is a
table of its own, so a page break can move it whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from PySide6.QtGui import QPageSize

from duizhao.core.document import CATEGORY_COLOURS, Cue, Document, GlossaryEntry, Sentence
from duizhao.core.export import ExportOptions, Layout
from duizhao.core.export.common import (
    EDITED_NOTE,
    category_of,
    chinese_text,
    column_text,
    is_gloss,
    main_language_tag,
    sentence_pinyin,
    sentence_syllables,
    shows_edited,
    term_spans,
)
from duizhao.core.export.frame import APPENDIX_HEADINGS, APPENDIX_TITLE, ExportFrame, appendix_rows
from duizhao.core.export.options import COLUMN_TITLES
from duizhao.core.export.outline import ChapterHeading, Outline, OutlineWalk, cue_label
from duizhao.core.export.progress import counted
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.text.han import is_han
from duizhao.pdf.fonts import cjk_families

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0

# Interlinear lines are cut to fit the page; widths in ems of the Chinese text size.
_INTERLINEAR_POINT_SIZE = 14
_PINYIN_EM = 0.3  # one Latin letter of the pinyin row (it is set at half size)
_ZHUYIN_EM = 0.45  # one bopomofo letter or tone mark, at half size


def preview_html(document: Document, options: ExportOptions) -> str:
    """The page as Qt rich text (what the PDF prints; the export dialog's preview)."""
    families = cjk_families()
    if options.layout is Layout.INTERLINEAR:
        body = _interlinear(document, options, families)
    else:
        body = _side_by_side(document, options, families)
    return _page(document, options, body)


def _page(document: Document, options: ExportOptions, body: str) -> str:
    frame = ExportFrame.of(document, options)
    parts = [f"<html><body><h2>{escape(frame.title)}</h2>",
             f'<p style="color:#666666; font-size:8pt">{escape(frame.meta())}</p>', body]
    entries = frame.glossary(options)
    if entries:
        parts.append(_glossary(entries))
    parts.append("</body></html>")
    return "".join(parts)


# Chapters' headings (and the glossary's) are at this level; the PDF writer bookmarks them.
BOOKMARK_LEVEL = 3


def _walked(document: Document, options: ExportOptions
            ) -> Iterator[tuple[list[ChapterHeading], Sentence, Cue | None]]:
    """Each sentence, counted, with the chapter headings that go before it and the cue it
    begins."""
    walk: OutlineWalk = Outline.of(document).in_script(options.script,
                                                       document.source.script).walk()
    for paragraph in document.paragraphs:
        headings = walk.chapters_before(paragraph)
        for sentence in counted(paragraph.sentences):
            yield headings, sentence, walk.cue_of(sentence)
            headings = []


def _heading(heading: ChapterHeading) -> str:
    return f"<h{BOOKMARK_LEVEL}>{escape(heading.title)}</h{BOOKMARK_LEVEL}>"


def _time(cue: Cue | None) -> str:
    """The cue's times, small and grey, above the sentence (the window's margin)."""
    if cue is None:
        return ""
    return f'<span style="color:#888888; font-size:7pt">{escape(cue_label(cue))}</span><br/>'


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


def _english(sentence: Sentence, options: ExportOptions) -> str:
    if not sentence.translation:
        return '<span style="color:#aaaaaa">—</span>'
    if is_gloss(sentence):
        return (f'<span style="color:#666666"><i>gloss: {escape(sentence.translation)}'
                "</i></span>")
    if shows_edited(sentence, options):
        return (f'{escape(sentence.translation)} <span style="color:#666666">{EDITED_NOTE}'
                "</span>")
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
    for headings, sentence, cue in _walked(document, options):
        # a chapter's heading is a row of its first sentence's table: a page break moves both
        chapter = "".join(f'<tr><td colspan="{len(widths)}">{_heading(heading)}</td></tr>'
                          for heading in headings)
        cells = [f'<td width="{widths[0]}" style="color:#888888; font-size:7pt">'
                 f"{sentence.id + 1}</td>"]
        for index, (column, width) in enumerate(zip(options.columns, widths[1:], strict=True)):
            if column == "pinyin":
                shown = sentence_pinyin(sentence, options.pinyin_style,
                                        sandhi=options.tone_sandhi)
                inner = f'<span style="color:#3a4a7a">{escape(shown)}</span>'
            elif column == "english":
                inner = _english(sentence, options)
            else:
                inner = (f'<span style="font-family:\'{_family_for(column, families)}\'">'
                         f"{_marked(sentence, column_text(sentence, column))}</span>")
            lead = _time(cue) if index == 0 else ""
            cells.append(f'<td width="{width}">{lead}{inner}</td>')
        out.append(table.format(extra="") + chapter + "<tr>" + "".join(cells) + "</tr></table>")
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
    for headings, sentence, cue in _walked(document, options):
        text = chinese_text(sentence, options.script)
        syllables = sentence_syllables(sentence, text, sandhi=options.tone_sandhi)
        colours = {}
        for span in term_spans(sentence, text):
            for index in range(span.start, span.end):
                colours[index] = CATEGORY_COLOURS[category_of(span.hit.entry.category)]
        lines: list[list[tuple[int, int, str | None]]] = [[]]
        used = 0.0
        for unit in _units(text, syllables):
            start, end, syllable = unit
            reading = pinyin_style.syllable(syllable, options.pinyin_style) if syllable else ""
            width = max((end - start) * (1.0 if is_han(text[start]) else 0.6),
                        len(reading) * letter_em) + 0.15
            if used + width > budget and lines[-1]:
                lines.append([])
                used = 0.0
            lines[-1].append(unit)
            used += width
        out.append('<table width="100%" cellspacing="0" cellpadding="0" '
                   'style="margin-top:8pt"><tr><td>')
        out.extend(_heading(heading) for heading in headings)  # in the sentence's table
        out.append(f'<p style="color:#888888; font-size:7pt">{_time(cue)}{sentence.id + 1}</p>')
        show_pinyin = options.has("pinyin")
        for line in lines:
            top, bottom = [], []
            for start, end, syllable in line:
                reading = pinyin_style.syllable(syllable, options.pinyin_style) if syllable else ""
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
            out.append(f"<p>{_english(sentence, options)}</p>")
        out.append("</td></tr></table>")
    return "".join(out)


def _glossary(entries: list[GlossaryEntry]) -> str:
    rows = []
    for row in appendix_rows(entries):
        first, *rest = (escape(cell) for cell in row.cells)
        colour = CATEGORY_COLOURS[row.category]
        cells = [f'<span style="background-color:{colour}">{first}</span>', *rest]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f'<h3 style="page-break-before:always">{escape(APPENDIX_TITLE)}</h3>'
            '<table width="100%" border="0.5" cellspacing="0" cellpadding="3" '
            'style="border-color:#cccccc; border-style:solid"><thead><tr>'
            + "".join(f'<th align="left">{escape(h)}</th>' for h in APPENDIX_HEADINGS)
            + "</tr></thead>" + "".join(rows) + "</table>")
