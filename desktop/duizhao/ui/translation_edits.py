"""The English a person writes or reviews: undoable edits, the autosaved workspace, the memory.

Every change to a sentence's English or status goes through here (the session's
``translation``): an edit or a review is a command on the document's undo stack; whatever
changed the English (an edit, an undo, a translation arriving) schedules a save of the
document's workspace, written within :data:`AUTOSAVE_MS` by a worker, atomically with a backup;
a pair a person wrote or reviewed goes into the translation memory with that save.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from duizhao.core.document import USER_SOURCE
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.tasks import LatestOnlyWorker, TaskContext

# The workspace module (hashing, dates) is imported at the first edit or save, not at start-up.
if TYPE_CHECKING:
    from duizhao.core.workspace import DocumentRef, Record, Workspace

AUTOSAVE_MS = 1000  # a save starts at most this long after a change: kill -9 loses under 2 s


class _SetEnglish(QUndoCommand):
    def __init__(self, edits: TranslationEdits, row: int, before: Record, after: Record,
                 text: str) -> None:
        super().__init__(text)
        self.edits, self.row, self.before, self.after = edits, row, before, after

    def redo(self) -> None:
        self.edits.apply(self.row, self.after)

    def undo(self) -> None:
        self.edits.apply(self.row, self.before)


class TranslationEdits(QObject):
    changed = Signal(list)  # rows whose English or status a person changed
    reviewed_count = Signal(int, int)  # reviewed, sentences
    saved = Signal(str)  # the workspace file written
    failed = Signal(str)  # a save that failed: one line

    def __init__(self, model: SentenceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.stack = QUndoStack(self)
        self.orphans: list[Record] = []
        self.enabled = False  # no workspace for an empty window
        self._dirty = False  # changed since the last save began
        self._touched = False  # changed since the document was opened
        self._ref: DocumentRef | None = None
        # pairs for the memory to remember (or forget), taken by whichever save runs next (a
        # save replaced before it ran leaves them to the one replacing it)
        self._remember: list[tuple[str, str, bool]] = []
        self._remember_lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self._writer = LatestOnlyWorker("duizhao-workspace", self)

    # -- the document --------------------------------------------------------------------------
    def begin(self) -> None:
        """Another document is being opened: the previous one's last change is saved, and
        nothing is saved until this one is fully there (a partial workspace would drop the
        rest)."""
        self.save()
        self.enabled = False
        self.stack.clear()
        self.orphans = []
        self._ref = None
        self._dirty = self._touched = False

    def ready(self, orphans: list[Record]) -> None:
        """Every sentence is in (its workspace applied): saving starts, edits made meanwhile
        included."""
        self.orphans = list(orphans)
        self.enabled = True
        self.announce_count()
        if self._dirty:
            self._timer.start()

    def english_arrived(self, _rows: list[int]) -> None:
        """Translations arrived: the workspace keeps the English shown, so it is saved too."""
        self.schedule()

    # -- changes -------------------------------------------------------------------------------
    def edit(self, row: int, text: str) -> None:
        """The person's English for the sentence at ``row`` (undoable)."""
        from duizhao.core.translate import terms
        from duizhao.core.workspace import Record

        sentence = self.model.sentence(row)
        text = text.strip()
        if not text or (text == sentence.translation and sentence.translation_source
                        == USER_SOURCE):
            return
        before = Record.of(sentence)
        after = Record(sentence.id, sentence.original, text, USER_SOURCE,
                       alternatives=list(sentence.alternatives),
                       term_warnings=terms.missing(text, terms.sentence_english(sentence)))
        self.stack.push(_SetEnglish(self, row, before, after,
                                    QCoreApplication.translate("TranslationEdits",
                                                               "Edit Translation")))

    def set_reviewed(self, row: int, reviewed: bool) -> None:
        from duizhao.core.workspace import Record

        sentence = self.model.sentence(row)
        if sentence.translation is None or sentence.reviewed == reviewed:
            return
        before = Record.of(sentence)
        after = Record.of(sentence)
        after.reviewed = reviewed
        label = (QCoreApplication.translate("TranslationEdits", "Mark Reviewed") if reviewed
                 else QCoreApplication.translate("TranslationEdits", "Mark Not Reviewed"))
        self.stack.push(_SetEnglish(self, row, before, after, label))

    def apply(self, row: int, state: Record) -> None:
        """Put ``state`` on the sentence at ``row`` (the undo commands call this)."""
        sentence = self.model.sentence(row)
        taken_back = sentence.translation if sentence.by_person else None
        state.apply(sentence)
        if sentence.by_person and sentence.translation:
            self._queue_pair(sentence.original, sentence.translation)
        elif taken_back:  # an edit undone: the memory forgets it too
            self._queue_pair(sentence.original, taken_back, remember=False)
        self.model.row_changed(row)
        self.changed.emit([row])
        self.announce_count()
        self.schedule()

    def announce_count(self) -> None:
        sentences = self.model.sentences()
        self.reviewed_count.emit(sum(1 for s in sentences if s.reviewed), len(sentences))

    def next_not_reviewed(self, after: int) -> int | None:
        sentences = self.model.sentences()
        count = len(sentences)
        for step in range(1, count + 1):
            row = (after + step) % count
            if not sentences[row].reviewed:
                return row
        return None

    def import_workspace(self, workspace: Workspace) -> tuple[int, int]:
        """A ``.duizhao`` file applied to the document (not undoable: the stack is cleared);
        returns (sentences given their English, a person's English with no sentence here)."""
        from duizhao.core.workspace import Attacher, saved_for

        attacher = Attacher(workspace, same_text=saved_for(workspace, self._ref_now()))
        sentences = self.model.sentences()
        attacher.apply(sentences)
        orphans = attacher.orphans()
        known = {(r.original, r.translation) for r in self.orphans}
        self.orphans += [r for r in orphans if (r.original, r.translation) not in known]
        self.stack.clear()
        rows = list(range(len(sentences)))
        for row, sentence in enumerate(sentences):
            self.model.row_changed(row)
            if sentence.by_person and sentence.translation:
                self._queue_pair(sentence.original, sentence.translation)
        self.changed.emit(rows)
        self.announce_count()
        self.schedule()
        return attacher.attached, len(orphans)

    def _queue_pair(self, source: str, target: str, *, remember: bool = True) -> None:
        with self._remember_lock:
            self._remember.append((source, target, remember))

    def _take_pairs(self) -> list[tuple[str, str, bool]]:
        with self._remember_lock:
            pairs, self._remember = self._remember, []
        return pairs

    # -- saving --------------------------------------------------------------------------------
    def schedule(self) -> None:
        self._dirty = self._touched = True
        if self.enabled and not self._timer.isActive():
            self._timer.start()

    def workspace(self) -> Workspace:
        return _workspace(self._ref_now(), self._snapshot(), self.orphans)

    def _ref_now(self) -> DocumentRef:
        from duizhao.core.workspace import document_ref

        if self._ref is None or self._ref.sentences != len(self.model.sentences()):
            self._ref = document_ref(self.model.document)
        return self._ref

    def _snapshot(self) -> list[tuple[Any, ...]]:
        """The sentences' English as plain tuples: cheap enough for the GUI thread on a big
        document (the lists in them are replaced, never changed, when English changes)."""
        return [(s.id, s.original, s.translation, s.translation_source or "", s.reviewed,
                 s.alternatives, s.term_warnings, s.alignment)
                for s in self.model.sentences() if s.translation is not None]

    def save(self, *, wait: bool = False) -> None:
        """Write the workspace (and remember the pairs) on the worker; ``wait`` on closing."""
        self._timer.stop()
        if not self.enabled or not self.model.sentences() or not (self._dirty or wait):
            return
        self._dirty = False
        ref, snapshot, orphans = self._ref_now(), self._snapshot(), list(self.orphans)

        def op(_context: TaskContext) -> str:
            return _write(_workspace(ref, snapshot, orphans), self._take_pairs())

        if wait:
            try:
                self.saved.emit(_write(_workspace(ref, snapshot, orphans), self._take_pairs()))
            except Exception as error:  # noqa: BLE001 - said in one line, never lost silently
                self.failed.emit(str(error))
            return
        self._writer.submit(op, success=self.saved.emit,
                            failure=lambda error: self.failed.emit(str(error)))

    def shutdown(self) -> None:
        """The window closes: the workspace is written now, after the worker's last save."""
        self._writer.stop()  # an older save finishing later must not overwrite this one
        if self._touched:  # a save waiting for the worker was cancelled by the stop
            self.save(wait=True)


def _workspace(ref: DocumentRef, snapshot: list[tuple[Any, ...]],
               orphans: list[Record]) -> Workspace:
    from duizhao.core.workspace import Record, Workspace

    records = [Record(sid, original, translation, source, reviewed, list(alternatives),
                      list(warnings), list(alignment))
               for sid, original, translation, source, reviewed, alternatives, warnings,
               alignment in snapshot]
    return Workspace(ref, records, orphans)


def _write(workspace: Workspace, pairs: list[tuple[str, str, bool]]) -> str:
    from duizhao.core.memory import shared_memory
    from duizhao.core.workspace import WorkspaceStore

    path = WorkspaceStore().save(workspace)
    if pairs:
        memory = shared_memory()
        for source, target, remember in pairs:
            if remember:
                memory.remember(source, target)
            else:
                memory.forget(source, target)
    return str(path)
