"""Glossary edits of the open document: the undo stack, re-matching, saving — and what changed.

Owned by the :class:`~duizhao.ui.session.DocumentSession` (as ``session.glossary``). An edit
changes the document's :class:`~duizhao.core.glossary.glossary_set.GlossarySet`, re-matches only
the sentences containing a form whose entry changed
(:func:`duizhao.core.glossary.entries.rematch_terms`) — a large document is never re-annotated
for a glossary edit — and announces a :class:`GlossaryChange`; the session passes it on as
``glossary_changed``, and every view (panes, legend, card, glossary table) updates itself from it.
Saving is atomic (with a backup) and happens shortly after the last edit, off the typing path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import DuizhaoError
from duizhao.ui.changes import EntryEdit, GlossaryChange
from duizhao.ui.glossary_commands import AddEntryCommand, EditEntryCommand, RemoveEntryCommand
from duizhao.ui.models.sentence_model import SentenceModel

if TYPE_CHECKING:
    from duizhao.core.glossary.glossary_set import GlossarySet

SAVE_DELAY_MS = 400


class GlossaryEdits(QObject):
    changed = Signal(object)  # GlossaryChange
    failed = Signal(str)  # a message for the user (saving failed, no document glossary…)
    saved = Signal(list)  # paths written

    def __init__(self, model: SentenceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.glossaries: GlossarySet | None = None
        self.undo_stack = QUndoStack(self)
        self.annotating = False  # rows still to come use the glossary as it is when annotated
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        # Forms edited while a document is still being annotated: rows annotated later used
        # the glossary as it was then, so they are re-matched once annotation is done.
        self._forms_during_annotation: set[str] = set()

    # -- the document's glossaries -------------------------------------------------------------
    def set_glossaries(self, glossaries: GlossarySet | None) -> None:
        """Another document was opened: save the previous one's edits, start afresh."""
        if glossaries is self.glossaries:
            return
        self.save()
        self.glossaries = glossaries
        self._forms_during_annotation = set()
        self.undo_stack.clear()
        self.changed.emit(GlossaryChange(reset=True))

    def annotation_finished(self) -> None:
        forms, self._forms_during_annotation = self._forms_during_annotation, set()
        if forms:
            self.changed.emit(self._rematch(frozenset(forms)))

    # -- what the user does (undoable) -------------------------------------------------------
    def add(self, entry: GlossaryEntry, kind: str) -> bool:
        if not self._ready(kind):
            return False
        self.undo_stack.push(AddEntryCommand(self, kind, entry))
        return True

    def remove(self, items: list[tuple[str, GlossaryEntry]]) -> None:
        if not items or not self._ready():
            return
        if len(items) == 1:
            self.undo_stack.push(RemoveEntryCommand(self, *items[0]))
            return
        self.undo_stack.beginMacro(self.tr("Delete %n entries", "", len(items)))
        for kind, entry in items:
            self.undo_stack.push(RemoveEntryCommand(self, kind, entry))
        self.undo_stack.endMacro()

    def edit(self, kind: str, old: GlossaryEntry, new: GlossaryEntry,
             new_kind: str | None = None) -> None:
        if not self._ready(new_kind or kind):
            return
        if new_kind is None or new_kind == kind:
            if old != new:
                self.undo_stack.push(EditEntryCommand(self, kind, old, new))
            return
        self.undo_stack.beginMacro(self.tr("Move %1").replace("%1", new.traditional))
        self.undo_stack.push(RemoveEntryCommand(self, kind, old))
        self.undo_stack.push(AddEntryCommand(self, new_kind, new))
        self.undo_stack.endMacro()

    def add_many(self, entries: list[GlossaryEntry], kind: str) -> None:
        if not entries or not self._ready(kind):
            return
        self.undo_stack.beginMacro(self.tr("Import %n entries", "", len(entries)))
        for entry in entries:
            self.undo_stack.push(AddEntryCommand(self, kind, entry))
        self.undo_stack.endMacro()

    def kind_of(self, entry: GlossaryEntry) -> str | None:
        """DOCUMENT or PERSONAL: the glossary holding ``entry`` (None if neither does)."""
        from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL

        glossaries = self.glossaries
        owner = glossaries.owner(entry) if glossaries is not None else None
        if owner is None or glossaries is None:
            return None
        return PERSONAL if owner is glossaries.personal else DOCUMENT

    def _ready(self, kind: str | None = None) -> bool:
        glossaries = self.glossaries
        if glossaries is None:
            self.failed.emit(self.tr("Open a document first."))
            return False
        if kind is not None:
            try:
                glossaries.target(kind)
            except DuizhaoError as error:
                self.failed.emit(str(error))
                return False
        return True

    # -- the edits themselves (called by the undo commands) ------------------------------------
    def insert_entry(self, kind: str, entry: GlossaryEntry, index: int | None) -> int:
        assert self.glossaries is not None
        target = self.glossaries.target(kind)
        position = len(target) if index is None else max(0, min(index, len(target)))
        forms = self.glossaries.add(entry, kind, position)
        self._changed(EntryEdit(kind, position, None, entry), forms)
        return position

    def delete_entry(self, kind: str, entry: GlossaryEntry) -> int:
        assert self.glossaries is not None
        position = self.glossaries.target(kind).index(entry)
        forms = self.glossaries.remove(entry, kind)
        self._changed(EntryEdit(kind, position, entry, None), forms)
        return position

    def swap_entry(self, kind: str, old: GlossaryEntry, new: GlossaryEntry) -> None:
        assert self.glossaries is not None
        position = self.glossaries.target(kind).index(old)
        forms = self.glossaries.replace(old, new, kind)
        self._changed(EntryEdit(kind, position, old, new), forms)

    def _changed(self, edit: EntryEdit, forms: set[str]) -> None:
        change = self._rematch(frozenset(forms))
        self.changed.emit(GlossaryChange((edit,), change.forms, change.rows))
        self._save_timer.start()

    def _rematch(self, forms: frozenset[str]) -> GlossaryChange:
        """Re-match the sentences containing ``forms``: a change naming the rows that differ."""
        from duizhao.core.glossary.entries import rematch_terms  # not needed at start-up

        glossaries = self.glossaries
        if glossaries is None or not forms:
            return GlossaryChange(forms=forms)
        if self.annotating:
            self._forms_during_annotation |= forms
        model = self.model
        ids = rematch_terms(model.document, glossaries.merged, forms, model.sentences())
        rows = tuple(row for row in (model.row_of(i) for i in ids) if row is not None)
        return GlossaryChange(forms=forms, rows=rows)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self._save_timer.stop()
        glossaries = self.glossaries
        if glossaries is None:
            return
        try:
            written = glossaries.save()
        except DuizhaoError as error:
            self.failed.emit(str(error))
            return
        if written:
            self.saved.emit(written)
