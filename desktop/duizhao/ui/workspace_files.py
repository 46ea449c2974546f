"""File › Export Workspace… and Import Workspace…: a document's edits as a ``.duizhao`` file,
to hand a draft to a colleague or keep a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from duizhao.core.errors import WorkspaceError
from duizhao.ui.session import DocumentSession


class WorkspaceFiles(QObject):
    def __init__(self, session: DocumentSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent

    def _filter(self) -> str:
        return self.tr("Duizhao workspace (*.duizhao)")

    def export_file(self) -> str | None:
        """Ask where, write the workspace; returns a line for the status bar, or None."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # not at start-up

        from duizhao.core.workspace import write_workspace_file

        if not self.session.model.rowCount():
            return None
        source = self.session.model.document.source.path
        suggested = str(Path(source).with_suffix(".duizhao")) if source else "workspace.duizhao"
        title = self.tr("Export Workspace")
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggested,
                                              self._filter())
        if not path:
            return None
        try:
            write_workspace_file(Path(path), self.session.translation.workspace())
        except WorkspaceError as error:
            QMessageBox.warning(self.parent_widget, title, str(error))
            return None
        return self.tr("Workspace exported to %1.").replace("%1", path)

    def import_file(self) -> str | None:
        """Ask for a ``.duizhao`` file and apply it to the open document."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # not at start-up

        from duizhao.core.workspace import read_workspace_file

        if not self.session.model.rowCount():
            return None
        title = self.tr("Import Workspace")
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, title, "", self._filter())
        if not path:
            return None
        try:
            workspace = read_workspace_file(Path(path))
        except WorkspaceError as error:
            QMessageBox.warning(self.parent_widget, title, str(error))
            return None
        attached, orphans = self.session.translation.import_workspace(workspace)
        message = self.tr("%n sentence(s) took their English from %1.", "", attached).replace(
            "%1", Path(path).name)
        if orphans:
            message += " " + self.tr("%n edited sentence(s) are not in this document; they are "
                                     "kept in its workspace.", "", orphans)
        return message
