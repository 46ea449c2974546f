"""Add or edit one glossary entry: both scripts, pinyin, English, category, note, and which
glossary it belongs to. A missing script is filled in by conversion when the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import CATEGORIES, GlossaryEntry
from duizhao.core.glossary.formats.common import make_entry
from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL
from duizhao.ui.formats import category_label
from duizhao.ui.models.glossary_model import source_label


class GlossaryEntryDialog(QDialog):
    def __init__(self, entry: GlossaryEntry | None = None, *, kind: str = DOCUMENT,
                 can_use_document: bool = True, editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryEntryDialog")
        self.editing = editing
        self.traditional = QLineEdit()
        self.traditional.setObjectName("traditional")
        self.simplified = QLineEdit()
        self.simplified.setObjectName("simplified")
        self.pinyin = QLineEdit()
        self.pinyin.setObjectName("pinyin")
        self.english = QLineEdit()
        self.english.setObjectName("english")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        self.note = QPlainTextEdit()  # plain text: a note is never rendered as HTML
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.glossary = QComboBox()
        self.glossary.setObjectName("glossaryChoice")
        if can_use_document:
            self.glossary.addItem(source_label(DOCUMENT), DOCUMENT)
        self.glossary.addItem(source_label(PERSONAL), PERSONAL)
        self.error = QLabel()
        self.error.setObjectName("entryError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(7)]
        for label, field in zip(self._labels, (self.traditional, self.simplified, self.pinyin,
                                               self.english, self.category, self.note,
                                               self.glossary), strict=True):
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if entry is not None:
            self.set_entry(entry)
        index = self.glossary.findData(kind)
        self.glossary.setCurrentIndex(max(0, index))
        self.resize(460, self.sizeHint().height())
        self.retranslate()

    def set_entry(self, entry: GlossaryEntry) -> None:
        self.traditional.setText(entry.traditional)
        self.simplified.setText(entry.simplified)
        self.pinyin.setText(entry.pinyin)
        self.english.setText(entry.english)
        index = self.category.findData(entry.category)
        if index < 0:  # the user's own category, kept as it is
            self.category.addItem(entry.category, entry.category)
            index = self.category.count() - 1
        self.category.setCurrentIndex(index)
        self.note.setPlainText(entry.note)

    def entry(self) -> GlossaryEntry:
        """The entry as typed; raises ValueError when it has no Chinese form."""
        return make_entry(self.traditional.text(), self.simplified.text(),
                          pinyin=self.pinyin.text(), english=self.english.text(),
                          category=str(self.category.currentData() or "term"),
                          note=self.note.toPlainText())

    def kind(self) -> str:
        return str(self.glossary.currentData())

    def accept(self) -> None:
        try:
            self.entry()
        except ValueError:
            self.error.setText(self.tr("Type the Traditional or the Simplified form."))
            self.error.show()
            self.traditional.setFocus()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit Glossary Entry") if self.editing
                            else self.tr("Add to Glossary"))
        names = (self.tr("Traditional"), self.tr("Simplified"), self.tr("Pinyin"),
                 self.tr("English"), self.tr("Category"), self.tr("Note"), self.tr("Glossary"))
        for label, name in zip(self._labels, names, strict=True):
            label.setText(name)
        self.traditional.setPlaceholderText(self.tr("filled in from Simplified if empty"))
        self.simplified.setPlaceholderText(self.tr("filled in from Traditional if empty"))
