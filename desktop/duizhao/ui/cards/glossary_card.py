"""The glossary card: one entry in full, which glossary file it comes from, and every place it
occurs (click to jump). It follows the session's glossary changes: an edit of the entry shown
shows the new entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import GlossaryEntry
from duizhao.ui.formats import category_colour, category_label

if TYPE_CHECKING:
    from duizhao.ui.changes import GlossaryChange
    from duizhao.ui.session import DocumentSession

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
    edit_requested = Signal(object)  # the GlossaryEntry shown, to edit in the glossary panel

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryCard")
        self.session = session
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
        self.origin = _plain_label()
        self.origin.setObjectName("cardOrigin")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("cardEditEntry")
        self.edit_button.clicked.connect(
            lambda: self.entry is not None and self.edit_requested.emit(self.entry))
        origin_row = QHBoxLayout()
        origin_row.addWidget(self.origin, 1)
        origin_row.addWidget(self.edit_button)
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
        layout.addLayout(origin_row)
        layout.addWidget(self.occurrences_title)
        layout.addWidget(self.occurrences, 1)
        self._count = 0
        session.glossary_changed.connect(self._glossary_changed)
        self.retranslate()

    def show_entry(self, entry: GlossaryEntry) -> None:
        """Show ``entry``, its origin and its occurrences in the open document."""
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
        occurrences = self.session.occurrences(entry)
        text = self.session.model.document.text
        for row, hit in occurrences:
            before = text[max(0, hit.start - CONTEXT):hit.start].replace("\n", " ")
            after = text[hit.end:hit.end + CONTEXT].replace("\n", " ")
            item = QListWidgetItem(f"…{before}【{hit.text}】{after}…")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.occurrences.addItem(item)
        self._count = len(occurrences)
        self.retranslate()

    def _glossary_changed(self, change: GlossaryChange) -> None:
        entry = self.entry
        if entry is None:
            return
        new = change.replacement(entry)
        if new is not None or not change.forms.isdisjoint(entry.forms()):
            self.show_entry(new or entry)  # new values, origin or occurrences

    def _origin_text(self) -> str:
        """Which glossary file the entry comes from (and the personal entry it overrides)."""
        from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL

        glossaries = self.session.glossaries
        if self.entry is None or glossaries is None:
            return ""
        origin = glossaries.merged.origin(self.entry)
        name = origin.path.name if origin.path else ""
        # Filed under the glossary panel's context, as the other glossary texts are.
        if origin.kind == DOCUMENT:
            text = QCoreApplication.translate(
                "GlossaryPanel", "From this document's glossary (%1).").replace("%1", name)
            if origin.overrides:
                overridden = origin.overrides[0].english or self.entry.traditional
                text += " " + QCoreApplication.translate(
                    "GlossaryPanel", "It takes precedence over your personal entry for %1."
                ).replace("%1", overridden)
            return text
        if origin.kind == PERSONAL:
            return QCoreApplication.translate(
                "GlossaryPanel", "From your personal glossary (%1).").replace("%1", name)
        return ""

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
        self.edit_button.setText(QCoreApplication.translate("GlossaryPanel", "Edit…"))
        self.origin.setText(self._origin_text())
        if self.entry is not None:
            self.category.setText(category_label(self.entry.category))
