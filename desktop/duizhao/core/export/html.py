"""One self-contained HTML file: inline CSS, no scripts, nothing fetched from anywhere.

Every piece of user text goes through ``html.escape``; a Content-Security-Policy forbids
scripts and requests even if a browser were handed something unescaped.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from html import escape
from typing import IO

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
    CATEGORY_LABELS,
    category_of,
    chinese_text,
    column_text,
    is_gloss,
    main_language_tag,
    sentence_pinyin,
    sentence_syllables,
    shows_edited,
    term_spans,
    term_tooltip,
)
from duizhao.core.export.frame import (
    APPENDIX_HEADINGS,
    APPENDIX_TITLE,
    ExportFrame,
    appendix_rows,
    landscape,
)
from duizhao.core.export.options import COLUMN_TITLES, ExportOptions, Layout
from duizhao.core.export.outline import (
    ChapterHeading,
    Outline,
    OutlineWalk,
    cue_datetime,
    cue_label,
)
from duizhao.core.export.progress import copy_spool, counted, spool
from duizhao.core.language import pinyin_style

GLOSS_NOTE = "Word-by-word dictionary gloss (no translation model was installed), not a translation"
LANG = {"original": None, "traditional": "zh-Hant", "simplified": "zh-Hans",
        "pinyin": "zh-Latn-pinyin", "english": "en"}

_CSS = """
:root { --ink: #1d1d1f; --muted: #666; --rule: #d8d8d8; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK TC", "Noto Sans CJK SC", "Source Han Sans", "PingFang TC",
  "Microsoft JhengHei", "Microsoft YaHei", sans-serif; color: var(--ink); margin: 2em auto;
  max-width: 80em; padding: 0 1.5em; line-height: 1.6; }
