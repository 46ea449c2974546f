"""What frames every export, whatever its format: the header (title, how many sentences, where
the English comes from, which glossary categories appear), the glossary appendix and the page
orientation. Each format only marks these up.

The frame is gathered sentence by sentence as an export writes its body, so a streamed export
knows its header once the body is written (formats that put the header first spool the body).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from duizhao.core.document import (
    CATEGORY_COLOURS,
    Document,
    GlossaryEntry,
    Paragraph,
    Sentence,
    Source,
)
from duizhao.core.export.common import CATEGORY_LABELS, category_of, document_title
from duizhao.core.export.options import ExportOptions

# A side-by-side table of this many text columns is printed on a landscape page (HTML, DOCX
# and PDF alike); fewer columns, or the interlinear layout, stay portrait.
LANDSCAPE_COLUMNS = 3

APPENDIX_TITLE = "Glossary"
APPENDIX_HEADINGS = ("Traditional", "Simplified", "Pinyin", "English", "Category", "Note")


def landscape(table_columns: int) -> bool:
    """Whether a side-by-side table of ``table_columns`` text columns needs a landscape page."""
    return table_columns >= LANDSCAPE_COLUMNS


@dataclass
class ExportFrame:
    title: str
    sentences: int = 0
    sources: dict[str, None] = field(default_factory=dict)  # translation sources, in order
    _entries: dict[int, GlossaryEntry] = field(default_factory=dict)  # by identity: cheap

    @classmethod
    def start(cls, source: Source, options: ExportOptions) -> ExportFrame:
        return cls(title=document_title(source, options))

    @classmethod
    def of(cls, document: Document, options: ExportOptions) -> ExportFrame:
        """The frame of a whole document (formats that need it before their body: PDF)."""
        frame = cls.start(document.source, options)
        frame.add_paragraphs(document.paragraphs)
        return frame

    def add(self, sentence: Sentence) -> None:
        """Count a sentence as it is written."""
        self.sentences += 1
        if sentence.translation and sentence.translation_source:
            self.sources.setdefault(sentence.translation_source, None)
        for hit in sentence.terms:
            self._entries.setdefault(id(hit.entry), hit.entry)

    def add_paragraphs(self, paragraphs: Iterable[Paragraph]) -> None:
        for paragraph in paragraphs:
            for sentence in paragraph.sentences:
                self.add(sentence)

    # --- the header -----------------------------------------------------------------------
    def meta(self) -> str:
        """One line under the title: "12 sentences · English: machine translation (…)"."""
        parts = [f"{self.sentences} sentence{'s' if self.sentences != 1 else ''}"]
        if self.sources:
            parts.append("English: " + ", ".join(source_label(s) for s in self.sources))
        return " · ".join(parts)

    def categories(self) -> list[str]:
        """The glossary categories that appear, in the legend's order."""
        present = {category_of(entry.category) for entry in self._entries.values()}
        return [name for name in CATEGORY_COLOURS if name in present]

    # --- the appendix ---------------------------------------------------------------------
    def glossary(self, options: ExportOptions) -> list[GlossaryEntry]:
        """The entries the appendix lists (none when it is switched off), in order of first
        occurrence, equal entries once."""
        if not options.glossary_appendix:
            return []
        return list(dict.fromkeys(self._entries.values()))


@dataclass(frozen=True)
class AppendixRow:
    category: str  # the key of CATEGORY_COLOURS, for the tint of the first cell
    cells: tuple[str, str, str, str, str, str]  # as APPENDIX_HEADINGS


def appendix_rows(entries: Iterable[GlossaryEntry]) -> list[AppendixRow]:
    rows = []
    for entry in entries:
        category = category_of(entry.category)
        rows.append(AppendixRow(category, (
            entry.traditional or entry.simplified, entry.simplified, entry.pinyin,
            entry.english, CATEGORY_LABELS[category], entry.note)))
    return rows


def source_label(source: str) -> str:
    """Where a translation comes from, in words."""
    if source.startswith("argos:"):
        return "machine translation (" + source.removeprefix("argos:") + ")"
    if source == "gloss":
        return "word-by-word dictionary gloss (no translation model)"
    if source.startswith("user"):
        return "edited by the reader"
    return source
