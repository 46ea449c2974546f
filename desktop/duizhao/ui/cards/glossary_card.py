"""The glossary card: one entry in full, and every place it occurs (click to jump)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import GlossaryEntry, TermHit
from duizhao.ui.panes.formats import category_colour, category_label

CONTEXT = 8  # characters of context either side of an occurrence


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    # Glossary text comes from files users exchange: never interpret it as rich text.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class GlossaryCard(QWidget):
    occurrence_activated = Signal(int)  # row
    entry_shown = Signal(object)  # GlossaryEntry: lets the glossary panel add its origin line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryCard")
        self.entry: GlossaryEntry | None = None
        self.heading = _plain_label()
        self.heading.setObjectName("cardHeading")
        self.traditional = _plain_label()
        self.simplified = _plain_label()
        self.pinyin = _plain_label()
        self.english = _plain_label()
        self.category = _plain_label()
        self.note = _plain_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: list[QLabel] = []
        for field in (self.traditional, self.simplified, self.pinyin, self.english,
                      self.category, self.note):
            label = QLabel()
            self._labels.append(label)
            self.form.addRow(label, field)
        self.occurrences_title = QLabel()
        self.occurrences_title.setObjectName("cardSection")
        self.occurrences = QListWidget()
        self.occurrences.setObjectName("occurrences")
        self.occurrences.itemActivated.connect(self._activated)
        self.occurrences.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.occurrences_title)
        layout.addWidget(self.occurrences, 1)
        self._count = 0
        self.retranslate()

    def show_entry(self, entry: GlossaryEntry, occurrences: list[tuple[int, TermHit]],
                   text: str) -> None:
        self.entry = entry
        self.heading.setText(entry.traditional if entry.traditional == entry.simplified
                             else f"{entry.traditional} · {entry.simplified}")
        self.traditional.setText(entry.traditional)
        self.simplified.setText(entry.simplified)
        self.pinyin.setText(entry.pinyin)
        self.english.setText(entry.english)
        self.category.setText(category_label(entry.category))
        colour = category_colour(entry.category).name()
        self.category.setStyleSheet(f"background: {colour}; padding: 1px 6px; border-radius: 3px;")
        self.note.setText(entry.note)
        self.form.setRowVisible(5, bool(entry.note))
        self.occurrences.clear()
        for row, hit in occurrences:
            before = text[max(0, hit.start - CONTEXT):hit.start].replace("\n", " ")
            after = text[hit.end:hit.end + CONTEXT].replace("\n", " ")
            item = QListWidgetItem(f"…{before}【{hit.text}】{after}…")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.occurrences.addItem(item)
        self._count = len(occurrences)
        self.retranslate()
        self.entry_shown.emit(entry)

    def occurrence_rows(self) -> list[int]:
        return [self.occurrences.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.occurrences.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.occurrence_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = (self.tr("Traditional"), self.tr("Simplified"), self.tr("Pinyin"),
                 self.tr("English"), self.tr("Category"), self.tr("Note"))
        for label, name in zip(self._labels, names, strict=False):
            label.setText(name)
        self.occurrences_title.setText(self.tr("Occurrences: %n", "", self._count))
        if self.entry is not None:
            self.category.setText(category_label(self.entry.category))
