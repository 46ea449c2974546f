"""Editing the English in the window: the English pane's requests, the editor over the row,
review marks, and moving to the next sentence not reviewed.

Views never change a sentence themselves: a kept edit or a review goes to the session
(``session.translation``), which applies it, puts it on the undo stack and saves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from duizhao.core.document import Sentence
from duizhao.ui.panes.pane_group import PaneGroup
from duizhao.ui.panes.render import ENGLISH
from duizhao.ui.session import DocumentSession
from duizhao.ui.tasks import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from duizhao.core.memory import FuzzyMatcher
    from duizhao.ui.panes.english_editor import EnglishEditor


class TranslationEditing(QObject):
    def __init__(self, session: DocumentSession, panes: PaneGroup,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.panes = panes
        self.pane = panes.panes[ENGLISH]
        self._editor: EnglishEditor | None = None
        self.pane.edit_requested.connect(self.edit)
        self.pane.verticalScrollBar().valueChanged.connect(lambda _value: self._follow())
        session.opened.connect(self._close_editor)

    @property
    def editor(self) -> EnglishEditor:
        """The editor over the English pane, built when first opened (not at start-up)."""
        if self._editor is None:
            from duizhao.ui.panes.english_editor import EnglishEditor

            self._editor = EnglishEditor(self.pane.viewport())
            self._editor.committed.connect(self._committed)
            self._editor.cancelled.connect(self.pane.setFocus)
        return self._editor

    def _close_editor(self) -> None:
        if self._editor is not None:
            self._editor.close_editor()

    def edit(self, row: int | None = None) -> None:
        """Open the editor on ``row`` (default: the current sentence)."""
        row = self.panes.current_row if row is None else row
        if not 0 <= row < self.session.model.rowCount() or self.panes.is_interlinear():
            return
        if not self.pane.isVisible():
            return
        self.panes.set_current(row)
        sentence = self.session.model.sentence(row)
        self.editor.open_at(row, sentence, self.pane.row_rect(row))
        BackgroundOp(lambda context: _suggest(sentence, context),
                     success=lambda found: self.editor.add_suggestions(row, found)).run()

    def _follow(self) -> None:
        editor = self._editor
        if editor is not None and editor.isVisible() and editor.row >= 0:
            rect = self.pane.row_rect(editor.row)
            editor.move(rect.x(), rect.y())

    def _committed(self, row: int, text: str, move_next: bool) -> None:
        self.session.translation.edit(row, text)
        if move_next and row + 1 < self.session.model.rowCount():
            self.edit(row + 1)
        else:
            self.pane.setFocus()

    def toggle_reviewed(self) -> None:
        row = self.panes.current_row
        if 0 <= row < self.session.model.rowCount():
            sentence = self.session.model.sentence(row)
            self.session.translation.set_reviewed(row, not sentence.reviewed)

    def next_not_reviewed(self) -> None:
        row = self.session.translation.next_not_reviewed(self.panes.current_row)
        if row is not None:
            self.panes.set_current(row)


def _suggest(sentence: Sentence, _context: TaskContext) -> list[tuple[str, float, str]]:
    """Fuzzy matches from the translation memory (runs on a worker)."""
    from duizhao.core.memory import FuzzyMatcher, shared_memory
    from duizhao.ui.panes.english_editor import marked_source

    global _matcher
    memory = shared_memory()
    matcher = _matcher
    if matcher is None or matcher.memory is not memory:
        matcher = _matcher = FuzzyMatcher(memory)  # keeps the memory's keys between calls
    return [(s.unit.target, s.similarity, marked_source(s.unit.source, s.differences))
            for s in matcher.suggest(sentence.original)
            if s.unit.target != sentence.translation]


_matcher: FuzzyMatcher | None = None
