"""Undoable glossary edits (QUndoStack commands).

Each command remembers which glossary (document or personal) and which position its entry
had, so undo puts it back exactly where it was. The work itself — changing the glossary,
re-matching the sentences concerned, announcing the change, saving — is the editor's
(:class:`duizhao.ui.glossary_edits.GlossaryEdits`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from duizhao.core.document import GlossaryEntry


class GlossaryEditor(Protocol):
    def insert_entry(self, kind: str, entry: GlossaryEntry, index: int | None) -> int: ...

    def delete_entry(self, kind: str, entry: GlossaryEntry) -> int: ...

    def swap_entry(self, kind: str, old: GlossaryEntry, new: GlossaryEntry) -> None: ...


def _name(entry: GlossaryEntry) -> str:
    return entry.traditional or entry.simplified


class AddEntryCommand(QUndoCommand):
    def __init__(self, editor: GlossaryEditor, kind: str, entry: GlossaryEntry,
                 index: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("GlossaryPanel", "Add %1")
                         .replace("%1", _name(entry)))
        self.editor, self.kind, self.entry, self.index = editor, kind, entry, index

    def redo(self) -> None:
        self.index = self.editor.insert_entry(self.kind, self.entry, self.index)

    def undo(self) -> None:
        self.editor.delete_entry(self.kind, self.entry)


class RemoveEntryCommand(QUndoCommand):
    def __init__(self, editor: GlossaryEditor, kind: str, entry: GlossaryEntry) -> None:
        super().__init__(QCoreApplication.translate("GlossaryPanel", "Delete %1")
                         .replace("%1", _name(entry)))
        self.editor, self.kind, self.entry = editor, kind, entry
        self.index: int | None = None

    def redo(self) -> None:
        self.index = self.editor.delete_entry(self.kind, self.entry)

    def undo(self) -> None:
        self.editor.insert_entry(self.kind, self.entry, self.index)


class EditEntryCommand(QUndoCommand):
    def __init__(self, editor: GlossaryEditor, kind: str, old: GlossaryEntry,
                 new: GlossaryEntry) -> None:
        super().__init__(QCoreApplication.translate("GlossaryPanel", "Edit %1")
                         .replace("%1", _name(new)))
        self.editor, self.kind, self.old, self.new = editor, kind, old, new

    def redo(self) -> None:
        self.editor.swap_entry(self.kind, self.old, self.new)

    def undo(self) -> None:
        self.editor.swap_entry(self.kind, self.new, self.old)
