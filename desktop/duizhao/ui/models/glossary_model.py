"""The glossary panel's table: every entry of the document's glossary, then every entry of
the personal one (a personal entry hidden by a document entry with the same form is shown
greyed, so it can still be edited), and a filter by either script, toneless pinyin and English.

Edits go through :meth:`GlossaryTableModel.add`/``remove``/``replace`` so the rows move with
proper Qt signals (selection and scroll position survive undo and redo).
"""

from __future__ import annotations

import html
import unicodedata

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
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL, GlossarySet
from duizhao.ui.panes.formats import category_colour, category_label

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
        self._document: Glossary | None = None
        self._personal: Glossary | None = None
        self._document_count = 0
        self._row_count = 0
        self._document_forms: set[str] = set()

    # -- contents ------------------------------------------------------------------------------
    def set_glossaries(self, glossaries: GlossarySet | None) -> None:
        self.beginResetModel()
        self.glossaries = glossaries
        self._collect()
        self.endResetModel()

    def _collect(self) -> None:
        # Rows are read straight from the glossaries (no copy per edit: a personal glossary
        # may have 10,000 entries and an edit must stay cheap).
        gs = self.glossaries
        self._document = gs.document if gs is not None and gs.document is not None else None
        self._personal = gs.personal if gs is not None and gs.personal is not None else None
        self._document_count = len(self._document) if self._document is not None else 0
        self._row_count = self._document_count + \
            (len(self._personal) if self._personal is not None else 0)
        self._document_forms = self._document.forms() if self._document is not None else set()

    def row_of(self, kind: str, index: int) -> int:
        if kind == DOCUMENT or self.glossaries is None or self.glossaries.document is None:
            return index
        return len(self.glossaries.document) + index

    def find_row(self, kind: str, entry: GlossaryEntry) -> int:
        glossary = self._document if kind == DOCUMENT else self._personal
        if glossary is None or entry not in glossary:
            return -1
        return self.row_of(kind, glossary.index(entry))

    def entry(self, row: int) -> tuple[str, GlossaryEntry]:
        if row < self._document_count:
            assert self._document is not None
            return DOCUMENT, self._document[row]
        assert self._personal is not None
        return PERSONAL, self._personal[row - self._document_count]

    def is_hidden(self, row: int) -> bool:
        kind, entry = self.entry(row)
        return kind == PERSONAL and not self._document_forms.isdisjoint(entry.forms())

    # -- edits (each returns the forms whose highlighting may change) ----------------------------
    def add(self, kind: str, entry: GlossaryEntry,
            index: int | None = None) -> tuple[int, set[str]]:
        assert self.glossaries is not None
        target = self.glossaries.target(kind)
        position = len(target) if index is None else max(0, min(index, len(target)))
        row = self.row_of(kind, position)
        self.beginInsertRows(QModelIndex(), row, row)
        forms = self.glossaries.add(entry, kind, position)
        self._collect()
        self.endInsertRows()
        self._hidden_may_have_changed(forms)
        return position, forms

    def remove(self, kind: str, entry: GlossaryEntry) -> tuple[int, set[str]]:
        assert self.glossaries is not None
        glossary = self.glossaries.target(kind)
        position = glossary.index(entry)
        row = self.row_of(kind, position)
        self.beginRemoveRows(QModelIndex(), row, row)
        forms = self.glossaries.remove(entry, kind)
        self._collect()
        self.endRemoveRows()
        self._hidden_may_have_changed(forms)
        return position, forms

    def replace(self, kind: str, old: GlossaryEntry, new: GlossaryEntry) -> set[str]:
        assert self.glossaries is not None
        position = self.glossaries.target(kind).index(old)
        forms = self.glossaries.replace(old, new, kind)
        self._collect()
        row = self.row_of(kind, position)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._hidden_may_have_changed(forms)
        return forms

    def _hidden_may_have_changed(self, forms: set[str]) -> None:
        """Personal rows sharing an edited form may have become hidden or shown again; only
        those are announced (a signal over every row re-filters 10,000 rows in the view)."""
        if self._personal is None or not forms:
            return
        roles = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.ToolTipRole, HiddenRole]
        for index, entry in enumerate(self._personal):
            if entry.traditional in forms or entry.simplified in forms:
                row = self._document_count + index
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1), roles)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("GlossaryPanel", HEADINGS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._row_count:
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