header h1 { font-size: 1.5em; margin: 0 0 .2em; }
.meta, .legend, footer { color: var(--muted); font-size: .85em; }
.legend .term { margin-right: .6em; }
table.parallel { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.parallel th { text-align: left; font-size: .8em; color: var(--muted);
  border-bottom: 2px solid var(--rule); padding: .3em .5em; }
table.parallel td { vertical-align: top; padding: .45em .5em; border-bottom: 1px solid var(--rule);
  overflow-wrap: anywhere; }
table.parallel td.n, table.parallel th.n { width: 2.6em; color: var(--muted); font-size: .8em; }
tbody.paragraph { border-top: 2px solid var(--rule); }
td.pinyin, .pinyin { color: #3a4a7a; font-size: .9em; }
td.english, p.english { font-family: Georgia, "Noto Serif", serif; }
.gloss { color: var(--muted); font-style: italic; }
.gloss::before { content: "gloss: "; font-size: .8em; }
.edited::after { content: " (edited)"; color: var(--muted); font-size: .8em; }
.missing { color: #b0b0b0; }
.term { border-radius: 3px; padding: 0 .1em; border-bottom: 1px dotted #555; cursor: help; }
""" + "".join(
    f".term-{name} {{ background: {colour}; }}\n" for name, colour in CATEGORY_COLOURS.items()
) + """
section.paragraph { border-top: 2px solid var(--rule); padding-top: .4em; margin-top: .8em; }
div.sentence { margin: 0 0 1.1em; }
div.sentence .n { color: var(--muted); font-size: .75em; margin-right: .5em; }
p.zh { font-size: 1.35em; margin: 0; line-height: 2.3; }
p.zh ruby { ruby-position: over; ruby-align: center; }
p.zh rt { font-size: .5em; color: #3a4a7a; padding: 0 .12em; }
p.alt, p.english, p.pinyin { margin: .1em 0 0; }
nav.contents ol { margin: .3em 0 1em; padding-left: 1.6em; }
h2.chapter { font-size: 1.25em; margin: 1.2em 0 .4em; }
table.parallel td.chapter { border-bottom: none; padding-top: 1em; }
table.parallel td.chapter h2 { margin: 0; }
time.cue { display: block; color: var(--muted); font-size: .75em; font-family: monospace; }
section.glossary { margin-top: 2em; }
section.glossary table { border-collapse: collapse; width: 100%; }
section.glossary th, section.glossary td { text-align: left; padding: .3em .5em;
  border-bottom: 1px solid var(--rule); vertical-align: top; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  tr, div.sentence, section.glossary tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .term { border-bottom: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.glossary { break-before: page; page-break-before: always; }
}
"""


def write_html(source: Source, paragraphs: Iterable[Paragraph], options: ExportOptions,
               out: IO[str], *, outline: Outline | None = None) -> None:
    """Write the page paragraph by paragraph: the body goes to a spool file first (the header
    counts what the body holds), so memory stays bounded however long the document.
    ``outline``: chapters become headings (listed, linked, at the top), cue times are shown
    above the sentence that begins each cue."""
    frame = ExportFrame.start(source, options)
    lang = main_language_tag(source, options)
    outline = (outline or Outline()).in_script(options.script, source.script)
    walk = outline.walk()
    with spool() as body:
        body.write("<main>\n")
        if options.layout is Layout.INTERLINEAR:
            for paragraph in paragraphs:
                body.write("".join(_chapter_heading(h) for h in walk.chapters_before(paragraph)))
                body.write(_interlinear_paragraph(paragraph, options, lang, frame, walk))
        else:
            body.write('<table class="parallel">\n<thead><tr><th class="n">#</th>'
                       + "".join(f'<th class="{c}">{escape(COLUMN_TITLES[c])}</th>'
                                 for c in options.columns) + "</tr></thead>\n")
            for paragraph in paragraphs:
                body.write("".join(_chapter_row(h, len(options.columns) + 1)
                                   for h in walk.chapters_before(paragraph)))
                body.write(_side_by_side_paragraph(paragraph, options, frame, walk))
            body.write("</table>\n")
        body.write("</main>\n")
        out.write(_head(frame, options, lang))
        out.write(_contents(outline.headings()))
        copy_spool(body, out)
    entries = frame.glossary(options)
    if entries:
        out.write(_glossary(entries))
    out.write("<footer><p>Exported by Duizhao (對照).</p></footer>\n</body>\n</html>\n")


def render_html(document: Document, options: ExportOptions | None = None) -> str:
    buffer = io.StringIO()
    write_html(document.source, document.paragraphs, options or ExportOptions(), buffer,
               outline=Outline.of(document))
    return buffer.getvalue()


def _head(frame: ExportFrame, options: ExportOptions, lang: str) -> str:
    return "".join([
        "<!DOCTYPE html>\n",
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="Duizhao">\n',
        f"<title>{escape(frame.title)}</title>\n<style>{_CSS}{_page_css(options)}</style>\n"
        "</head>\n<body>\n",
        _header(frame),
    ])


def _page_css(options: ExportOptions) -> str:
    """Printed page: the chosen paper, landscape when several columns sit side by side."""
    wide = options.layout is Layout.SIDE_BY_SIDE and landscape(len(options.columns))
    orientation = " landscape" if wide else ""
    return f"@page {{ size: {options.page_size}{orientation}; margin: 12mm; }}\n"


def _header(frame: ExportFrame) -> str:
    legend = "".join(f'<span class="term term-{name}">{escape(CATEGORY_LABELS[name])}</span>'
                     for name in frame.categories())
    html = [f"<header>\n<h1>{escape(frame.title)}</h1>\n",
            f'<p class="meta">{escape(frame.meta())}</p>\n']
    if legend:
        html.append(f'<p class="legend">Glossary terms: {legend}</p>\n')
    html.append("</header>\n")
    return "".join(html)


def _contents(headings: list[ChapterHeading]) -> str:
    """The chapters, each a link to its heading."""
    if not headings:
        return ""
    items = "".join(f'<li><a href="#{h.anchor}">{escape(h.title)}</a></li>\n' for h in headings)
    return f'<nav class="contents">\n<h2>Contents</h2>\n<ol>\n{items}</ol>\n</nav>\n'


def _chapter_heading(heading: ChapterHeading) -> str:
    return f'<h2 class="chapter" id="{heading.anchor}">{escape(heading.title)}</h2>\n'


def _chapter_row(heading: ChapterHeading, span: int) -> str:
    return (f'<tbody class="chapter"><tr><td class="chapter" colspan="{span}">'
            f"{_chapter_heading(heading)}</td></tr></tbody>\n")


def _cue_time(cue: Cue | None) -> str:
    if cue is None:
        return ""
    return (f'<time class="cue" datetime="{cue_datetime(cue.shown_ms)}">'
            f"{escape(cue_label(cue))}</time>")


def marked_text(sentence: Sentence, text: str) -> str:
    """``text`` escaped, with each glossary term wrapped in a coloured span with a tooltip."""
    out: list[str] = []
    position = 0
    for span in term_spans(sentence, text):
        out.append(escape(text[position:span.start]))
        out.append(_term_open(span.hit.entry))
        out.append(escape(text[span.start:span.end]))
        out.append("</span>")
        position = span.end
    out.append(escape(text[position:]))
    return "".join(out)


def _term_open(entry: GlossaryEntry) -> str:
    tooltip = term_tooltip(entry)
    return (f'<span class="term term-{category_of(entry.category)}" '
            f'title="{escape(tooltip, quote=True)}" data-english="{escape(entry.english)}">')


def _english(sentence: Sentence, options: ExportOptions) -> tuple[str, str]:
    """(css classes, inner html) for the English of a sentence."""
    if not sentence.translation:
        return "english missing", "—"
    if is_gloss(sentence):
        return "english gloss", escape(sentence.translation)
    if shows_edited(sentence, options):
        return "english edited", escape(sentence.translation)
    return "english", escape(sentence.translation)


def _cell(sentence: Sentence, column: str, options: ExportOptions, lead: str = "") -> str:
    """The sentence's cell in ``column``; ``lead`` (markup) comes first in it."""
    if column == "pinyin":
        shown = sentence_pinyin(sentence, options.pinyin_style, sandhi=options.tone_sandhi)
        return f'<td class="pinyin" lang="zh-Latn-pinyin">{lead}{escape(shown)}</td>'
    if column == "english":
        classes, inner = _english(sentence, options)
        return f'<td class="{classes}" lang="en"' + (
            f' title="{GLOSS_NOTE}">' if "gloss" in classes else ">") + f"{lead}{inner}</td>"
    lang = LANG[column] or ""
    lang_attr = f' lang="{lang}"' if lang else ""
    inner = marked_text(sentence, column_text(sentence, column))
    return f'<td class="{column}"{lang_attr}>{lead}{inner}</td>'


def _ruby_line(sentence: Sentence, text: str, options: ExportOptions) -> str:
    """Every Han character in its own ``<ruby>`` with its syllable; terms wrap their run."""
    syllables = sentence_syllables(sentence, text, sandhi=options.tone_sandhi)
    spans = {s.start: s for s in term_spans(sentence, text)}
    out: list[str] = []
    open_until = -1
    for index, char in enumerate(text):
        if index == open_until:
            out.append("</span>")
            open_until = -1
        if index in spans and open_until < 0:
            out.append(_term_open(spans[index].hit.entry))
            open_until = spans[index].end
        syllable = syllables[index]
        if syllable is None:
            out.append(escape(char))
        else:
            reading = pinyin_style.syllable(syllable, options.pinyin_style)
            out.append(f"<ruby>{escape(char)}<rt>{escape(reading)}</rt></ruby>")
    if open_until >= 0:
        out.append("</span>")
    return "".join(out)


def _side_by_side_paragraph(paragraph: Paragraph, options: ExportOptions,
                            frame: ExportFrame, walk: OutlineWalk) -> str:
    out = ['<tbody class="paragraph">\n']
    for sentence in counted(paragraph.sentences):
        frame.add(sentence)
        out.append(f'<tr class="sentence" id="s{sentence.id}"><td class="n">'
                   f"{sentence.id + 1}</td>")
        time = _cue_time(walk.cue_of(sentence))  # above the first column, as in the window
        for index, column in enumerate(options.columns):
            out.append(_cell(sentence, column, options, time if index == 0 else ""))
        out.append("</tr>\n")
    out.append("</tbody>\n")
    return "".join(out)


def _interlinear_paragraph(paragraph: Paragraph, options: ExportOptions, main_lang: str,
                           frame: ExportFrame, walk: OutlineWalk) -> str:
    out = ['<section class="paragraph">\n']
    for sentence in counted(paragraph.sentences):
        frame.add(sentence)
        text = chinese_text(sentence, options.script)
        out.append(f'<div class="sentence" id="s{sentence.id}">')
        out.append(_cue_time(walk.cue_of(sentence)))
        ruby = options.has("pinyin")
        line = _ruby_line(sentence, text, options) if ruby else marked_text(sentence, text)
        out.append(f'<p class="zh" lang="{main_lang}"><span class="n">{sentence.id + 1}</span>'
                   f"{line}</p>")
        for column in options.chinese_columns():
            other = column_text(sentence, column)
            if other != text:  # the same text twice adds nothing
                lang = LANG[column] or main_lang
                out.append(f'<p class="alt {column}" lang="{lang}">'
                           f"{marked_text(sentence, other)}</p>")
        if options.has("english"):
            classes, inner = _english(sentence, options)
            title = f' title="{GLOSS_NOTE}"' if "gloss" in classes else ""
            out.append(f'<p class="{classes}" lang="en"{title}>{inner}</p>')
        out.append("</div>\n")
    out.append("</section>\n")
    return "".join(out)


def _glossary(entries: list[GlossaryEntry]) -> str:
    rows = []
    for number, row in enumerate(appendix_rows(entries), 1):
        traditional, simplified, pinyin, english, category, note = (escape(c) for c in row.cells)
        rows.append(
            f'<tr id="term-{number}"><td lang="zh-Hant"><span class="term term-{row.category}">'
            f'{traditional}</span></td><td lang="zh-Hans">{simplified}</td>'
            f'<td class="pinyin">{pinyin}</td><td lang="en">{english}</td>'
            f"<td>{category}</td><td>{note}</td></tr>\n")
    heads = "".join(f"<th>{escape(head)}</th>" for head in APPENDIX_HEADINGS)
    return (f'<section class="glossary">\n<h2>{escape(APPENDIX_TITLE)}</h2>\n<table>\n'
            f"<thead><tr>{heads}</tr></thead>\n<tbody>\n" + "".join(rows)
            + "</tbody>\n</table>\n</section>\n")
