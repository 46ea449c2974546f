"""Glossary import and export for the glossary panel: ask for the file, read or write it, and
say what happened (imports are one undoable step, through the session)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from duizhao.core.errors import DuizhaoError
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.files import read_glossary, save_glossary
from duizhao.core.glossary.formats import ImportProblem
from duizhao.ui.models.glossary_model import GlossaryFilter, GlossaryTableModel

if TYPE_CHECKING:
    from duizhao.ui.glossary_edits import GlossaryEdits

IMPORT_FILTER = "*.csv *.tbx *.txt *.utf8 *.tsv"
EXPORT_FILTERS = {
    ".csv": "CSV (*.csv)",
    ".tbx": "TBX (*.tbx)",
    ".utf8": "OmegaT (*.utf8 *.txt *.tsv)",
    ".apkg": "Anki (*.apkg)",
}


class GlossaryFiles(QObject):
    message = Signal(str)

    def __init__(self, edits: GlossaryEdits, model: GlossaryTableModel, listed: GlossaryFilter,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.edits = edits
        self.model = model
        self.listed = listed  # what the panel lists: exports follow its filter
        self.parent_widget = parent

    def _ask_import_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import Glossary"), "",
            self.tr("Glossaries (%1)").replace("%1", IMPORT_FILTER))
        return path

    def _ask_export_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export Glossary"), "",
                                              ";;".join(EXPORT_FILTERS.values()))
        return path

    def _accept_partial(self, problems: list[ImportProblem], good: int, source: str) -> bool:
        listed = "\n".join(p.describe(Path(source).name) for p in problems[:8])
        more = len(problems) - 8
        if more > 0:
            listed += "\n" + self.tr("…and %n more", "", more)
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Import Glossary"),
            self.tr("Some lines could not be read:\n%1\n\nImport the %2 readable entries "
                    "anyway?").replace("%1", listed).replace("%2", str(good)))
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, kind: str, path: str | None = None) -> int:
        """Import a glossary file into the glossary of ``kind``; returns the entries added."""
        path = path or self._ask_import_path()
        if not path:
            return 0
        try:
            result = read_glossary(path)
        except DuizhaoError as error:
            self.message.emit(str(error))
            return 0
        if result.problems and not (result.entries and self._accept_partial(
                result.problems, len(result.entries), path)):
            first = result.problems[0].describe(path)
            self.message.emit(self.tr("Nothing was imported: %1").replace("%1", first))
            return 0
        glossaries = self.model.glossaries
        existing = set(glossaries.target(kind)) if glossaries is not None else set()
        new = [entry for entry in dict.fromkeys(result.entries) if entry not in existing]
        self.edits.add_many(new, kind)
        self.message.emit(self.tr("Imported %n entries.", "", len(new)))
        return len(new)

    def export_file(self, path: str | None = None) -> bool:
        """Export the listed entries (the filter applies; hidden ones are left out)."""
        path = path or self._ask_export_path()
        if not path:
            return False
        entries = []
        for proxy_row in range(self.listed.rowCount()):
            row = self.listed.mapToSource(self.listed.index(proxy_row, 0)).row()
            if not self.model.is_hidden(row):
                entries.append(self.model.entry(row)[1])
        try:
            save_glossary(Glossary(entries), path)
        except DuizhaoError as error:
            self.message.emit(str(error))
            return False
        self.message.emit(self.tr("Exported %n entries to %1.", "", len(entries))
                          .replace("%1", Path(path).name))
        return True
