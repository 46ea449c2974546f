"""File › Export…, as the window runs it: the open document, once annotated, in the Export
dialog; the status bar's message when it is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from duizhao.core.document import Document
from duizhao.ui.dialogs.export_dialog import ExportDialog

if TYPE_CHECKING:
    from duizhao.ui.session import DocumentSession


def run_export_dialog(document: Document | None, parent: QWidget | None = None) -> Path | None:
    """Open the dialog for ``document``; the path written, or None if cancelled."""
    if document is None or not document.sentence_count():
        QMessageBox.information(
            parent, QCoreApplication.translate("ExportDialog", "Export"),
            QCoreApplication.translate("ExportDialog", "Open a document before exporting it."))
        return None
    dialog = ExportDialog(document, parent)
    dialog.exec()
    return dialog.written_path


def export_session(session: DocumentSession, parent: QWidget | None = None) -> Path | None:
    """File › Export…: the open document, once it is fully annotated; the path written."""
    if session.annotating:
        QMessageBox.information(
            parent, QCoreApplication.translate("ExportDialog", "Export"),
            QCoreApplication.translate(
                "ExportDialog", "The document is still being annotated; export it when the "
                "progress bar is gone."))
        return None
    return run_export_dialog(session.model.document, parent)


def exported_message(path: Path) -> str:
    return QCoreApplication.translate("ExportDialog", "Exported to {path}").format(path=path)
