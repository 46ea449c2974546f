"""One side-by-side pane: a scroll area that lays out and paints only the sentences in view.

Row *n* of every pane is sentence row *n* of the :class:`SentenceModel`, which is what makes
alignment cheap: hit-testing gives a row, highlighting paints behind a row, scroll sync maps
"row r, fraction f from its top" between panes.

Why not a QTextEdit or a QListView: a QTextEdit lays out the whole document (appending to, or
re-highlighting, a 10,000-sentence document stalls the window for a second), and a QListView asks
the delegate for every row's size again after each batch of appended rows. Here each row is a
small ``QTextLayout`` built when the row is first painted (cached for the rows recently shown);
rows never shown have an estimated height from their length, replaced by the real one as soon
as they are laid out. Appending rows, a translation arriving or a glossary edit therefore cost
only the rows on screen.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from itertools import accumulate

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

from duizhao.ui import formats
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.panes.render import CHINESE_KINDS, ENGLISH, PINYIN, Rendered, Span, render
from duizhao.ui.panes.row_layout import LINE_SPACING, RowFormats, format_range, lay_out

MARGIN = 10  # around the text, as the QTextEdit's document margin was
PARAGRAPH_GAP = 14
SENTENCE_GAP = 5
CACHED_LAYOUTS = 400  # a few screens of every pane

Position = tuple[int, int]  # row, caret offset in that row's text


class SentencePane(QAbstractScrollArea):
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
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.verticalScrollBar().setSingleStep(20)
        self._text_font = QFont()
        self._metrics = QFontMetricsF(self._text_font)
        self._rendered: list[Rendered | None] = []
        self._heights: list[float] = []
        self._exact: list[bool] = []
        self._advances: list[float] = []  # estimated unwrapped width of each row's text
        self._tops: list[float] | None = None
        self._layouts: OrderedDict[int, QTextLayout] = OrderedDict()
        self._width = -1.0
        self._current = -1
        self._hover = -1
        self._tone_colours = True
        self._find: dict[int, list[tuple[int, int, bool]]] = {}
        self._anchor: Position | None = None  # text selection: where the drag started
        self._caret: Position | None = None
        self._press: QPoint | None = None
        self._word_selected = False  # by a double click: its button release keeps it
        self._row_formats = RowFormats()

    # -- building ------------------------------------------------------------------------------
    def set_tone_colours(self, on: bool) -> None:
        if on != self._tone_colours:
            self._tone_colours = on
            self._row_formats.tone_colours = on
            if self.kind == PINYIN:
                self._row_formats.clear()
                self._layouts.clear()
                self.viewport().update()

    def set_base_font(self, font: QFont) -> None:
        scaled = QFont(font)
        if self.kind in (PINYIN, ENGLISH):
            scaled.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self._text_font = scaled
        self._metrics = QFontMetricsF(scaled)
        self._relayout_all(font=True)

    def text_font(self) -> QFont:
        return QFont(self._text_font)

    def rebuild(self) -> None:
        """Show the model's rows afresh (new document, style or preference)."""
        self._row_formats.clear()
        self._rendered = []
        self._heights = []
        self._exact = []
        self._advances = []
        self._tops = None
        self._layouts.clear()
        self._find = {}
        self._anchor = self._caret = None
        self._current = self._hover = -1
        self.verticalScrollBar().setValue(0)
        self.append_rows(0, self.model.rowCount())

    def append_rows(self, first: int, end: int) -> None:
        if end <= first:
            return
        for row in range(len(self._rendered), end):
            self._rendered.append(None)
            self._advances.append(self._advance(row))
            self._heights.append(self._estimate(row))
            self._exact.append(False)
        self._tops = None
        self._update_scrollformat_range()
        self.viewport().update()

    def update_rows(self, rows: list[int]) -> None:
        """Show rows whose sentence changed (a translation arrived, a glossary term changed)."""
        top = self.top_anchor() if self._rendered else None
        changed = False
        for row in rows:
            if row >= len(self._rendered):
                continue
            self._rendered[row] = None
            self._layouts.pop(row, None)
            if self.kind == ENGLISH:  # a translation changes the text, and so the height
                self._advances[row] = self._advance(row)
                self._heights[row] = self._estimate(row)
                self._exact[row] = False
                changed = True
        if changed:
            self._tops = None
            self._update_scrollformat_range()
            if top is not None:
                self._keep_anchor(*top)
        self.viewport().update()

    def _relayout_all(self, *, font: bool = False) -> None:
        """Font or width changed: every height is an estimate again; keep the top sentence."""
        top = self.top_anchor() if self._rendered else None
        self._layouts.clear()
        rows = range(len(self._rendered))
        if font:
            self._advances = [self._advance(row) for row in rows]
        width = self._text_width()
        line = self._metrics.height() * LINE_SPACING
        self._heights = [(advance // width + 1) * line + self._gap(row)
                         for row, advance in zip(rows, self._advances, strict=True)]
        self._exact = [False] * len(self._rendered)
        self._tops = None
        self._update_scrollformat_range()
        if top is not None:
            self._keep_anchor(*top)
        self.viewport().update()

    def _keep_anchor(self, row: int, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.blockSignals(True)  # every pane keeps its own anchor; no need to sync
        try:
            self.scroll_to_anchor(row, fraction)
        finally:
            bar.blockSignals(False)

    # -- rows: text, layout, height ------------------------------------------------------------
    def rendered(self, row: int) -> Rendered:
        cached = self._rendered[row]
        if cached is None:
            cached = render(self.kind, self.model.sentence(row), self.model.script)
            self._rendered[row] = cached
        return cached

    def row_count(self) -> int:
        return len(self._rendered)

    def _text_width(self) -> float:
        return max(40.0, self.viewport().width() - 2 * MARGIN)

    def _gap(self, row: int) -> float:
        return PARAGRAPH_GAP if self.model.paragraph_end(row) else SENTENCE_GAP

    def _advance(self, row: int) -> float:
        """About how wide a row's text is on one line, from its length (no shaping)."""
        sentence = self.model.sentence(row)
        metrics = self._metrics
        if self.kind in CHINESE_KINDS:
            return len(sentence.original) * metrics.height() * 0.95
        if self.kind == PINYIN:
            return len(sentence.original) * 3.6 * metrics.averageCharWidth()
        return len(sentence.translation or "…") * metrics.averageCharWidth() * 1.05

    def _estimate(self, row: int) -> float:
        """A row's height before it is laid out."""
        lines = self._advances[row] // self._text_width() + 1
        return lines * self._metrics.height() * LINE_SPACING + self._gap(row)

    def _layout(self, row: int) -> QTextLayout:
        layout = self._layouts.get(row)
        if layout is not None:
            self._layouts.move_to_end(row)
            return layout
        rendered = self.rendered(row)
        layout, y = lay_out(rendered.text, self._text_font, self._text_width(),
                            self._row_formats.ranges(self.model.sentence(row), rendered))
        height = y + self._gap(row)
        if not self._exact[row] or self._heights[row] != height:
            self._heights[row] = height
            self._exact[row] = True
            self._tops = None
        self._layouts[row] = layout
        if len(self._layouts) > CACHED_LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    # -- geometry ------------------------------------------------------------------------------
    def _row_tops(self) -> list[float]:
        if self._tops is None:
            self._tops = list(accumulate(self._heights, initial=MARGIN))[:-1]
        return self._tops

    def _row_top(self, row: int) -> float:
        return self._row_tops()[row]

    def _row_at_y(self, y: float) -> int:
        """The row whose band contains content coordinate ``y`` (clamped to the rows)."""
        tops = self._row_tops()
        if not tops:
            return -1
        return max(0, min(len(tops) - 1, bisect.bisect_right(tops, y) - 1))

    def _update_scrollformat_range(self) -> None:
        tops = self._row_tops()
        total = (tops[-1] + self._heights[-1] + MARGIN) if tops else 0
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        bar.setPageStep(page)
        bar.setRange(0, max(0, int(total - page + 0.5)))

    def _lay_out_visible(self) -> None:
        """Lay out the rows on screen so their real heights are known before painting."""
        if not self._rendered:
            return
        y = self.verticalScrollBar().value()
        bottom = y + self.viewport().height()
        row = self._row_at_y(y)
        changed = False
        while row < len(self._rendered):
            exact = self._exact[row]
            self._layout(row)
            changed |= not exact
            if self._row_top(row) + self._heights[row] >= bottom:
                break
            row += 1
        if changed:
            self._update_scrollformat_range()

    def _position_at(self, point: QPoint, *, strict: bool) -> Position | None:
        """(row, caret offset) under a viewport point. ``strict``: only on a character, as the
        offset of that character; otherwise the nearest caret position in the nearest row."""
        if not self._rendered:
            return None
        y = point.y() + self.verticalScrollBar().value()
        row = self._row_at_y(y)
        layout = self._layout(row)
        local_y = y - self._row_top(row)
        local_x = point.x() - MARGIN
        line = None
        for i in range(layout.lineCount()):
            candidate = layout.lineAt(i)
            line = candidate
            if local_y < candidate.y() + candidate.height() * LINE_SPACING:
                break
        if line is None:
            return (row, 0) if not strict else None
        if strict:
            inside = (0 <= local_y < line.y() + line.height()
                      and 0 <= local_x <= line.naturalTextWidth())
            if not inside:
                return None
            offset = line.xToCursor(local_x, QTextLine.CursorPosition.CursorOnCharacter)
            text = self.rendered(row).text
            if offset >= len(text):
                return None
            return row, offset
        return row, line.xToCursor(local_x)

    def hit(self, point: QPoint) -> Position | None:
        """(row, character offset in that row's text) under a viewport point, if any."""
        return self._position_at(point, strict=True)

    def row_at(self, point: QPoint) -> int:
        if not self._rendered:
            return -1
        y = point.y() + self.verticalScrollBar().value()
        tops = self._row_tops()
        if y < tops[0] or y > tops[-1] + self._heights[-1]:
            return -1
        return self._row_at_y(y)

    def top_anchor(self) -> tuple[int, float]:
        """The row at the top of the view and how far (0–1) into it the view starts."""
        if not self._rendered:
            return 0, 0.0
        y = self.verticalScrollBar().value()
        row = self._row_at_y(y + 1)
        top = self._row_top(row)
        height = self._heights[row]
        # Not clamped: above the first row (the margin) the fraction is negative, which keeps
        # every pane's margin when they are all at the top.
        fraction = (y - top) / height if height > 0 else 0.0
        return row, min(1.0, fraction)

    def scroll_to_anchor(self, row: int, fraction: float) -> None:
        if not 0 <= row < len(self._rendered):
            return
        if fraction < 0 and row == 0:  # the source shows the margin above its first row
            self.verticalScrollBar().setValue(0)
            return
        self._layout(row)
        self._update_scrollformat_range()
        top = self._row_top(row)
        self.verticalScrollBar().setValue(int(top + max(0.0, fraction) * self._heights[row]))

    def bring_into_view(self, row: int) -> None:
        if not 0 <= row < len(self._rendered):
            return
        self._layout(row)
        self._update_scrollformat_range()
        top = self._row_top(row)
        bottom = top + self._heights[row]
        view_top = self.verticalScrollBar().value()
        height = self.viewport().height()
        if top < view_top or bottom > view_top + height:
            self.verticalScrollBar().setValue(int(top - height / 3))

    def point_of(self, row: int, offset: int) -> QPoint:
        """The viewport point of a character (used by tests and by find)."""
        layout = self._layout(row)
        line = layout.lineForTextPosition(offset)
        x = line.cursorToX(offset)[0] if line.isValid() else 0.0
        y = self._row_top(row) - self.verticalScrollBar().value()
        if line.isValid():
            y += line.y() + line.height() / 2
        return QPoint(int(MARGIN + x + 3), int(y))

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
        self._find = {}
        for i, (row, start, end) in enumerate(ranges):
            self._find.setdefault(row, []).append((start, end, i == active))
        self.viewport().update()

    # -- selection (copy, "Add Selection to Glossary") ----------------------------------------
    def _selection(self) -> tuple[Position, Position] | None:
        if self._anchor is None or self._caret is None or self._anchor == self._caret:
            return None
        return min(self._anchor, self._caret), max(self._anchor, self._caret)

    def select(self, row: int, start: int, end: int) -> None:
        self._anchor, self._caret = (row, start), (row, end)
        self.viewport().update()

    def has_selection(self) -> bool:
        return self._selection() is not None

    def copy(self) -> None:
        """Edit ▸ Copy: the selected text to the clipboard."""
        if self.has_selection():
            QApplication.clipboard().setText(self.selected_text())

    def selected_text(self) -> str:
        """The selected text; sentences are joined by a line break."""
        selection = self._selection()
        if selection is None:
            return ""
        (first, start), (last, end) = selection
        parts = []
        for row in range(first, last + 1):
            text = self.rendered(row).text
            parts.append(text[start if row == first else 0:end if row == last else len(text)])
        return "\n".join(parts)

    def _selection_in(self, row: int) -> tuple[int, int] | None:
        selection = self._selection()
        if selection is None:
            return None
        (first, start), (last, end) = selection
        if not first <= row <= last:
            return None
        return (start if row == first else 0,
                end if row == last else len(self.rendered(row).text))

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._lay_out_visible()
        if not self._rendered:
            return
        painter = QPainter(self.viewport())
        offset = self.verticalScrollBar().value()
        width = self.viewport().width()
        bottom = offset + self.viewport().height()
        clip = event.rect()
        row = self._row_at_y(offset)
        palette = self.palette()
        while row < len(self._rendered):
            top = self._row_top(row)
            if top > bottom:
                break
            height = self._heights[row]
            y = top - offset
            if y + height >= clip.top() and y <= clip.bottom():
                for fill_row, fill in ((self._hover, formats.HOVER_SENTENCE),
                                       (self._current, formats.CURRENT_SENTENCE)):
                    if row == fill_row:
                        box = QRectF(2, y - 2, width - 4, height - self._gap(row) + 2)
                        painter.fillRect(box, fill)
                        if row == self._current:
                            painter.fillRect(QRectF(2, box.top(), 3, box.height()),
                                             formats.CURRENT_SENTENCE_EDGE)
                self._layout(row).draw(painter, QPointF(MARGIN, y),
                                       self._overlays(row, palette))
            row += 1
        painter.end()

    def _overlays(self, row: int, palette: object) -> list[QTextLayout.FormatRange]:
        overlays = []
        for start, end, active in self._find.get(row, ()):
            colour = QColor(formats.FIND_MATCH)
            if not active:
                colour.setAlpha(110)
            char_format = QTextCharFormat()
            char_format.setBackground(colour)
            overlays.append(format_range(start, end - start, char_format))
        selected = self._selection_in(row)
        if selected is not None and selected[1] > selected[0]:
            char_format = QTextCharFormat()
            char_format.setBackground(palette.highlight())  # type: ignore[attr-defined]
            char_format.setForeground(palette.highlightedText())  # type: ignore[attr-defined]
            overlays.append(format_range(selected[0], selected[1] - selected[0], char_format))
        return overlays

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = self._text_width()
        if width != self._width:
            self._width = width
            self._relayout_all()
        else:
            self._update_scrollformat_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    # -- mouse and keys ------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        if event.buttons() == Qt.MouseButton.NoButton:
            self.sentence_hovered.emit(self.row_at(point))
            return
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor is not None:
            caret = self._position_at(point, strict=False)
            if caret is not None and caret != self._caret:
                self._caret = caret
                self.viewport().update()

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)  # type: ignore[arg-type]
        self.sentence_hovered.emit(-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        self._press = point
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self._caret = self._position_at(point, strict=False)
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
        self._anchor = self._caret = None
        self.click_at(point)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A double click selects the word (or glossary term) under the pointer."""
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
        row = self._sentence_for_key(event)
        if row is not None:
            # Reading with the keyboard: that sentence becomes the current one in every pane.
            self.sentence_clicked.emit(row)
            return
        if event.matches(QKeySequence.StandardKey.SelectAll) and self._rendered:
            last = len(self._rendered) - 1
            self._anchor, self._caret = (0, 0), (last, len(self.rendered(last).text))
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
