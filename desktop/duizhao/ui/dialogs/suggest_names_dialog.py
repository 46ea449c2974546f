"""Suggest names: runs of the document that look like transliterated foreign names and are in
neither CC-CEDICT nor the glossary, most frequent first, each added with one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.name_suggest import NameSuggestion

CONTEXT = 8


class SuggestNamesDialog(QDialog):
    entry_added = Signal(object)  # the GlossaryEntry added

    def __init__(self, suggestions: list[NameSuggestion], text: str,
                 add: Callable[[GlossaryEntry], bool],
                 prefill: Callable[[str], GlossaryEntry],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestNamesDialog")
        self.suggestions = suggestions
        self._add = add
        self._prefill = prefill
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(suggestions), 4)
        self.table.setObjectName("suggestions")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons_by_name: dict[str, QPushButton] = {}
        for row, suggestion in enumerate(suggestions):
            before = text[max(0, suggestion.first - CONTEXT):suggestion.first]
            after = text[suggestion.first + len(suggestion.text):
                         suggestion.first + len(suggestion.text) + CONTEXT]
            context = f"…{before}【{suggestion.text}】{after}…".replace("\n", " ")
            for column, value in enumerate((suggestion.text, str(suggestion.count), context)):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            button = QPushButton()
            button.setObjectName(f"add-{suggestion.text}")
            button.clicked.connect(lambda _=False, s=suggestion: self.add(s))
            self.buttons_by_name[suggestion.text] = button
            self.table.setCellWidget(row, 3, button)
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()

    def add(self, suggestion: NameSuggestion) -> None:
        entry = self._prefill(suggestion.text)
        if self._add(entry):
            button = self.buttons_by_name[suggestion.text]
            button.setEnabled(False)
            button.setText(self.tr("Added"))
            self.entry_added.emit(entry)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suggest Names"))
        if self.suggestions:
            self.intro.setText(self.tr(
                "These look like transliterated names and are in neither the dictionary nor "
                "the glossary. Add the ones you want; you can edit them later."))
        else:
            self.intro.setText(self.tr("No new names found: every name-like word of this "
                                       "document is in the dictionary or the glossary."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Occurrences"), self.tr("Context"), ""])
        for button in self.buttons_by_name.values():
            if button.isEnabled():
                button.setText(self.tr("Add"))
