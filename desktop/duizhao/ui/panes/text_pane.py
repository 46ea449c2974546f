"""One side-by-side pane: a read-only QTextEdit with one text block per sentence.

Block *n* of every pane is sentence row *n* of the :class:`SentenceModel`, which is what makes
alignment cheap: hit-testing gives a block number, highlighting paints behind a block, scroll
sync maps "row r, fraction f from its top" between panes. The current and hovered sentences are
painted behind the text (not as selections) so the glossary colours stay visible through them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from duizhao.core.document import Sentence
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.panes import formats
from duizhao.ui.panes.render import ENGLISH, PINYIN, Rendered, Span, render


class SentencePane(QTextEdit):
    """Shows one rendering (``kind``) of every sentence of the model."""

    sentence_hovered = Signal(int)  # row, -1 when leaving
    sentence_clicked = Signal(int)
    term_clicked = Signal(int, int)  # row, index into sentence.terms
    token_clicked = Signal(int, int)  # row, index into sentence.tokens

    def __init__(self, kind: str, model: SentenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = model
        self.setObjectName(f"pane-{kind}")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.document().setDocumentMargin(10)
        self._rendered: list[Rendered] = []
        self._current = -1
        self._hover = -1
        self._tone_colours = True
        self._press: QPoint | None = None
        self._formats: dict[tuple[int, str, bool], QTextCharFormat] = {}

    # -- building ------------------------------------------------------------------------------
    def set_tone_colours(self, on: bool) -> None:
        if on != self._tone_colours:
            self._tone_colours = on
            if self.kind == PINYIN:
                self.rebuild()

    def set_base_font(self, font: QFont) -> None:
        scaled = QFont(font)
        if self.kind in (PINYIN, ENGLISH):
            scaled.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.document().setDefaultFont(scaled)

    def rebuild(self) -> None:
        """Render every row of the model again (new document, style or preference)."""
        self._formats.clear()
        self._rendered = []
        self.document().clear()
        self._current = self._hover = -1
        self.append_rows(0, self.model.rowCount())

    def append_rows(self, first: int, end: int) -> None:
        if end <= first:
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        script = self.model.script
        for row in range(first, end):
            sentence = self.model.sentence(row)
            rendered = render(self.kind, sentence, script)
            if row > 0:
                cursor.insertBlock(self._block_format(row))
            else:
                cursor.setBlockFormat(self._block_format(row))
            self._insert(cursor, sentence, rendered)
            self._rendered.append(rendered)
        cursor.endEditBlock()

    def update_rows(self, rows: list[int]) -> None:
        """Re-render rows whose sentence changed (a translation arrived)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for row in rows:
            if row >= len(self._rendered):
                continue
            block = self.document().findBlockByNumber(row)
            sentence = self.model.sentence(row)
            rendered = render(self.kind, sentence, self.model.script)
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self._insert(cursor, sentence, rendered)
            self._rendered[row] = rendered
        cursor.endEditBlock()

    def _block_format(self, row: int) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        paragraph_end = self.model.paragraph_end(row)
        block_format.setBottomMargin(14 if paragraph_end else 5)
        block_format.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return block_format

    def _char_format(self, tone: int, category: str, pending: bool) -> QTextCharFormat:
        key = (tone, category, pending)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        char_format = QTextCharFormat()
        if pending:
            char_format.setForeground(formats.PENDING_TEXT)
        elif tone and self._tone_colours:
            char_format.setForeground(formats.TONE_COLOURS[tone])
        if category:
            char_format.setBackground(formats.category_colour(category))
        self._formats[key] = char_format
        return char_format

    def _insert(self, cursor: QTextCursor, sentence: Sentence, rendered: Rendered) -> None:
        text = rendered.text
        if not rendered.terms and not rendered.syllables:
            cursor.insertText(text, self._char_format(0, "", rendered.pending))
            return
        cuts = {0, len(text)}
        for span in rendered.terms:
            cuts.update((span.start, span.end))
        for span in rendered.syllables:
            cuts.update((span.start, span.end))
        points = sorted(c for c in cuts if 0 <= c <= len(text))
        terms = rendered.terms
        syllables = rendered.syllables
        ti = si = 0
        for a, b in zip(points, points[1:], strict=False):
            while ti < len(terms) and terms[ti].end <= a:
                ti += 1
            while si < len(syllables) and syllables[si].end <= a:
                si += 1
            category = ""
            if ti < len(terms) and terms[ti].start <= a:
                category = sentence.terms[terms[ti].term].entry.category
            tone = syllables[si].tone if si < len(syllables) and syllables[si].start <= a else 0
            cursor.insertText(text[a:b], self._char_format(tone, category, False))

    # -- geometry ------------------------------------------------------------------------------
    def _block_rect(self, row: int) -> QRectF:
        block = self.document().findBlockByNumber(row)
        if not block.isValid():
            return QRectF()
        return self.document().documentLayout().blockBoundingRect(block)

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def hit(self, point: QPoint) -> tuple[int, int] | None:
        """(row, character offset in that row's text) under a viewport point, if any."""
        doc_point = QPointF(point) + self._offset()
        position = self.document().documentLayout().hitTest(
            doc_point, Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return None
        block = self.document().findBlock(position)
        if not block.isValid():
            return None
        rect = self.document().documentLayout().blockBoundingRect(block)
        if not rect.contains(doc_point):
            return None
        layout = block.layout()
        relative = position - block.position()
        local_x = doc_point.x() - rect.x()
        line = layout.lineForTextPosition(min(relative, max(0, block.length() - 1)))
        # Fuzzy hits land on the nearest caret position; pick the character the point is on.
        if relative > 0 and line.isValid() and line.cursorToX(relative)[0] > local_x:
            relative -= 1
        if relative >= block.length() - 1:
            return None
        return block.blockNumber(), relative

    def row_at(self, point: QPoint) -> int:
        doc_point = QPointF(point) + self._offset()
        position = self.document().documentLayout().hitTest(
            doc_point, Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return -1
        block = self.document().findBlock(position)
        return block.blockNumber() if block.isValid() else -1

    def top_anchor(self) -> tuple[int, float]:
        """The row at the top of the view and how far (0–1) into it the view starts."""
        y = self.verticalScrollBar().value()
        position = self.document().documentLayout().hitTest(
            QPointF(self.document().documentMargin() + 1, y + 1), Qt.HitTestAccuracy.FuzzyHit)
        block = self.document().findBlock(max(0, position))
        if not block.isValid():
            return 0, 0.0
        rect = self.document().documentLayout().blockBoundingRect(block)
        # Not clamped: above the first row (the document margin) the fraction is negative,
        # which keeps every pane's margin when they are all at the top.
        fraction = (y - rect.top()) / rect.height() if rect.height() > 0 else 0.0
        return block.blockNumber(), min(1.0, fraction)

    def scroll_to_anchor(self, row: int, fraction: float) -> None:
        rect = self._block_rect(row)
        if rect.isNull():
            return
        if fraction < 0:  # the source shows the margin above its first row: so do we
            self.verticalScrollBar().setValue(0 if row == 0 else int(rect.top()))
            return
        self.verticalScrollBar().setValue(int(rect.top() + fraction * rect.height()))

    def bring_into_view(self, row: int) -> None:
        rect = self._block_rect(row)
        if rect.isNull():
            return
        top = self.verticalScrollBar().value()
        height = self.viewport().height()
        if rect.top() < top or rect.bottom() > top + height:
            self.verticalScrollBar().setValue(int(rect.top() - height / 3))

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

    def set_find_matches(self, ranges: list[tuple[int, int, int]], active: int = -1) -> None:
        """Mark (row, start, end) matches; ``active`` indexes the one to emphasise."""
        selections = []
        for i, (row, start, end) in enumerate(ranges):
            block = self.document().findBlockByNumber(row)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection_format = QTextCharFormat()
            colour = QColor(formats.FIND_MATCH)
            if i != active:
                colour.setAlpha(110)
            selection_format.setBackground(colour)
            selection.format = selection_format  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)

    def rendered(self, row: int) -> Rendered:
        return self._rendered[row]

    def row_count(self) -> int:
        return len(self._rendered)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._hover >= 0 or self._current >= 0:
            painter = QPainter(self.viewport())
            offset = self._offset()
            width = self.viewport().width()
            for row, fill in ((self._hover, formats.HOVER_SENTENCE),
                              (self._current, formats.CURRENT_SENTENCE)):
                if row < 0:
                    continue
                rect = self._block_rect(row)
                if rect.isNull():
                    continue
                box = QRectF(2, rect.top() - offset.y() - 2, width - 4, rect.height() + 1)
                painter.fillRect(box, fill)
                if row == self._current:
                    painter.fillRect(QRectF(2, box.top(), 3, box.height()),
                                     formats.CURRENT_SENTENCE_EDGE)
            painter.end()
        super().paintEvent(event)

    # -- mouse ---------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            self.sentence_hovered.emit(self.row_at(event.position().toPoint()))

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)  # type: ignore[arg-type]
        self.sentence_hovered.emit(-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        dragged = self._press is not None and (point - self._press).manhattanLength() > 4
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton or dragged:
            return  # a drag selects text to copy; it is not a click on a word
        self.click_at(point)

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
        rendered = self._rendered[row] if row < len(self._rendered) else None
        if rendered is None:
            return
        term = _span_at(rendered.terms, offset)
        if term is not None:
            self.term_clicked.emit(row, term.term)
            return
        token = _span_at(rendered.tokens, offset)
        if token is not None:
            self.token_clicked.emit(row, token.token)

    def point_of(self, row: int, offset: int) -> QPoint:
        """The viewport point of a character (used by tests and by find)."""
        block = self.document().findBlockByNumber(row)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        rect = self.cursorRect(cursor)
        return QPoint(rect.x() + 3, rect.center().y())


def _span_at(spans: list[Span], offset: int) -> Span | None:
    for span in spans:
        if span.start <= offset < span.end:
            return span
    return None
