"""The rows of a side-by-side pane: a scroll area that lays out only the sentences in view and
knows where each one is.

Row *n* of every pane is sentence row *n* of the :class:`SentenceModel`, which is what makes
alignment cheap: hit-testing gives a row, highlighting paints behind a row, scroll sync maps
"row r, fraction f from its top" between panes.

Why not a QTextEdit or a QListView: a QTextEdit lays out the whole document (appending to, or
re-highlighting, a 10,000-sentence document stalls the window for a second), and a QListView asks
the delegate for every row's size again after each batch of appended rows. Here each row is a
small ``QTextLayout`` built when the row is first painted (cached for the rows recently shown);
rows never shown have an estimated height from their length, replaced by the real one as soon
as they are laid out (:class:`~duizhao.ui.panes.row_geometry.RowGeometry`). Appending rows, a
translation arriving or a glossary edit therefore cost only the rows on screen. Painting and
input are the pane's (:mod:`duizhao.ui.panes.text_pane`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QRegion,
    QResizeEvent,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.panes.render import CHINESE_KINDS, ENGLISH, ORIGINAL, PINYIN, Rendered, render
from duizhao.ui.panes.row_geometry import AlignedRows, RowGeometry
from duizhao.ui.panes.row_layout import LINE_SPACING, RowFormats, lay_out
from duizhao.ui.panes.text_selection import Position
from duizhao.ui.panes.utf16 import from_qt, to_qt

if TYPE_CHECKING:
    from duizhao.ui.panes.word_colours import WordColours

MARGIN = 10  # around the text, as the QTextEdit's document margin was
PARAGRAPH_GAP = 14
SENTENCE_GAP = 5
CACHED_LAYOUTS = 400  # a few screens of every pane


class SentenceRows(QAbstractScrollArea):
    """One rendering (``kind``) of every sentence of the model, laid out on demand."""

    def __init__(self, kind: str, model: SentenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here rather than Qt's own: the first C++-made widget handed to
        # Python makes PySide look through every widget class it knows (5 ms at start-up).
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.kind = kind
        self.model = model
        self.setObjectName(f"pane-{kind}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(20)
        self._text_font = QFont()
        self._metrics = QFontMetricsF(self._text_font)
        self._rendered: list[Rendered | None] = []
        self._own = RowGeometry(MARGIN)  # this pane's row heights
        self._rows: RowGeometry = self._own  # where rows are placed: its own, or the grid's
        self._aligned: AlignedRows | None = None
        self._advances: list[float] = []  # estimated unwrapped width of each row's text
        self._layouts: OrderedDict[int, QTextLayout] = OrderedDict()
        self._width = -1.0
        self._painted = -1  # the generation of the rows the last paint showed
        self._tone_colours = True
        self._pinyin_style = PinyinStyle.MARKS
        self._sandhi = False  # 一 and 不 as spoken
        self._row_formats = RowFormats()
        self._word_colours: WordColours | None = None
        self._left = float(MARGIN)  # where the text starts: wider when cue times are shown
        self.cue_times: dict[int, str] = {}  # text offset of a cue → its time, for the margin

    # -- building ------------------------------------------------------------------------------
    def set_word_colours(self, colours: WordColours | None,
                         words: frozenset[str] | None = None) -> None:
        """Colour the words by what the reader knows (Chinese panes). After a change of marks
        (``words``: the words whose mark changed) only the rows containing them are laid out
        again, as they are shown; colours change no height."""
        if self.kind not in CHINESE_KINDS or (colours is None and self._word_colours is None):
            return
        self._word_colours = colours
        if words is None:
            self._layouts.clear()
        else:
            for row in [row for row in self._layouts
                        if any(t.simplified in words for t in self.model.sentence(row).tokens)]:
                del self._layouts[row]
        self.viewport().update()

    def set_tone_colours(self, on: bool) -> None:
        if on != self._tone_colours:
            self._tone_colours = on
            self._row_formats.tone_colours = on
            if self.kind == PINYIN:
                self._row_formats.clear()
                self._layouts.clear()
                self.viewport().update()

    def set_pinyin_style(self, style: PinyinStyle, sandhi: bool = False) -> None:
        """Show the readings in another style; the document's readings stay as they are."""
        if style is not self._pinyin_style or sandhi != self._sandhi:
            self._pinyin_style, self._sandhi = style, sandhi
            if self.kind == PINYIN:
                self._rendered = [None] * len(self._rendered)
                self._relayout_all(font=True)

    def set_base_font(self, font: QFont) -> None:
        scaled = QFont(font)
        if self.kind in (PINYIN, ENGLISH):
            scaled.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        if scaled == self._text_font and self._advances:
            return  # preferences applied again for another setting: nothing to lay out
        self._text_font = scaled
        self._metrics = QFontMetricsF(scaled)
        self._relayout_all(font=True)

    def text_font(self) -> QFont:
        return QFont(self._text_font)

    def rebuild(self) -> None:
        """Show the model's rows afresh (new document, style or preference)."""
        self._row_formats.clear()
        self._rendered = []
        self._own.reset([])
        self._advances = []
        self._layouts.clear()
        self.verticalScrollBar().setValue(0)
        self._set_cue_times()
        self.append_rows(0, self.model.rowCount())

    def _set_cue_times(self) -> None:
        """Subtitles: the original pane shows each cue's start time in its left margin."""
        cues = self.model.document.cues if self.kind == ORIGINAL else []
        self.cue_times = {}
        if cues:  # the subtitle reader only for subtitles
            from duizhao.core.text.formats.subtitles import format_time

            self.cue_times = {cue.start: format_time(cue.shown_ms)[:8] for cue in cues}
        gutter = self._metrics.horizontalAdvance("00:00:00") + MARGIN if cues else 0.0
        self._left = MARGIN + gutter

    def append_rows(self, first: int, end: int) -> None:
        if end <= first:
            return
        new = range(len(self._rendered), end)
        self._rendered.extend(None for _row in new)
        self._advances.extend(self._advance(row) for row in new)
        self._own.append(self._estimates(new.start, new.stop))
        self._update_scroll_range()
        if self._on_screen(new.start):
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
                self._own.estimate(row, self._estimate(row))
                changed = True
        if changed:
            self._update_scroll_range()
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
        self._own.reset(self._estimates(0, len(self._rendered)))
        self._update_scroll_range()
        if top is not None:
            self._keep_anchor(*top)
        self.viewport().update()

    def _keep_anchor(self, row: int, fraction: float) -> None:
        if self._aligned is not None:  # the panes scroll as one: the others follow this one
            self.scroll_to_anchor(row, fraction)
            return
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
            cached = render(self.kind, self.model.sentence(row), self.model.script,
                            self._pinyin_style, self._sandhi)
            self._rendered[row] = cached
        return cached

    def row_count(self) -> int:
        return len(self._rendered)

    def _text_width(self) -> float:
        return max(40.0, self.viewport().width() - self._left - MARGIN)

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
        return self._estimates(row, row + 1)[0]

    def _estimates(self, first: int, end: int) -> list[float]:
        # Called for every row of a document at once (a new width or font): kept to arithmetic.
        width = self._text_width()
        line = self._metrics.height() * LINE_SPACING
        gaps = (PARAGRAPH_GAP if ends else SENTENCE_GAP
                for ends in self.model.paragraph_ends()[first:end])
        return [(advance // width + 1) * line + gap
                for advance, gap in zip(self._advances[first:end], gaps, strict=True)]

    def layout_of(self, row: int) -> QTextLayout:
        """The row laid out (positions in it are Qt's UTF-16 units, see :mod:`.utf16`)."""
        layout = self._layouts.get(row)
        if layout is not None:
            self._layouts.move_to_end(row)
            return layout
        rendered = self.rendered(row)
        sentence = self.model.sentence(row)
        ranges = self._row_formats.ranges(sentence, rendered)
        if self._word_colours is not None:
            ranges += self._word_colours.ranges(sentence, rendered)
        layout, y = lay_out(rendered.text, self._text_font, self._text_width(), ranges)
        self._own.set_exact(row, y + self._gap(row))
        self._layouts[row] = layout
        if len(self._layouts) > CACHED_LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    # -- geometry ---------------------------------------------------------------------------
    def align(self, rows: AlignedRows, shown: Callable[[], bool]) -> None:
        """Place this pane's rows on ``rows``, the grid shared with the other panes (``shown``:
        whether this pane counts in it)."""
        self._aligned = rows
        self._rows = rows
        rows.add(self._own, shown, self._lay_out_visible)

    def grid_moved(self, first: int = 0) -> bool:
        """The shared grid changed from row ``first`` on (another pane laid out a row, rows
        were added): show the rows where they are now, repainting only if any is on screen
        and the last paint showed an older grid. Returns whether anything shown changed (a
        hidden pane shows nothing; it paints the grid as it is when it is shown again)."""
        changed = self._update_scroll_range()
        if not self.isVisible():
            return False
        if self._painted != self._rows.generation and self._on_screen(first):
            self.viewport().update()
            changed = True
        return changed

    def _on_screen(self, first: int) -> bool:
        """Whether the view shows row ``first`` or anything after it (rows from ``first`` on
        moved, were added or were removed)."""
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        if first >= len(self._rows):  # rows removed: is the end of the rows in view?
            return self._rows.total() - self._rows.margin <= bottom
        return self._rows.top(first) <= bottom

    def row_top(self, row: int) -> int:
        """Where ``row`` starts, in viewport coordinates."""
        return int(self._rows.top(row) - self.verticalScrollBar().value())

    def prepare_view(self, region: QRegion | None = None) -> None:
        """Before painting ``region``: lay out the rows in view (in every aligned pane, so all
        of them paint the same grid). A paint of the whole viewport shows the grid as it is
        then (a row laid out while painting moves it again, and the paint is out of date)."""
        if self._aligned is not None:
            self._aligned.lay_out_visible()
        self._lay_out_visible()
        self._update_scroll_range()  # the grid moves with the other panes' rows too
        if region is not None and QRegion(self.viewport().rect()).subtracted(region).isEmpty():
            self._painted = self._rows.generation

    def _update_scroll_range(self) -> bool:
        """The scroll bar follows the rows; returns whether it changed."""
        total = self._rows.total()
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        end = max(0, int(total - page + 0.5))
        if (bar.pageStep(), bar.maximum()) == (page, end):
            return False
        bar.setPageStep(page)
        bar.setRange(0, end)
        return True

    def _lay_out_visible(self) -> None:
        """Lay out the rows on screen so their real heights are known before painting."""
        if not self._rendered:
            return
        y = self.verticalScrollBar().value()
        bottom = y + self.viewport().height()
        row = self._rows.row_at(y)
        changed = False
        while row < len(self._rendered):
            exact = self._own.is_exact(row)
            self.layout_of(row)
            changed |= not exact
            if self._rows.bottom(row) >= bottom:
                break
            row += 1
        if changed:
            self._update_scroll_range()

    def _position_at(self, point: QPoint, *, strict: bool) -> Position | None:
        """(row, caret offset) under a viewport point. ``strict``: only on a character, as the
        offset of that character; otherwise the nearest caret position in the nearest row."""
        if not self._rendered:
            return None
        y = point.y() + self.verticalScrollBar().value()
        row = self._rows.row_at(y)
        layout = self.layout_of(row)
        local_y = y - self._rows.top(row)
        local_x = point.x() - self._left
        line = None
        for i in range(layout.lineCount()):
            candidate = layout.lineAt(i)
            line = candidate
            if local_y < candidate.y() + candidate.height() * LINE_SPACING:
                break
        if line is None:
            return (row, 0) if not strict else None
        text = self.rendered(row).text
        if strict:
            inside = (0 <= local_y < line.y() + line.height()
                      and 0 <= local_x <= line.naturalTextWidth())
            if not inside:
                return None
            offset = from_qt(text, line.xToCursor(
                local_x, QTextLine.CursorPosition.CursorOnCharacter))
            if offset >= len(text):
                return None
            return row, offset
        return row, from_qt(text, line.xToCursor(local_x))

    def hit(self, point: QPoint) -> Position | None:
        """(row, character offset in that row's text) under a viewport point, if any."""
        return self._position_at(point, strict=True)

    def row_at(self, point: QPoint) -> int:
        if not self._rendered:
            return -1
        y = point.y() + self.verticalScrollBar().value()
        return self._rows.row_at(y) if self._rows.contains(y) else -1

    def top_anchor(self) -> tuple[int, float]:
        """The row at the top of the view and how far (0–1) into it the view starts."""
        if not self._rendered:
            return 0, 0.0
        y = self.verticalScrollBar().value()
        row = self._rows.row_at(y + 1)
        top = self._rows.top(row)
        height = self._rows.height(row)
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
        self.layout_of(row)
        self._update_scroll_range()
        top = self._rows.top(row)
        self.verticalScrollBar().setValue(int(top + max(0.0, fraction) * self._rows.height(row)))

    def bring_into_view(self, row: int) -> None:
        if not 0 <= row < len(self._rendered):
            return
        self.layout_of(row)
        self._update_scroll_range()
        top, bottom = self._rows.top(row), self._rows.bottom(row)
        view_top = self.verticalScrollBar().value()
        height = self.viewport().height()
        if top < view_top or bottom > view_top + height:
            self.verticalScrollBar().setValue(int(top - height / 3))

    def row_rect(self, row: int) -> QRect:
        """Where ``row`` is in the viewport (the English editor opens over it)."""
        self.layout_of(row)
        top = self._rows.top(row) - self.verticalScrollBar().value()
        return QRect(0, int(top), self.viewport().width(), int(self._rows.height(row)))

    def point_of(self, row: int, offset: int) -> QPoint:
        """The viewport point of a character (used by tests and by find)."""
        layout = self.layout_of(row)
        position = to_qt(self.rendered(row).text, offset)
        line = layout.lineForTextPosition(position)
        x = line.cursorToX(position)[0] if line.isValid() else 0.0
        y = self._rows.top(row) - self.verticalScrollBar().value()
        if line.isValid():
            y += line.y() + line.height() / 2
        return QPoint(int(self._left + x + 3), int(y))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = self._text_width()
        if width != self._width:
            self._width = width
            self._relayout_all()
        else:
            self._update_scroll_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()
