"""The open document and the background work on it: annotation, then translation.

The session owns the open document (its :class:`SentenceModel`) and its glossaries, and every
change to them goes through it; it announces what changed by signal and each view updates
itself (see docs/architecture.md, "Session and change signals"). No view reaches into another.

Annotation streams paragraphs (its worker side is :mod:`duizhao.ui.opening`): the first
screen is handed to the window as soon as it is annotated, the rest follows in batches the
window appends a slice at a time, so the event loop never waits on a whole document.
Translation runs on one :class:`LatestOnlyWorker`, a chunk of sentences at a time, and each
chunk's English is applied as it arrives. Glossary edits are
:class:`~duizhao.ui.glossary_edits.GlossaryEdits` (``session.glossary``), undoable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from duizhao.core.document import (
    Document,
    GlossaryEntry,
    Paragraph,
    Sentence,
    TermHit,
)
from duizhao.core.errors import DuizhaoError
from duizhao.ui import gc_policy
from duizhao.ui.glossary_edits import GlossaryEdits
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.opening import Batch, OpenRequest, WorkspaceOpened, annotate
from duizhao.ui.tasks import BackgroundOp, LatestOnlyWorker, TaskContext, TaskHandle
from duizhao.ui.translation_edits import TranslationEdits
from duizhao.ui.vocabulary import Vocabulary

if TYPE_CHECKING:
    from duizhao.core.glossary.glossary_set import GlossarySet
    from duizhao.core.workspace import Attacher

ROWS_PER_TICK = 24  # rows appended to the panes per event-loop turn
TRANSLATE_CHUNK = 24  # sentences per translation call between updates


class DocumentSession(QObject):
    """The open document, its glossaries and what is being done to them: the window's hub.

    Views subscribe to these signals and redraw what concerns them; they never call each
    other. Rows are :class:`SentenceModel` rows (sentence order).
    """

    # the document
    opened = Signal()  # the first screen of a new document is in the model
    chapters_changed = Signal()  # more chapters of a book read in parts
    rows_added = Signal(int, int)  # first row, end row (annotation still streaming)
    annotation_progress = Signal(int, int)  # done, total characters
    annotation_finished = Signal()  # every row is in the model
    open_failed = Signal(str)  # a one-line message; the previous document stays
    warnings = Signal(list)  # lines to show once (e.g. a glossary read from its backup)
    # its English (a person's edits and reviews through ``session.translation``)
    translations_changed = Signal(list)  # rows whose translation or its status changed
    reviewed_count = Signal(int, int)  # sentences reviewed, sentences
    workspace_opened = Signal(object)  # an WorkspaceOpened: orphans, a damaged file set aside
    workspace_failed = Signal(str)  # the workspace could not be saved: a message
    translation_progress = Signal(int, int)
    translation_finished = Signal(str)  # "" or a hint for the user
    translation_stopped = Signal()
    # its glossaries (edited through ``session.glossary``)
    glossary_changed = Signal(object)  # a GlossaryChange: entries edited, rows re-matched
    glossary_failed = Signal(str)  # an edit refused or a save failed: a message
    glossary_saved = Signal(list)  # paths written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = SentenceModel()
        self.model.translations_changed.connect(self.translations_changed)
        self.glossary = GlossaryEdits(self.model, self)
        self.glossary.changed.connect(self.glossary_changed)
        self.glossary.failed.connect(self.glossary_failed)
        self.glossary.saved.connect(self.glossary_saved)
        # the reader's known words: marks announced by ``vocab.marks_changed``
        self.vocab = Vocabulary(self.model, self)
        self.opened.connect(self.vocab.clear)
        self.annotation_finished.connect(self.vocab.recount)
        self.glossary_changed.connect(
            lambda change: self.vocab.recount() if change.rows or change.reset else None)
        self.translation = TranslationEdits(self.model, self)
        self.translation.changed.connect(self.translations_changed)
        self.translation.reviewed_count.connect(self.reviewed_count)
        self.translation.failed.connect(self.workspace_failed)
        self.model.translations_changed.connect(self.translation.english_arrived)
        self.request: OpenRequest | None = None
        self.annotating = False
        self.translating = False
        self._annotation: TaskHandle | None = None
        self._generation = 0
        self._pending: list[Paragraph] = []
        self._pending_done = False
        self._drain = QTimer(self)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._append_slice)
        self._translator = LatestOnlyWorker("duizhao-translate", self)
        self._translation_generation = 0
        self._opened = WorkspaceOpened()
        self._attacher: Attacher | None = None

    # -- opening -------------------------------------------------------------------------------
    def open(self, request: OpenRequest) -> None:
        """Start loading; the current document stays until the new one's first screen is
        ready, and stays for good if the new one cannot be read."""
        if self._annotation is not None:
            self._annotation.cancel()
        self._generation += 1
        generation = self._generation
        self.annotating = True
        self._annotation = (
            BackgroundOp(lambda context: annotate(request, context),
                         success=lambda opened: self._annotated(generation, opened))
            .partial(lambda batch: self._batch(generation, request, batch))
            .progress(lambda done, total: self._progress(generation, done, total))
            .failure(lambda error: self._failed(generation, error))
            .on_cancel(lambda: None)
            .run()
        )

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _batch(self, generation: int, request: OpenRequest, batch: Batch) -> None:
        if not self._current(generation):
            return
        # The annotated sentences live as long as the document is open: keep the cycle
        # collector from walking them again and again (full passes grow with the document
        # and stop every thread for up to 200 ms). They are still freed when it is closed.
        gc_policy.freeze()
        if batch.first:
            self.cancel_translation()
            self.request = request
            self._pending = []
            self._pending_done = False
            self.translation.begin()  # the old document saved before the model changes
            self.model.reset(Document(batch.source, batch.text, list(batch.paragraphs),
                                      batch.chapters, batch.cues),
                             complete=False)
            self._attacher = batch.attacher
            self.glossary.set_glossaries(batch.glossary_set)
            self.glossary.annotating = True
            self.opened.emit()
            if batch.warnings:
                self.warnings.emit(batch.warnings)
        else:
            if self.model.extend_text(batch.text, batch.chapters):
                self.chapters_changed.emit()
            self._pending.extend(batch.paragraphs)
            self._drain.start()

    def _append_slice(self) -> None:
        taken: list[Paragraph] = []
        rows = 0
        while self._pending and rows < ROWS_PER_TICK:
            paragraph = self._pending.pop(0)
            taken.append(paragraph)
            rows += len(paragraph.sentences)
        if taken:
            first, end = self.model.append_paragraphs(taken)
            self.rows_added.emit(first, end)
        if not self._pending:
            self._drain.stop()
            if self._pending_done:
                self._finish_annotation()

    def _progress(self, generation: int, done: int, total: int) -> None:
        if self._current(generation):
            self.annotation_progress.emit(done, total)

    def _annotated(self, generation: int, opened: WorkspaceOpened) -> None:
        if not self._current(generation):
            return
        self._opened = opened
        self._pending_done = True
        if not self._pending:
            self._finish_annotation()

    def _finish_annotation(self) -> None:
        self._pending_done = False
        self.annotating = False
        self._annotation = None
        self.model.complete = True
        self.glossary.annotating = False
        self.glossary.annotation_finished()
        opened, self._opened = self._opened, WorkspaceOpened()
        if self._attacher is not None and not opened.complete:  # cancelled: keep the rest
            opened.orphans = self._attacher.orphans()
        self._attacher = None
        self.translation.ready(opened.orphans)
        if opened.late is not None:
            self.translation.import_workspace(opened.late)
        self.annotation_finished.emit()
        if opened.orphans or opened.set_aside:
            self.workspace_opened.emit(opened)

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._current(generation):
            return
        self.annotating = False
        self._annotation = None
        self.open_failed.emit(error_message(error))

    def cancel_annotation(self) -> None:
        """Stop filling in a big document; what is shown stays readable."""
        if self._annotation is not None:
            self._annotation.cancel()
            self._generation += 1
            self._pending.clear()
            self._drain.stop()
            self._finish_annotation()

    # -- translation ---------------------------------------------------------------------------
    def translate(self, *, retranslate: bool = False) -> None:
        """Translate every sentence without English (all of them with ``retranslate``); the
        English a person wrote or reviewed is never replaced."""
        todo = [replace(s, tokens=s.tokens, terms=list(s.terms)) for s in self.model.sentences()
                if not s.by_person and (retranslate or not s.translation)]
        if not todo:
            self.translation_finished.emit("")
            return
        self.translating = True
        total = len(todo)

        def op(context: TaskContext) -> str:
            from duizhao.ui.model_status import translation_package

            service = translation_package().shared_service()
            hint = ""
            context.report(0, total)
            for start in range(0, total, TRANSLATE_CHUNK):
                context.check()
                chunk: list[Sentence] = todo[start:start + TRANSLATE_CHUNK]
                if retranslate:
                    for sentence in chunk:
                        sentence.translation = None
                summary = service.translate_sentences(chunk, cancel=context.cancel_token)
                hint = summary.hint or hint
                context.partial([s for s in chunk if s.translation is not None])
                context.report(min(total, start + TRANSLATE_CHUNK), total)
            return hint

        self._translation_generation += 1
        generation = self._translation_generation

        def latest(callback: Callable[..., None]) -> Callable[..., None]:
            # a superseded run's last signals must not end the newer run's progress
            return lambda *args: callback(*args) if generation == \
                self._translation_generation else None

        self._translator.submit(
            op,
            success=latest(self._translated),
            progress=latest(self.translation_progress.emit),
            partial=self.model.set_translations,
            failure=latest(self._translation_failed),
            cancelled=latest(self._translation_cancelled),
        )

    def _translated(self, hint: str) -> None:
        self.translating = False
        self.translation_finished.emit(hint)

    def _translation_cancelled(self) -> None:
        self.translating = False
        self.translation_stopped.emit()

    def _translation_failed(self, error: BaseException) -> None:
        self.translating = False
        self.translation_stopped.emit()
        if not _is_cancel(error):
            self.open_failed.emit(error_message(error))

    def cancel_translation(self) -> None:
        if self.translating:
            self._translator.cancel()

    # -- glossary ------------------------------------------------------------------------------
    @property
    def glossaries(self) -> GlossarySet | None:
        """The document's and the personal glossary (None before a document is open)."""
        return self.glossary.glossaries

    def occurrences(self, entry: GlossaryEntry) -> list[tuple[int, TermHit]]:
        """Every (row, hit) of ``entry`` in the document."""
        return self.model.occurrences((entry.traditional, entry.simplified))

    def category_counts(self) -> dict[str, int]:
        """Glossary entries found in the document, per category (for the legend)."""
        return dict(Counter(entry.category
                            for entry in self.model.document.glossary_entries()))

    def shutdown(self) -> None:
        """The window closes: stop the work, save pending glossary edits and close the word
        marks' database."""
        if self._annotation is not None:
            self._annotation.cancel()
        self._translator.stop()
        self.glossary.save()
        self.translation.shutdown()
        self.vocab.close()


def _is_cancel(error: BaseException) -> bool:
    return type(error).__name__ == "OperationCancelled"


def error_message(error: BaseException) -> str:
    if isinstance(error, DuizhaoError):
        return str(error)
    if isinstance(error, OSError):
        name = error.filename or ""
        reason = error.strerror or str(error)
        return f"{name}: {reason}" if name else reason
    return f"{type(error).__name__}: {error}"
