"""The Contents dock: the document's chapters; clicking one goes there, and the current one is
selected as the reader moves. It is shown for a document with chapters (a book read in parts:
once its first chapters are read) and hidden for one without."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

if TYPE_CHECKING:
    from duizhao.ui.session import DocumentSession


class ContentsDock(QDockWidget):
    chapter_activated = Signal(int)  # the chapter's offset into the text

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentsDock")
        self.session = session
        self.list = QListWidget()
        self.list.setObjectName("contents")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.setWidget(self.list)
        session.opened.connect(self._fill)
        session.chapters_changed.connect(self._more)
        self.retranslate()

    def _fill(self) -> None:
        self.list.clear()
        self._add_new()
        self.setVisible(self.list.count() > 0)

    def _more(self) -> None:
        had_none = self.list.count() == 0
        self._add_new()
        if had_none and self.list.count():
            self.show()  # a book whose first chapters come after its first screen

    def _add_new(self) -> None:
        for chapter in self.session.model.document.chapters[self.list.count():]:
            item = QListWidgetItem(chapter.title)
            item.setData(Qt.ItemDataRole.UserRole, chapter.start)
            item.setToolTip(chapter.title)
            self.list.addItem(item)
        self.list.setAccessibleName(self.windowTitle())

    def show_current(self, index: int, _title: str = "") -> None:
        self.list.blockSignals(True)
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)
            self.list.scrollToItem(self.list.item(index))
        else:
            self.list.clearSelection()
        self.list.blockSignals(False)

    def _activated(self, item: QListWidgetItem) -> None:
        self.chapter_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contents"))
