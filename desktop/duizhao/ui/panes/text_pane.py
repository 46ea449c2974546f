"""One side-by-side pane: paints the sentences in view (current and hovered sentence, Find
marks, selection) and turns the mouse and keys into clicks on sentences, words and names.

Where the rows are and how each is laid out: :class:`~duizhao.ui.panes.sentence_rows.SentenceRows`.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication, QWidget

from duizhao.ui import formats
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.panes.render import ENGLISH, Span, linked_spans, tokens_at
from duizhao.ui.panes.row_layout import format_range
from duizhao.ui.panes.sentence_rows import MARGIN, SentenceRows
from duizhao.ui.panes.text_selection import TextSelection


class SentencePane(SentenceRows):
    """Shows one rendering (``kind``) of every sentence of the model."""

    sentence_hovered = Signal(int)  # row, -1 when leaving
    sentence_clicked = Signal(int)
    term_clicked = Signal(int, int)  # row, index into sentence.terms
    token_clicked = Signal(int, int)  # row, index into sentence.tokens
    words_hovered = Signal(int, object)  # row, frozenset of token indices (empty: none)
    edit_requested = Signal(int)  # English pane: double click or Enter on a sentence

    def __init__(self, kind: str, model: SentenceModel, parent: QWidget | None = None) -> None:
        super().__init__(kind, model, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self._current = -1
        self._hover = -1
        self._find: dict[int, list[tuple[int, int, bool]]] = {}
        self._selection = TextSelection(lambda row: self.rendered(row).text)
        self._press: QPoint | None = None
        self._word_selected = False  # by a double click: its button release keeps it
        self._linked: tuple[int, frozenset[int]] = (-1, frozenset())  # row, tokens lit up
        self._hovered_words: tuple[int, frozenset[int]] = (-1, frozenset())

    def rebuild(self) -> None:
        self._find = {}
        self._linked = self._hovered_words = (-1, frozenset())
        self._selection.clear()
        self._current = self._hover = -1
        super().rebuild()

    # -- highlighting --------------------------------------------------------------------------
    @property
    def current_row(self) -> int:
        return self._current

    def set_current_row(self, row: int) -> None:
        if row != self._current:
            self._current = row
            self.viewport().update()

    def set_hover_row(self, row: int) -> None:
        if row != self._hover:
            self._hover = row
            self.viewport().update()

    def set_linked_words(self, row: int, tokens: frozenset[int]) -> None:
        """Light up ``tokens`` of ``row``: the words, or in the English pane their English."""
        if (row, tokens) != self._linked:
            self._linked = (row, tokens)
            self.viewport().update()

    def set_find_matches(self, ranges: list[tuple[int, int, int]], active: int = -1) -> None:
        """Mark (row, start, end) matches; ``active`` indexes the one to emphasise."""
        self._find = {}
        for i, (row, start, end) in enumerate(ranges):
            self._find.setdefault(row, []).append((start, end, i == active))
        self.viewport().update()

    # -- selection (copy, "Add Selection to Glossary") ----------------------------------------
    def select(self, row: int, start: int, end: int) -> None:
        self._selection.set((row, start), (row, end))
        self.viewport().update()

    def has_selection(self) -> bool:
        return self._selection.bounds() is not None

    def copy(self) -> None:
        """Edit ▸ Copy: the selected text to the clipboard."""
        if self.has_selection():
            QApplication.clipboard().setText(self.selected_text())

    def selected_text(self) -> str:
        """The selected text; sentences are joined by a line break."""
        return self._selection.text()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.prepare_view(event.region())
        if not self._rendered:
            return
        painter = QPainter(self.viewport())
        offset = self.verticalScrollBar().value()
        width = self.viewport().width()
        bottom = offset + self.viewport().height()
        clip = event.rect()
        row = self._rows.row_at(offset)
        palette = self.palette()
        while row < len(self._rendered):
            top = self._rows.top(row)
            if top > bottom:
                break
            height = self._rows.height(row)
            y = top - offset
            if y + height >= clip.top() and y <= clip.bottom():
                for fill_row, fill in ((self._hover, formats.HOVER_SENTENCE),
                                       (self._current, formats.CURRENT_SENTENCE)):
                    if row == fill_row:
                        box = QRectF(2, y - 2, width - 4, height - self._gap(row) + 2)
                        _fill(painter, box, fill)
                        if row == self._current:
                            _fill(painter, QRectF(2, box.top(), 3, box.height()),
                                  formats.CURRENT_SENTENCE_EDGE)
                self.layout_of(row).draw(painter, QPointF(self._left, y),
                                         self._overlays(row, palette))
                cue_time = self.cue_times.get(self.model.sentence(row).start) \
                    if self.cue_times else None
                if cue_time:
                    painter.setPen(palette.placeholderText().color())
                    painter.drawText(QPointF(MARGIN, y + self._metrics.ascent()), cue_time)
            row += 1
        painter.end()

    def _overlays(self, row: int, palette: QPalette) -> list[QTextLayout.FormatRange]:
        overlays = []
        text = self.rendered(row).text
        for start, end, active in self._find.get(row, ()):
            colour = QColor(formats.FIND_MATCH)
            if not active:
                colour.setAlpha(110)
            char_format = QTextCharFormat()
            char_format.setBackground(colour)
            overlays.append(format_range(text, start, end, char_format))
        linked_row, tokens = self._linked
        if row == linked_row and tokens:
            char_format = QTextCharFormat()
            char_format.setBackground(formats.LINKED_WORD)
            overlays += [format_range(text, span.start, span.end, char_format)
                         for span in linked_spans(self.rendered(row), tokens)]
        selected = self._selection.in_row(row)
        if selected is not None and selected[1] > selected[0]:
            char_format = QTextCharFormat()
            char_format.setBackground(palette.highlight())
            char_format.setForeground(palette.highlightedText())
            overlays.append(format_range(text, selected[0], selected[1], char_format))
        return overlays

    # -- mouse and keys ------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        if event.buttons() == Qt.MouseButton.NoButton:
            self.sentence_hovered.emit(self.row_at(point))
            self._hover_words(point)
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            caret = self._position_at(point, strict=False)
            if caret is not None and self._selection.extend(caret):
                self.viewport().update()

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)  # type: ignore[arg-type]
        self.sentence_hovered.emit(-1)
        self._hover_words(None)

    def _hover_words(self, point: QPoint | None) -> None:
        found = self.hit(point) if point is not None else None
        words: tuple[int, frozenset[int]] = (-1, frozenset())
        if found is not None:
            tokens = tokens_at(self.rendered(found[0]), found[1])
            if tokens:
                words = (found[0], tokens)
        if words != self._hovered_words:
            self._hovered_words = words
            self.words_hovered.emit(*words)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        self._press = point
        if event.button() == Qt.MouseButton.LeftButton:
            self._selection.start(self._position_at(point, strict=False))
            self.viewport().update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        dragged = self._press is not None and (point - self._press).manhattanLength() > 4
        self._press = None
        if self._word_selected:
            self._word_selected = False
            return
        if event.button() != Qt.MouseButton.LeftButton or dragged:
            return  # a drag selects text to copy; it is not a click on a word
        self._selection.clear()
        self.click_at(point)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A double click selects the word (or glossary term) under the pointer; in the English
        pane it edits the sentence's English."""
        if self.kind == ENGLISH and event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position().toPoint())
            if row >= 0:
                self.edit_requested.emit(row)
                return
        found = self.hit(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or found is None:
            super().mouseDoubleClickEvent(event)
            return
        row, offset = found
        rendered = self.rendered(row)
        span = _span_at(rendered.terms, offset) or _span_at(rendered.tokens, offset)
        if span is not None:
            self.select(row, span.start, span.end)
            self._word_selected = True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if (self.kind == ENGLISH and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self._current >= 0):
            self.edit_requested.emit(self._current)
            return
        row = self._sentence_for_key(event)
        if row is not None:
            # Reading with the keyboard: that sentence becomes the current one in every pane.
            self.sentence_clicked.emit(row)
            return
        if event.matches(QKeySequence.StandardKey.SelectAll) and self._rendered:
            last = len(self._rendered) - 1
            self._selection.set((0, 0), (last, len(self.rendered(last).text)))
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def _sentence_for_key(self, event: QKeyEvent) -> int | None:
        """↓/↑: the next/previous sentence; Home/End: the first/last (Page Up/Down scroll)."""
        if not self._rendered or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        last = len(self._rendered) - 1
        key = event.key()
        if key == Qt.Key.Key_Down:
            return min(last, self._current + 1)
        if key == Qt.Key.Key_Up:
            return max(0, self._current - 1)
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return last
        return None

    def click_at(self, point: QPoint) -> None:
        """What a click at ``point`` means: a term, a word, or just a sentence."""
        found = self.hit(point)
        if found is None:
            row = self.row_at(point)
            if row >= 0:
                self.sentence_clicked.emit(row)
            return
        row, offset = found
        self.sentence_clicked.emit(row)
        rendered = self.rendered(row)
        term = _span_at(rendered.terms, offset)
        if term is not None:
            self.term_clicked.emit(row, term.term)
            return
        token = _span_at(rendered.tokens, offset)
        if token is not None:
            self.token_clicked.emit(row, token.token)


def _span_at(spans: list[Span], offset: int) -> Span | None:
    for span in spans:
        if span.start <= offset < span.end:
            return span
    return None


def _fill(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """``painter.fillRect(box, colour)`` without its overloads: choosing among them makes
    PySide build QGradient's enum types at the first paint (2 ms of every start)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(box)
    painter.restore()
