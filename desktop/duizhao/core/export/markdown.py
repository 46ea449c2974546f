"""Markdown readable as plain text and on any renderer: one block per sentence."""

from __future__ import annotations

import re

from duizhao.core.document import Document, GlossaryEntry, Sentence
from duizhao.core.export.common import (
    CATEGORY_LABELS,
    category_of,
    chinese_text,
    column_text,
    document_title,
    is_gloss,
    sentence_pinyin,
    translation_sources,
)
from duizhao.core.export.options import COLUMN_TITLES, ExportOptions
from duizhao.core.export.progress import counted

# Markdown punctuation plus the characters a renderer would treat as HTML.
_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~>!])")


def md_escape(text: str) -> str:
    """Escape ``text`` so it shows literally: no emphasis, links, tables or raw HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\s*\n\s*", " ", text)  # a newline inside a cell would end the block


def render_markdown(document: Document, options: ExportOptions | None = None) -> str:
    options = options or ExportOptions()
    lines = [f"# {md_escape(document_title(document, options))}", ""]
    count = document.sentence_count()
    meta = [f"{count} sentence{'s' if count != 1 else ''}"]
    sources = translation_sources(document)
    if sources:
        meta.append("English from: " + ", ".join(sources))
    lines += [f"*{md_escape(' · '.join(meta))}*", ""]
    for index, paragraph in enumerate(document.paragraphs):
        if index:
            lines += ["---", ""]
        for sentence in counted(paragraph.sentences):
            lines += _sentence_block(sentence, options)
    entries = document.glossary_entries()
    if options.glossary_appendix and entries:
        lines += _glossary(entries)
    return "\n".join(lines).rstrip("\n") + "\n"


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
    lines = ["## Glossary", "", "| Traditional | Simplified | Pinyin | English | Category | Note |",
             "|---|---|---|---|---|---|"]
    for entry in entries:
        cells = [entry.traditional, entry.simplified, entry.pinyin, entry.english,
                 CATEGORY_LABELS[category_of(entry.category)], entry.note]
        lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
    return [*lines, ""]
