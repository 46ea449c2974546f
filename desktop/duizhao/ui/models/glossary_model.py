"""The glossary panel's table: every entry of the document's glossary, then every entry of
the personal one (a personal entry hidden by a document entry with the same form is shown
greyed, so it can still be edited), and a filter by either script, toneless pinyin and English.

Edits are the session's (:mod:`duizhao.ui.glossary_edits`); the model follows each
:class:`~duizhao.ui.glossary_edits.GlossaryChange` it announces (:meth:`GlossaryTableModel.apply`).
"""

from __future__ import annotations

import html
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL, GlossarySet
from duizhao.ui.formats import category_colour, category_label

if TYPE_CHECKING:
    from duizhao.ui.changes import GlossaryChange

# The table's column headings (marked for lupdate; translated when shown).
HEADINGS = (
    QT_TRANSLATE_NOOP("GlossaryPanel", "Traditional"),
    QT_TRANSLATE_NOOP("GlossaryPanel", "Simplified"),
    QT_TRANSLATE_NOOP("GlossaryPanel", "Pinyin"),
    QT_TRANSLATE_NOOP("GlossaryPanel", "English"),
    QT_TRANSLATE_NOOP("GlossaryPanel", "Category"),
    QT_TRANSLATE_NOOP("GlossaryPanel", "Glossary"),
    QT_TRANSLATE_NOOP("GlossaryPanel", "Note"),
)

EntryRole = Qt.ItemDataRole.UserRole + 1  # the GlossaryEntry
KindRole = Qt.ItemDataRole.UserRole + 2  # DOCUMENT or PERSONAL
HiddenRole = Qt.ItemDataRole.UserRole + 3  # a personal entry overridden by the document's

TRADITIONAL, SIMPLIFIED, PINYIN, ENGLISH, CATEGORY, SOURCE, NOTE = range(7)
HIDDEN_TEXT = QColor("#8a8a8a")

Index = QModelIndex | QPersistentModelIndex


