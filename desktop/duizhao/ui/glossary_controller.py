"""Glossary edits in the window: undo stack, re-highlighting, saving.

An edit changes the open document's :class:`~duizhao.core.glossary.glossary_set.GlossarySet`, then
re-matches only the sentences containing a form whose entry changed
(:func:`duizhao.core.glossary.entries.rematch_terms`) and re-renders just those rows — a large
document is never re-annotated for a glossary edit. Saving is atomic (with a backup) and
happens shortly after the last edit, off the typing path.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import DuizhaoError
from duizhao.core.glossary.entries import rematch_terms
from duizhao.core.glossary.glossary_set import GlossarySet
from duizhao.ui.glossary_commands import AddEntryCommand, EditEntryCommand, RemoveEntryCommand
from duizhao.ui.models.glossary_model import GlossaryTableModel

if TYPE_CHECKING:
    from duizhao.ui.main_window import MainWindow

SAVE_DELAY_MS = 400


class GlossaryController(QObject):
    rows_rehighlighted = Signal(list)  # rows of the reading panes whose terms changed
    failed = Signal(str)  # a message for the user (saving failed, no document glossary…)
    saved = Signal(list)  # paths written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.model = GlossaryTableModel()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        # Forms edited while a document is still being annotated: rows annotated later used
        # the glossary as it was then, so they are re-matched once annotation is done.
        self._forms_during_annotation: set[str] = set()
        window.session.opened.connect(self.document_opened)
        window.document_ready.connect(self._annotation_done)
        window.installEventFilter(self)  # save pending edits when the window closes
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save)
        self.document_opened()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False

    @property
    def glossaries(self) -> GlossarySet | None:
        found = self.window.session.glossary_set
        return found if isinstance(found, GlossarySet) else None

    def document_opened(self) -> None:
        if self.model.glossaries is not None and self.model.glossaries is not self.glossaries:
            self.save()  # the previous document's edits
        if self.model.glossaries is not self.glossaries:
            self.undo_stack.clear()
            self.model.set_glossaries(self.glossaries)

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
        position, forms = self.model.add(kind, entry, index)
        self._changed(forms)
        return position

    def delete_entry(self, kind: str, entry: GlossaryEntry) -> int:
        position, forms = self.model.remove(kind, entry)
        self._changed(forms)
        return position

    def swap_entry(self, kind: str, old: GlossaryEntry, new: GlossaryEntry) -> None:
        self._changed(self.model.replace(kind, old, new))
        if self.window.side.shown_entry() == old:
            self.window.show_entry(new)

    def _changed(self, forms: set[str]) -> None:
        self.rehighlight(forms)
        self._save_timer.start()

    # -- highlighting ----------------------------------------------------------------------------
    def rehighlight(self, forms: set[str]) -> list[int]:
        """Re-match the sentences containing ``forms`` and repaint just those rows."""
        glossaries = self.glossaries
        if glossaries is None or not forms:
            return []
        if self.window.session.annotating:
            self._forms_during_annotation |= forms
        model = self.window.model
        ids = rematch_terms(model.document, glossaries.merged, forms, model.sentences())
        rows = [row for row in (model.row_of(i) for i in ids) if row is not None]
        if rows:
            self.window.panes.refresh_rows(rows)
            QTimer.singleShot(0, self._update_legend)
        self.rows_rehighlighted.emit(rows)
        return rows

    def _annotation_done(self) -> None:
        forms, self._forms_during_annotation = self._forms_during_annotation, set()
        if forms:
            self.rehighlight(forms)

    def _update_legend(self) -> None:
        counts = Counter(entry.category for entry in self.window.model.document.glossary_entries())
        self.window.side.legend.set_counts(dict(counts))

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self._save_timer.stop()
        glossaries = self.model.glossaries
        if glossaries is None:
            return
        try:
            written = glossaries.save()
        except DuizhaoError as error:
            self.failed.emit(str(error))
            return
        if written:
            self.saved.emit(written)
