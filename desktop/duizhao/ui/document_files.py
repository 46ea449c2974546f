"""File › Open…, Paste as New Document…, Open Recent and a file or text dropped on the window:
where the reader says which document to read next. What is chosen goes to the window's
``open_file`` or ``open_text``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from duizhao.core.text.formats import SUFFIXES
from duizhao.ui.settings import Settings

OPEN_FILTER_EXTENSIONS = " ".join(f"*{suffix}" for suffix in SUFFIXES)


class DocumentFiles(QObject):
    def __init__(self, settings: Settings, open_file: Callable[[str], None],
                 open_text: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.open_file, self.open_text = open_file, open_text
        self.parent_widget = parent

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # the dialogs' classes: not at start-up

        documents = self.tr("Chinese documents (%1)").replace("%1", OPEN_FILTER_EXTENSIONS)
        everything = self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open Document"), "",
                                              f"{documents};;{everything}")
        if path:
            self.open_file(path)

    def paste(self) -> None:
        from duizhao.ui.dialogs.paste_dialog import PasteDialog

        dialog = PasteDialog(QGuiApplication.clipboard().text(), self.parent_widget)
        if dialog.exec() and dialog.text().strip():
            self.open_text(dialog.text())

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for path in self.settings.recent_files():
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent documents")).setEnabled(False)

    # -- drag and drop: the window's drag events ask here -----------------------------------
    @staticmethod
    def can_drop(mime: QMimeData) -> bool:
        return _dropped_path(mime) is not None or mime.hasText()

    def drop(self, mime: QMimeData) -> None:
        """A local file dropped is opened; text dropped is read as a new document."""
        path = _dropped_path(mime)
        if path:
            self.open_file(path)
        elif mime.hasText():
            self.open_text(mime.text())


def _dropped_path(mime: QMimeData) -> str | None:
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None
