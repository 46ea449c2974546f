"""Where the reader is: the current chapter, going to a chapter, and the sentence to return to
when a document is opened again (remembered per document in the settings).

Given the session (the document) and the panes (the current sentence); it tells by signal
which chapter is current, and moves the panes only through their own ``set_current``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from duizhao.ui.panes.pane_group import PaneGroup
    from duizhao.ui.session import DocumentSession
    from duizhao.ui.settings import Settings


class ReadingPlace(QObject):
    chapter_changed = Signal(int, str)  # index into document.chapters (-1: none), its title

    def __init__(self, session: DocumentSession, panes: PaneGroup, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.panes = panes
        self.settings = settings
        self._path: str | None = None  # the document whose place is kept
        self._starts: list[int] = []
        self._chapter = -1
        self._offset: int | None = None  # a chapter asked for, not annotated yet
        self._sentence: int | None = None  # the remembered sentence, not shown yet
        session.opened.connect(self._opened)
        session.chapters_changed.connect(self._chapters_changed)
        session.rows_added.connect(self._go_when_ready)
        session.annotation_finished.connect(self._annotation_finished)
        panes.current_changed.connect(self._current_changed)

    def go_to_offset(self, offset: int) -> None:
        """Make the sentence at ``offset`` (a chapter's start) current; if it is not annotated
        yet, as soon as it is."""
        self._sentence = None
        self._offset = offset
        self._go_when_ready()

    def _opened(self) -> None:
        document = self.session.model.document
        self._path = document.source.path
        self._starts = [chapter.start for chapter in document.chapters]
        self._chapter = -2  # announce the first chapter (or none), whatever it is
        self._offset = None
        saved = self.settings.reading_position(self._path) if self._path else None
        self._sentence = saved if saved else None
        # after the window has shown the first sentence of the new document
        QTimer.singleShot(0, self, self._go_when_ready)
        self._announce(self.panes.current_row)

    def _chapters_changed(self) -> None:
        self._starts = [chapter.start for chapter in self.session.model.document.chapters]
        self._announce(self.panes.current_row)

    def _go_when_ready(self, *_rows: int) -> None:
        model = self.session.model
        row = None
        if self._sentence is not None:
            row = model.row_of(self._sentence)
        elif self._offset is not None:
            row = self._row_at(self._offset)
        if row is not None:
            self._sentence = self._offset = None
            self.panes.set_current(row)

    def _annotation_finished(self) -> None:
        self._go_when_ready()
        # a place past the end (the file changed since): stay where the reader is
        self._sentence = self._offset = None

    def _row_at(self, offset: int) -> int | None:
        """The first sentence ending after ``offset``, if annotated yet."""
        model = self.session.model
        count = model.rowCount()
        if not count or model.sentence(count - 1).end <= offset:
            return None
        low, high = 0, count - 1
        while low < high:
            middle = (low + high) // 2
            if model.sentence(middle).end <= offset:
                low = middle + 1
            else:
                high = middle
        return low

    def _current_changed(self, row: int) -> None:
        self._announce(row)
        model = self.session.model
        # not while the remembered place is still to be shown, nor for another document
        if (self._path and self._sentence is None and model.document.source.path == self._path
                and 0 <= row < model.rowCount()):
            self.settings.set_reading_position(self._path, model.sentence(row).id)

    def _announce(self, row: int) -> None:
        model = self.session.model
        index = -1
        if self._starts and 0 <= row < model.rowCount():
            index = bisect.bisect_right(self._starts, model.sentence(row).start) - 1
        if index != self._chapter:
            self._chapter = index
            chapters = model.document.chapters
            self.chapter_changed.emit(index, chapters[index].title if index >= 0 else "")
