"""The open document as a flat list of sentences: what every pane and view indexes by row.

Rows grow while a big document is still being annotated (``append_paragraphs``) and single
rows change when their translation arrives (``set_translations``); views listen to the Qt
model signals.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from duizhao.core.document import (
    Chapter,
    Document,
    Paragraph,
    Script,
    Sentence,
    Source,
    TermHit,
)

SentenceRole = Qt.ItemDataRole.UserRole + 1
ParagraphEndRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class SentenceModel(QAbstractListModel):
    """Sentences in reading order; ``data(index, SentenceRole)`` is the core ``Sentence``."""

    translations_changed = Signal(list)  # rows

    def __init__(self) -> None:
        super().__init__()
        self.document = Document(Source(None, "utf-8", Script.NONE), "", [])
        self.complete = True
        self._rows: list[Sentence] = []
        self._paragraph_end: list[bool] = []
        self._row_of_id: dict[int, int] = {}

    # -- building ------------------------------------------------------------------------------
    def reset(self, document: Document, *, complete: bool = True) -> None:
        self.beginResetModel()
        self.document = document
        self.complete = complete
        self._rows = []
        self._paragraph_end = []
        self._row_of_id = {}
        self._add(document.paragraphs)
        self.endResetModel()

    def append_paragraphs(self, paragraphs: list[Paragraph]) -> tuple[int, int]:
        """Add paragraphs annotated after the first screen; returns the new rows' range."""
        first = len(self._rows)
        count = sum(len(p.sentences) for p in paragraphs)
        self.document.paragraphs.extend(paragraphs)
        if count:
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._add(paragraphs)
            self.endInsertRows()
        return first, first + count

    def extend_text(self, text: str, chapters: list[Chapter]) -> bool:
        """More of a book read in parts: its text so far and chapters (the rows come with
        :meth:`append_paragraphs`). True when there are new chapters."""
        document = self.document
        if len(text) <= len(document.text):
            return False
        more = len(chapters) > len(document.chapters)
        document.text, document.chapters = text, chapters
        return more

    def _add(self, paragraphs: Iterable[Paragraph]) -> None:
        for paragraph in paragraphs:
            for i, sentence in enumerate(paragraph.sentences):
                self._row_of_id[sentence.id] = len(self._rows)
                self._rows.append(sentence)
                self._paragraph_end.append(i == len(paragraph.sentences) - 1)

    def set_translations(self, translated: list[Sentence]) -> list[int]:
        """Take the English (and its links) of sentences translated on a worker, matched by
        id; returns the rows changed."""
        rows: list[int] = []
        for other in translated:
            row = self._row_of_id.get(other.id)
            # English a person wrote or reviewed meanwhile is kept
            if row is not None and not self._rows[row].by_person \
                    and self._rows[row].take_translation(other):
                rows.append(row)
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index)
        if rows:
            self.translations_changed.emit(rows)
        return rows

    def row_changed(self, row: int) -> None:
        """The sentence at ``row`` was changed in place (its English, its status)."""
        index = self.index(row)
        self.dataChanged.emit(index, index)

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        sentence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return sentence.original
        if role == SentenceRole:
            return sentence
        if role == ParagraphEndRole:
            return self._paragraph_end[index.row()]
        return None

    def sentence(self, row: int) -> Sentence:
        return self._rows[row]

    def sentences(self) -> list[Sentence]:
        return self._rows

    def paragraph_end(self, row: int) -> bool:
        return self._paragraph_end[row]

    def paragraph_ends(self) -> list[bool]:
        """For every row, whether it ends its paragraph."""
        return self._paragraph_end

    def row_of(self, sentence_id: int) -> int | None:
        return self._row_of_id.get(sentence_id)

    @property
    def script(self) -> Script:
        return self.document.source.script

    def occurrences(self, entry_key: tuple[str, str]) -> list[tuple[int, TermHit]]:
        """Every (row, hit) of the glossary entry with (traditional, simplified) ``entry_key``."""
        found: list[tuple[int, TermHit]] = []
        for row, sentence in enumerate(self._rows):
            for hit in sentence.terms:
                if (hit.entry.traditional, hit.entry.simplified) == entry_key:
                    found.append((row, hit))
        return found

