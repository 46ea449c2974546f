"""The Contents dock: the document's chapters; clicking one goes there, and the current one is
selected as the reader moves. It is shown for a document with chapters (a book read in parts:
once its first chapters are read) and hidden for one without."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from duizhao.ui.session import DocumentSession


class ContentsDock(QDockWidget):
    chapter_activated = Signal(int)  # the chapter's offset into the text

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentsDock")
        self.session = session
        self._list: QListWidget | None = None  # made for the first chapter: most have none
        session.opened.connect(self._fill)
        session.chapters_changed.connect(self._more)
        self.retranslate()

    @property
    def list(self) -> QListWidget:
        if self._list is None:
            from PySide6.QtWidgets import QListWidget

            self._list = QListWidget()
            self._list.setObjectName("contents")
            self._list.itemActivated.connect(self._activated)
            self._list.itemClicked.connect(self._activated)
            self.setWidget(self._list)
        return self._list

    def _count(self) -> int:
        return self._list.count() if self._list is not None else 0

    def _fill(self) -> None:
        if self._list is not None:
            self._list.clear()
        self._add_new()
        self.setVisible(self._count() > 0)

    def _more(self) -> None:
        had_none = self._count() == 0
        self._add_new()
        if had_none and self._count():
            self.show()  # a book whose first chapters come after its first screen

    def _add_new(self) -> None:
        chapters = self.session.model.document.chapters[self._count():]
        if not chapters:
            return
        from PySide6.QtWidgets import QListWidgetItem

        contents = self.list
        for chapter in chapters:
            item = QListWidgetItem(chapter.title)
            item.setData(Qt.ItemDataRole.UserRole, chapter.start)
            item.setToolTip(chapter.title)
            contents.addItem(item)
        contents.setAccessibleName(self.windowTitle())

    def show_current(self, index: int, _title: str = "") -> None:
        contents = self._list
        if contents is None:
            return
        contents.blockSignals(True)
        if 0 <= index < contents.count():
            contents.setCurrentRow(index)
            contents.scrollToItem(contents.item(index))
        else:
            contents.clearSelection()
        contents.blockSignals(False)

    def _activated(self, item: QListWidgetItem) -> None:
        self.chapter_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contents"))
