"""Markdown readable as plain text and on any renderer: one block per sentence."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import IO

from duizhao.core.document import Document, GlossaryEntry, Paragraph, Sentence, Source
from duizhao.core.export.common import chinese_text, column_text, is_gloss, sentence_pinyin
from duizhao.core.export.frame import APPENDIX_HEADINGS, APPENDIX_TITLE, ExportFrame, appendix_rows
from duizhao.core.export.options import COLUMN_TITLES, ExportOptions
from duizhao.core.export.outline import Outline, cue_label
from duizhao.core.export.progress import copy_spool, counted, spool

# Markdown punctuation plus the characters a renderer would treat as HTML.
_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~>!])")


def md_escape(text: str) -> str:
    """Escape ``text`` so it shows literally: no emphasis, links, tables or raw HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\s*\n\s*", " ", text)  # a newline inside a cell would end the block


def write_markdown(source: Source, paragraphs: Iterable[Paragraph], options: ExportOptions,
                   out: IO[str], *, outline: Outline | None = None) -> None:
    """Write the blocks paragraph by paragraph (the body spooled: the header counts it).
    Blocks are separated by one empty line, paragraphs by a rule; a chapter begins with its
    heading instead, and a sentence that begins a cue with the cue's times."""
    frame = ExportFrame.start(source, options)
    walk = (outline or Outline()).in_script(options.script, source.script).walk()
    with spool() as body:
        for index, paragraph in enumerate(paragraphs):
            headings = walk.chapters_before(paragraph)
            lines = ["", "---", ""] if index and not headings else [""]
            for heading in headings:
                lines += [f"## {md_escape(heading.title)}", ""]
            for sentence in counted(paragraph.sentences):
                frame.add(sentence)
                cue = walk.cue_of(sentence)
                if cue is not None:
                    lines.append(f"`{cue_label(cue)}`  ")
                lines += _sentence_block(sentence, options)
            body.write("\n".join(lines))
        out.write(f"# {md_escape(frame.title)}\n\n*{md_escape(frame.meta())}*\n")
        copy_spool(body, out)
    entries = frame.glossary(options)
    if entries:
        out.write("\n" + "\n".join(_glossary(entries)))


def render_markdown(document: Document, options: ExportOptions | None = None) -> str:
    buffer = io.StringIO()
    write_markdown(document.source, document.paragraphs, options or ExportOptions(), buffer,
                   outline=Outline.of(document))
    return buffer.getvalue()


def _sentence_block(sentence: Sentence, options: ExportOptions) -> list[str]:
    main = chinese_text(sentence, options.script)
    shown: list[str] = [f"**{sentence.id + 1}.** {md_escape(main)}"]
    for column in options.columns:
        if column in ("original", "traditional", "simplified"):
            text = column_text(sentence, column)
            if text != main:
                shown.append(f"{COLUMN_TITLES[column]}: {md_escape(text)}")
        elif column == "pinyin":
            pinyin = sentence_pinyin(sentence, options.pinyin_style,
                                                 sandhi=options.tone_sandhi)
            if pinyin:
                shown.append(f"*{md_escape(pinyin)}*")
        elif column == "english":
            if not sentence.translation:
                shown.append("English: —")
            elif is_gloss(sentence):
                shown.append(f"Gloss (word by word, not a translation): "
                              f"{md_escape(sentence.translation)}")
            else:
                shown.append(f"English: {md_escape(sentence.translation)}")
    terms = list(dict.fromkeys(hit.entry for hit in sentence.terms))
    if terms:
        shown.append("Terms: " + "; ".join(
            f"{md_escape(e.traditional or e.simplified)} = {md_escape(e.english)}" for e in terms))
    # Two trailing spaces make a line break in Markdown, without merging the lines.
    return [line + "  " for line in shown[:-1]] + [shown[-1], ""]


def _glossary(entries: list[GlossaryEntry]) -> list[str]:
    lines = [f"## {APPENDIX_TITLE}", "", "| " + " | ".join(APPENDIX_HEADINGS) + " |",
             "|" + "---|" * len(APPENDIX_HEADINGS)]
    for row in appendix_rows(entries):
        lines.append("| " + " | ".join(md_escape(cell) for cell in row.cells) + " |")
    return [*lines, ""]
