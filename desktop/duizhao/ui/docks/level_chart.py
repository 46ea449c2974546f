"""A small bar chart of word tokens per HSK level, drawn with QPainter: each bar is the level's
tokens, its dark part the ones whose word you know."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from duizhao.core.vocab.levels import level_label
from duizhao.ui.panes.word_colours import LEVEL_COLOURS


class LevelChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bars: list[tuple[str, int, int]] = []  # level key, tokens, known tokens
        self.none_label = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, 110)

    def set_bars(self, bars: list[tuple[str, int, int]]) -> None:
        self.bars = bars
        self.setToolTip("\n".join(f"{self._label(key)}: {known} / {tokens}"
                                  for key, tokens, known in bars))
        self.update()

    def _label(self, key: str) -> str:
        return self.none_label if key == "none" else level_label(int(key))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.bars:
            return
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        text_height = metrics.height()
        width = self.width() / len(self.bars)
        chart_height = self.height() - 2 * text_height - 4
        biggest = max(tokens for _, tokens, _ in self.bars) or 1
        for i, (key, tokens, known) in enumerate(self.bars):
            colour = LEVEL_COLOURS[0 if key == "none" else int(key)]
            x = i * width + width * 0.15
            bar_width = width * 0.7
            height = chart_height * tokens / biggest
            top = text_height + chart_height - height
            light = QColor(colour)
            light.setAlpha(70)
            painter.fillRect(QRectF(x, top, bar_width, height), light)
            known_height = chart_height * known / biggest
            painter.fillRect(QRectF(x, text_height + chart_height - known_height, bar_width,
                                    known_height), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(i * width, top - text_height, width, text_height),
                             Qt.AlignmentFlag.AlignCenter, str(tokens))
            painter.drawText(QRectF(i * width, self.height() - text_height, width, text_height),
                             Qt.AlignmentFlag.AlignCenter, self._label(key))
        painter.end()
