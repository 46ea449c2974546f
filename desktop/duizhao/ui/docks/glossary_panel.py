"""The glossary panel (in the window's glossary dock): search, add, edit, delete with undo and
redo, suggest names, import and export.

Every edit goes through the session (``session.glossary``); the table follows the changes the
session announces, whoever made them. The panel knows nothing of the window: it is given the
session and a way to read the reader's selection, and says what it has to say by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import CATEGORIES, GlossaryEntry
from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL
from duizhao.ui.dialogs.glossary_entry_dialog import GlossaryEntryDialog
from duizhao.ui.docks.glossary_files import GlossaryFiles
from duizhao.ui.formats import category_label
from duizhao.ui.models.glossary_model import (
    CATEGORY,
    NOTE,
    GlossaryFilter,
    GlossaryTableModel,
    HiddenRole,
    source_label,
)

if TYPE_CHECKING:
    from duizhao.ui.changes import GlossaryChange
    from duizhao.ui.session import DocumentSession


class GlossaryPanel(QWidget):
    message_shown = Signal(str)  # also worth a line in the window's status bar

    def __init__(self, session: DocumentSession, selected_text: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.session = session
        self.edits = session.glossary
        self._selected_text = selected_text
        self.model = GlossaryTableModel()
        self.model.set_glossaries(session.glossaries)
        self.proxy = GlossaryFilter()
        self.proxy.setSourceModel(self.model)
        self.files = GlossaryFiles(self.edits, self.model, self.proxy, self)
        self.files.message.connect(self.show_message)

        self.search = QLineEdit()
        self.search.setObjectName("glossarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.category = QComboBox()
        self.category.setObjectName("glossaryCategory")
        self.category.addItem("", "")
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        self.category.currentIndexChanged.connect(
            lambda _i: self.proxy.set_category(str(self.category.currentData() or "")))
        self.target = QComboBox()
        self.target.setObjectName("glossaryTarget")
        self.target.addItem(source_label(DOCUMENT), DOCUMENT)
        self.target.addItem(source_label(PERSONAL), PERSONAL)

        self.table = QTableView()
        self.table.setObjectName("glossaryTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QLabel()
        self.detail.setObjectName("glossaryDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # notes are never rendered as HTML
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("glossaryMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()

        # Not QUndoStack.createUndoAction: its "Undo %1" is fixed when the action is made, and
        # these labels must follow a change of UI language.
        stack = self.edits.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("glossaryUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("glossaryRedo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._undo_text = self._redo_text = ""  # what the next undo / redo would do
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.delete_action = QAction(self)
        self.delete_action.setObjectName("glossaryDelete")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.undo_action, self.redo_action, self.delete_action):
            # Only while the panel has focus: Ctrl+Z elsewhere is not a glossary edit.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.add_button = self._button("glossaryAdd", self.add_new)
        self.selection_button = self._button("glossaryAddSelection", self.add_selection)
        self.edit_button = self._button("glossaryEdit", self.edit_selected)
        self.delete_button = self._button("glossaryDeleteButton", self.delete_selected)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        self.suggest_button = self._button("glossarySuggest", self.suggest_names)
        self.import_button = self._button("glossaryImport", self.import_file)
        self.export_button = self._button("glossaryExport", self.export_file)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.selection_button, self.edit_button,
                       self.delete_button, self.undo_button, self.redo_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.target_label = QLabel()
        for widget in (self.target_label, self.target, self.suggest_button, self.import_button,
                       self.export_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)

        session.glossary_failed.connect(self.show_message)
        session.glossary_saved.connect(lambda _paths: self.message.hide())
        session.glossary_changed.connect(self._glossary_changed)
        self._glossaries_changed()
        self.retranslate()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- state ---------------------------------------------------------------------------------
    def _glossary_changed(self, change: GlossaryChange) -> None:
        if change.reset:
            self.model.set_glossaries(self.session.glossaries)
            self._glossaries_changed()
        else:
            self.model.apply(change)

    def _glossaries_changed(self) -> None:
        glossaries = self.model.glossaries
        has_document = glossaries is not None and glossaries.document is not None
        self.target.setCurrentIndex(0 if has_document else 1)
        targets = self.target.model()
        assert isinstance(targets, QStandardItemModel)  # a QComboBox's own model
        targets.item(0).setEnabled(has_document)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(NOTE, 200)
        self.detail.clear()
        self.message.hide()
        if glossaries is not None and glossaries.warnings:
            self.show_message(" ".join(glossaries.warnings))

    def selected(self) -> list[tuple[str, GlossaryEntry]]:
        rows = sorted({self.proxy.mapToSource(index).row()
                       for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry(row) for row in rows]

    def select_entry(self, kind: str, entry: GlossaryEntry) -> None:
        row = self.model.find_row(kind, entry)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show it anyway
            self.search.clear()
            self.category.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            self.detail.clear()
            return
        kind, entry = chosen[0]
        lines = [f"{entry.traditional} · {entry.simplified} · {entry.pinyin} — {entry.english}"]
        if entry.note:
            lines.append(entry.note)
        row = self.model.find_row(kind, entry)
        if row >= 0 and self.model.data(self.model.index(row, CATEGORY), HiddenRole):
            lines.append(self.tr("Not used in this document: the document's own glossary "
                                 "defines the same characters."))
        self.detail.setText("\n".join(lines))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.message_shown.emit(text)

    # -- editing -------------------------------------------------------------------------------
    def _run_entry_dialog(self, dialog: GlossaryEntryDialog) -> bool:
        """Shows the dialog; a seam for tests."""
        return bool(dialog.exec())

    def _can_use_document(self) -> bool:
        glossaries = self.model.glossaries
        return glossaries is not None and glossaries.document is not None

    def add_prefilled(self, entry: GlossaryEntry | None) -> bool:
        """Open the add dialog with ``entry`` filled in; add what the user confirms."""
        dialog = GlossaryEntryDialog(entry, kind=str(self.target.currentData()),
                                     can_use_document=self._can_use_document(), parent=self)
        if not self._run_entry_dialog(dialog):
            return False
        new = dialog.entry()
        kind = dialog.kind()
        if self.edits.add(new, kind):
            self.select_entry(kind, new)
            return True
        return False

    def add_new(self) -> bool:
        return self.add_prefilled(None)

    def add_selection(self) -> bool:
        text = self._selected_text()
        if not text:
            self.show_message(self.tr("Select a name or word in the Chinese text first."))
            return False
        from duizhao.core.glossary.prefill import prefill_entry

        return self.add_prefilled(prefill_entry(text))

    def edit_selected(self) -> bool:
        chosen = self.selected()
        if len(chosen) != 1:
            return False
        kind, old = chosen[0]
        return self.edit_entry(kind, old)

    def edit_entry(self, kind: str, old: GlossaryEntry) -> bool:
        dialog = GlossaryEntryDialog(old, kind=kind, editing=True,
                                     can_use_document=self._can_use_document(), parent=self)
        if not self._run_entry_dialog(dialog):
            return False
        new, new_kind = dialog.entry(), dialog.kind()
        self.edits.edit(kind, old, new, new_kind)
        self.select_entry(new_kind, new)
        return True

    def edit_entry_of(self, entry: GlossaryEntry) -> bool:
        """Edit ``entry`` in whichever glossary holds it (the card's "Edit…")."""
        kind = self.edits.kind_of(entry)
        return kind is not None and self.edit_entry(kind, entry)

    def delete_selected(self) -> None:
        self.edits.remove(self.selected())

    # -- names, import, export -----------------------------------------------------------------
    def suggest_names(self) -> None:
        from duizhao.core.glossary.name_suggest import suggest_names
        from duizhao.core.glossary.prefill import prefill_entry
        from duizhao.ui.dialogs.suggest_names_dialog import SuggestNamesDialog

        glossaries = self.model.glossaries
        text = self.session.model.document.text
        suggestions = suggest_names(text, glossary=glossaries.merged if glossaries else None)
        kind = str(self.target.currentData())
        dialog = SuggestNamesDialog(
            suggestions, text, add=lambda entry: self.edits.add(entry, kind),
            prefill=lambda name: prefill_entry(name, category="person"), parent=self)
        self._run_dialog(dialog)

    def _run_dialog(self, dialog: QDialog) -> None:
        """Shows the dialog; a seam for tests."""
        dialog.exec()

    def import_file(self, path: str | None = None) -> int:
        """Import a glossary file into the chosen glossary; returns the entries added."""
        return self.files.import_file(str(self.target.currentData()), path)

    def export_file(self, path: str | None = None) -> bool:
        """Export the listed entries (the filter applies; hidden ones are left out)."""
        return self.files.export_file(path)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search: characters (either script), pinyin without tones, English"))
        self.category.setItemText(0, self.tr("All categories"))
        for i, category in enumerate(CATEGORIES, start=1):
            self.category.setItemText(i, category_label(category))
        self.target.setItemText(0, source_label(DOCUMENT))
        self.target.setItemText(1, source_label(PERSONAL))
        self.target_label.setText(self.tr("New entries go to:"))
        self.add_button.setText(self.tr("Add…"))
        self.selection_button.setText(self.tr("Add Selection…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.suggest_button.setText(self.tr("Suggest Names…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.delete_action.setText(self.tr("Delete"))
        self._label_undo_redo()

    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self._label_undo_redo()

    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self._label_undo_redo()

    def _label_undo_redo(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.undo_action.setText(self.tr("Undo %1").replace("%1", undo) if undo
                                 else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo %1").replace("%1", redo) if redo
                                 else self.tr("Redo"))
