"""How one sentence row of a pane is drawn: its QTextLayout and the colours in it.

Kept apart from the pane (which only places rows and handles the mouse) so the formats are
built once per pane and shared by every row.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextCharFormat, QTextLayout, QTextOption

from duizhao.core.document import Sentence
from duizhao.ui import formats
from duizhao.ui.panes.render import Rendered
from duizhao.ui.panes.utf16 import to_qt

LINE_SPACING = 1.25  # as the QTextEdit's 125 % proportional line height was


class RowFormats:
    """The character formats of one pane (tone colours, term tints), each built once."""

    def __init__(self) -> None:
        self.tone_colours = True
        self._formats: dict[tuple[int, str], QTextCharFormat] = {}

    def clear(self) -> None:
        self._formats.clear()

    def char_format(self, tone: int, category: str, pending: bool) -> QTextCharFormat:
        key = (-1 if pending else tone, category)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        char_format = QTextCharFormat()
        if pending:
            char_format.setForeground(formats.PENDING_TEXT)
        elif tone and self.tone_colours:
            char_format.setForeground(formats.TONE_COLOURS[tone])
        if category:
            char_format.setBackground(formats.category_colour(category))
        self._formats[key] = char_format
        return char_format

    def ranges(self, sentence: Sentence, rendered: Rendered) -> list[QTextLayout.FormatRange]:
        """The coloured stretches of a row: pending English, tone colours, term tints."""
        text = rendered.text
        if rendered.pending:
            return [format_range(text, 0, len(text), self.char_format(0, "", True))]
        if not rendered.terms and not rendered.syllables:
            return []
        cuts = {0, len(text)}
        for span in rendered.terms:
            cuts.update((span.start, span.end))
        for span in rendered.syllables:
            cuts.update((span.start, span.end))
        points = sorted(c for c in cuts if 0 <= c <= len(text))
        terms = rendered.terms
        syllables = rendered.syllables
        ranges = []
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
            if category or tone:
                ranges.append(format_range(text, a, b, self.char_format(tone, category, False)))
        return ranges


def lay_out(text: str, font: QFont, width: float,
            ranges: list[QTextLayout.FormatRange]) -> tuple[QTextLayout, float]:
    """The row's text wrapped to ``width`` (anywhere if need be); returns it and its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height() * LINE_SPACING
    layout.endLayout()
    return layout, y


def format_range(text: str, start: int, end: int,
                 char_format: QTextCharFormat) -> QTextLayout.FormatRange:
    """``char_format`` over characters ``start``–``end`` of ``text`` (Python offsets)."""
    format_range = QTextLayout.FormatRange()
    format_range.start = to_qt(text, start)
    format_range.length = to_qt(text, end) - format_range.start
    format_range.format = char_format
    return format_range
