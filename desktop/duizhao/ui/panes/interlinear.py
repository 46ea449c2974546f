"""The interlinear view: pinyin above each word like ruby, the English under each sentence.

A QListView over the :class:`SentenceModel` with a delegate that lays every sentence out as
word boxes (reading above, characters below) wrapped to the view's width. Layouts are cached
per row and width; the list view sizes rows in batches, so a long document opens at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from duizhao.core.document import Sentence
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle, Tones
from duizhao.ui import formats
from duizhao.ui.models.sentence_model import SentenceModel, SentenceRole

Index = QModelIndex | QPersistentModelIndex
MARGIN = 12
GAP = 6


@dataclass
class _Box:
    rect: QRect  # in row coordinates
    token: int
    term: int
    reading: str
    text: str
    tones: Tones = ()  # where each syllable of the reading lies, with its tone


@dataclass
class _Layout:
    boxes: list[_Box]
    english_rect: QRect
    english: str
    height: int


class InterlinearDelegate(QStyledItemDelegate):
    def __init__(self, view: InterlinearView) -> None:
        super().__init__(view)
        self.view = view
        self.cache: dict[int, tuple[int, _Layout]] = {}

    def layout(self, row: int, sentence: Sentence, width: int) -> _Layout:
        cached = self.cache.get(row)
        if cached is not None and cached[0] == width:
            return cached[1]
        han = QFontMetrics(self.view.han_font)
        small = QFontMetrics(self.view.reading_font)
        reading_h = small.height()
        line_h = reading_h + han.height() + 8
        term_of_token: dict[int, int] = {}
        for ti, hit in enumerate(sentence.terms):
            for i, token in enumerate(sentence.tokens):
                if hit.start <= token.start and token.end <= hit.end:
                    term_of_token[i] = ti
        boxes: list[_Box] = []
        x, y = MARGIN, 6
        right = max(width - MARGIN, MARGIN + 40)
        readings = pinyin_style.spoken(sentence.tokens) if self.view.sandhi else \
            [token.pinyin for token in sentence.tokens]
        for i, token in enumerate(sentence.tokens):
            text = token.text
            reading, tones = pinyin_style.word_with_tones(readings[i], self.view.pinyin_style)
            if not tones:
                reading = ""  # punctuation and Latin words need no reading
            box_w = max(han.horizontalAdvance(text), small.horizontalAdvance(reading)) + GAP
            if x + box_w > right and x > MARGIN:
                x, y = MARGIN, y + line_h
            boxes.append(_Box(QRect(x, y, box_w, line_h - 4), i, term_of_token.get(i, -1),
                              reading, text, tones))
            x += box_w
        y += line_h
        english = sentence.translation or "…"
        english_metrics = QFontMetrics(self.view.english_font)
        english_rect = english_metrics.boundingRect(
            QRect(MARGIN, y, right - MARGIN, 10_000), Qt.TextFlag.TextWordWrap, english)
        layout = _Layout(boxes, QRect(MARGIN, y, right - MARGIN, english_rect.height()),
                         english, y + english_rect.height() + 14)
        self.cache[row] = (width, layout)
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self.view.viewport().width()
        layout = self.layout(index.row(), index.data(SentenceRole), width)
        return QSize(width, layout.height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        sentence: Sentence = index.data(SentenceRole)
        row = index.row()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        layout = self.layout(row, sentence, rect.width())
        painter.save()
        if row == self.view.current_row:
            painter.fillRect(rect.adjusted(2, 0, -2, -4), formats.CURRENT_SENTENCE)
            painter.fillRect(QRect(rect.left() + 2, rect.top(), 3, rect.height() - 4),
                             formats.CURRENT_SENTENCE_EDGE)
        painter.translate(rect.topLeft())
        small = QFontMetrics(self.view.reading_font)
        for box in layout.boxes:
            if box.term >= 0:
                category = sentence.terms[box.term].entry.category
                painter.fillRect(box.rect.adjusted(0, 0, -GAP // 2, 0),
                                 formats.category_colour(category))
            if box.reading:
                painter.setFont(self.view.reading_font)
                self._draw_reading(painter, box, small)
            painter.setFont(self.view.han_font)
            painter.setPen(self.view.palette().text().color())
            han_rect = QRect(box.rect.left(), box.rect.top() + small.height() + 2,
                             box.rect.width() - GAP, box.rect.height() - small.height() - 2)
            painter.drawText(han_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             box.text)
        painter.setFont(self.view.english_font)
        painter.setPen(formats.PENDING_TEXT if not sentence.translation
                       else self.view.palette().text().color())
        painter.drawText(layout.english_rect, Qt.TextFlag.TextWordWrap, layout.english)
        painter.restore()

    def _draw_reading(self, painter: QPainter, box: _Box, metrics: QFontMetrics) -> None:
        total = metrics.horizontalAdvance(box.reading)
        x = box.rect.left() + (box.rect.width() - GAP - total) // 2
        top = box.rect.top()
        pieces = box.tones if self.view.tone_colours else ()
        if not pieces:
            painter.setPen(self.view.palette().text().color())
            painter.drawText(QPoint(x, top + metrics.ascent()), box.reading)
            return
        cursor = 0
        for start, end, tone in pieces:
            if start > cursor:
                painter.setPen(self.view.palette().text().color())
                painter.drawText(QPoint(x, top + metrics.ascent()), box.reading[cursor:start])
                x += metrics.horizontalAdvance(box.reading[cursor:start])
            piece = box.reading[start:end]
            painter.setPen(formats.TONE_COLOURS[tone])
            painter.drawText(QPoint(x, top + metrics.ascent()), piece)
            x += metrics.horizontalAdvance(piece)
            cursor = end


class InterlinearView(QListView):
    sentence_clicked = Signal(int)
    term_clicked = Signal(int, int)
    token_clicked = Signal(int, int)

    def __init__(self, model: SentenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interlinear")
        # The model is attached only while the view is shown (see attach): a hidden list view
        # would still lay out every row inserted while a big document is annotated.
        self.sentence_model = model
        self.current_row = -1
        self.tone_colours = True
        self.pinyin_style = PinyinStyle.MARKS
        self.sandhi = False  # 一 and 不 as spoken
        self.han_font = QFont()
        self.reading_font = QFont()
        self.english_font = QFont()
        self.set_base_font(QFont())
        self._delegate = InterlinearDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(60)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)

    def attach(self, on: bool) -> None:
        if on and self.model() is not self.sentence_model:
            self.setModel(self.sentence_model)
        elif not on and self.model() is not None:
            self.setModel(None)  # type: ignore[arg-type]
            self._delegate.cache.clear()

    def set_base_font(self, font: QFont) -> None:
        self.han_font = QFont(font)
        self.han_font.setPointSizeF(font.pointSizeF() * 1.15)
        self.reading_font = QFont(font)
        self.reading_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.72))
        self.english_font = QFont(font)
        self.english_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.reset_layout()

    def set_tone_colours(self, on: bool) -> None:
        self.tone_colours = on
        self.viewport().update()

    def set_pinyin_style(self, style: PinyinStyle, sandhi: bool = False) -> None:
        if style is not self.pinyin_style or sandhi != self.sandhi:
            self.pinyin_style, self.sandhi = style, sandhi
            self.reset_layout()

    def reset_layout(self) -> None:
        if hasattr(self, "_delegate"):
            self._delegate.cache.clear()
            self.scheduleDelayedItemsLayout()

    def rows_changed(self, rows: list[int]) -> None:
        for row in rows:
            self._delegate.cache.pop(row, None)
        if rows:
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._delegate.cache.clear()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def set_current_row(self, row: int) -> None:
        self.current_row = row
        self.viewport().update()

    def bring_into_view(self, row: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            return
        row = index.row()
        self.sentence_clicked.emit(row)
        local = point - self.visualRect(index).topLeft()
        sentence: Sentence = index.data(SentenceRole)
        layout = self._delegate.layout(row, sentence, self.viewport().width())
        for box in layout.boxes:
            if box.rect.contains(local):
                if box.term >= 0:
                    self.term_clicked.emit(row, box.term)
                else:
                    self.token_clicked.emit(row, box.token)
                return
