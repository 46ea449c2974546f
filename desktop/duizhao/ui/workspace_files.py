"""File › Export Workspace… and Import Workspace…: a document's edits as a ``.duizhao`` file,
to hand a draft to a colleague or keep a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from duizhao.core.errors import WorkspaceError
from duizhao.ui.session import DocumentSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceFiles", text)


def _filter() -> str:
    return _tr("Duizhao workspace (*.duizhao)")


def export_workspace(session: DocumentSession, parent: QWidget) -> str | None:
    """Ask where, write the workspace; returns a line for the status bar, or None."""
    from duizhao.core.workspace import write_workspace_file

    if not session.model.rowCount():
        return None
    source = session.model.document.source.path
    suggested = str(Path(source).with_suffix(".duizhao")) if source else "workspace.duizhao"
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export Workspace"), suggested, _filter())
    if not path:
        return None
    try:
        write_workspace_file(Path(path), session.translation.workspace())
    except WorkspaceError as error:
        QMessageBox.warning(parent, _tr("Export Workspace"), str(error))
        return None
    return _tr("Workspace exported to %1.").replace("%1", path)


def import_workspace(session: DocumentSession, parent: QWidget) -> str | None:
    """Ask for a ``.duizhao`` file and apply it to the open document."""
    from duizhao.core.workspace import read_workspace_file

    if not session.model.rowCount():
        return None
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Import Workspace"), "", _filter())
    if not path:
        return None
    try:
        workspace = read_workspace_file(Path(path))
    except WorkspaceError as error:
        QMessageBox.warning(parent, _tr("Import Workspace"), str(error))
        return None
    attached, orphans = session.translation.import_workspace(workspace)
    message = _tr("%1 sentence(s) took their English from %2.").replace(
        "%1", str(attached)).replace("%2", Path(path).name)
    if orphans:
        message += " " + _tr("%1 edited sentence(s) are not in this document; they are kept "
                             "in its workspace.").replace("%1", str(orphans))
    return message