def toneless(text: str) -> str:
    """``Wūméiluófū``, ``wu1 mei2`` and ``wumeiluofu`` all become ``wumeiluofu``."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    kept = (ch for ch in decomposed
            if unicodedata.category(ch) != "Mn" and ch not in " '’-·12345")
    return "".join(kept).replace("v", "u")


class GlossaryTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.glossaries: GlossarySet | None = None
        self._rows: list[tuple[str, GlossaryEntry]] = []
        self._document_count = 0
        self._document_forms: set[str] = set()

    # -- contents ------------------------------------------------------------------------------
    def set_glossaries(self, glossaries: GlossarySet | None) -> None:
        self.beginResetModel()
        self.glossaries = glossaries
        document = glossaries.document if glossaries is not None else None
        personal = glossaries.personal if glossaries is not None else None
        self._rows = [(DOCUMENT, entry) for entry in document or ()]
        self._document_count = len(self._rows)
        self._rows += [(PERSONAL, entry) for entry in personal or ()]
        self._document_forms = document.forms() if document is not None else set()
        self.endResetModel()

    def row_of(self, kind: str, index: int) -> int:
        return index if kind == DOCUMENT else self._document_count + index

    def find_row(self, kind: str, entry: GlossaryEntry) -> int:
        glossaries = self.glossaries
        glossary = None if glossaries is None else \
            glossaries.document if kind == DOCUMENT else glossaries.personal
        if glossary is None or entry not in glossary:
            return -1
        return self.row_of(kind, glossary.index(entry))

    def entry(self, row: int) -> tuple[str, GlossaryEntry]:
        return self._rows[row]

    def is_hidden(self, row: int) -> bool:
        kind, entry = self._rows[row]
        return kind == PERSONAL and not self._document_forms.isdisjoint(entry.forms())

    # -- following the session's edits ---------------------------------------------------------
    def apply(self, change: GlossaryChange) -> None:
        """Show an edit the session made: rows move with proper Qt signals, so selection and
        scroll position survive undo and redo (each edit costs a list insert, not a reset of
        a personal glossary that may hold 10,000 entries). A ``reset`` change is
        :meth:`set_glossaries` with the new glossaries."""
        for edit in change.edits:
            row = self.row_of(edit.kind, edit.position)
            if edit.old is None and edit.new is not None:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, (edit.kind, edit.new))
                self._document_count += edit.kind == DOCUMENT
                self._forms_changed(edit.kind)
                self.endInsertRows()
            elif edit.new is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._document_count -= edit.kind == DOCUMENT
                self._forms_changed(edit.kind)
                self.endRemoveRows()
            else:
                self._rows[row] = (edit.kind, edit.new)
                self._forms_changed(edit.kind)
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))
        self._hidden_may_have_changed(change.forms)

    def _forms_changed(self, kind: str) -> None:
        if kind == DOCUMENT:
            self._document_forms = {form for kind, entry in self._rows[:self._document_count]
                                    for form in entry.forms()}

    def _hidden_may_have_changed(self, forms: frozenset[str]) -> None:
        """Personal rows sharing an edited form may have become hidden or shown again; only
        those are announced (a signal over every row re-filters 10,000 rows in the view)."""
        if not forms:
            return
        roles = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.ToolTipRole, HiddenRole]
        for row in range(self._document_count, len(self._rows)):
            entry = self._rows[row][1]
            if entry.traditional in forms or entry.simplified in forms:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1), roles)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("GlossaryPanel", HEADINGS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        kind, entry = self.entry(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(kind, entry, column)
        if role == EntryRole:
            return entry
        if role == KindRole:
            return kind
        if role == HiddenRole:
            return self.is_hidden(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and column == CATEGORY:
            return category_colour(entry.category)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == CATEGORY:
                return QColor("#000000")  # the tint is light in both themes
            if self.is_hidden(index.row()):
                return HIDDEN_TEXT
        if role == Qt.ItemDataRole.FontRole and self.is_hidden(index.row()):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), entry)
        return None

    def _display(self, kind: str, entry: GlossaryEntry, column: int) -> str:
        if column == TRADITIONAL:
            return entry.traditional
        if column == SIMPLIFIED:
            return entry.simplified
        if column == PINYIN:
            return entry.pinyin
        if column == ENGLISH:
            return entry.english
        if column == CATEGORY:
            return category_label(entry.category)
        if column == SOURCE:
            return source_label(kind)
        return entry.note.replace("\n", " ⏎ ")

    def _tooltip(self, row: int, entry: GlossaryEntry) -> str:
        # Tooltips render rich text: escape, so a note always reads as the plain text it is.
        lines = [html.escape(entry.english)] if entry.english else []
        if entry.note:
            lines.append(html.escape(entry.note).replace("\n", "<br>"))
        if self.is_hidden(row):
            lines.append("<i>" + html.escape(QCoreApplication.translate(
                "GlossaryPanel", "Hidden in this document: its own glossary defines the "
                "same characters.")) + "</i>")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>" if lines else ""


def source_label(kind: str) -> str:
    if kind == DOCUMENT:
        return QCoreApplication.translate("GlossaryPanel", "This document")
    return QCoreApplication.translate("GlossaryPanel", "Personal")


class GlossaryFilter(QSortFilterProxyModel):
    """Rows whose Traditional, Simplified, English or toneless pinyin contain the query."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self._query_toneless = ""
        self._category = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        self._refilter(query=text.strip().lower())

    def set_category(self, category: str) -> None:
        self._refilter(category=category)

    def _refilter(self, *, query: str | None = None, category: str | None = None) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9+; invalidateFilter before
        if begin is not None:
            begin()
        if query is not None:
            self._query = query
            self._query_toneless = toneless(query)
        if category is not None:
            self._category = category
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, GlossaryTableModel)
        _kind, entry = model.entry(source_row)
        if self._category and entry.category != self._category:
            return False
        query = self._query
        if not query:
            return True
        if query in entry.traditional or query in entry.simplified \
                or query in entry.english.lower():
            return True
        return bool(self._query_toneless) and self._query_toneless in toneless(entry.pinyin)
