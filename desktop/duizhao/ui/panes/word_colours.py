"""Words coloured by what the reader knows, in the formats of a Chinese pane's rows.

After a mark the panes drop their cached row layouts and lay out again only the rows they
show, whatever the document's size. (Drawn as paint-time overlays instead, every paint would
draw a row once per coloured word.)

- By level: the words you do not know yet take their HSK level's colour (known words stay
  plain), so what is left to learn, and how hard it is, shows at a glance.
- Unknown words: underlined (learning words in another colour); known words stay plain.

Glossary names, numbers and punctuation are never coloured: they are not words to learn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout

from duizhao.core.document import Sentence
from duizhao.core.vocab.coverage import word_token_indices
from duizhao.core.vocab.status import WordStatus
from duizhao.ui.panes.render import Rendered
from duizhao.ui.panes.row_layout import format_range
from duizhao.ui.word_colouring import WordColouring

# Easy to hard: green, teal, blue, violet, orange, red; the band 7-9 dark red; no level grey.
LEVEL_COLOURS = {
    1: QColor("#2e8b3a"), 2: QColor("#168a87"), 3: QColor("#1f5fd1"), 4: QColor("#7540b8"),
    5: QColor("#c46a00"), 6: QColor("#d0302a"), 7: QColor("#8c1c13"), 0: QColor("#6b6b6b"),
}
UNKNOWN_UNDERLINE = QColor("#d0302a")
LEARNING_UNDERLINE = QColor("#e0a800")


class WordColours:
    """The overlay ranges of one row for the chosen colouring and the current marks."""

    def __init__(self, mode: WordColouring, status_of: Callable[[str], WordStatus]) -> None:
        self.mode = mode
        self.status_of = status_of
        self._formats: dict[tuple[int, WordStatus], QTextCharFormat] = {}

    def ranges(self, sentence: Sentence, rendered: Rendered) -> list[QTextLayout.FormatRange]:
        if self.mode is WordColouring.NONE or not rendered.tokens:
            return []
        spans = rendered.tokens
        ranges = []
        for index in word_token_indices(sentence):
            if index >= len(spans):
                break
            token = sentence.tokens[index]
            status = self.status_of(token.simplified)
            if status is WordStatus.KNOWN:
                continue
            span = spans[index]
            ranges.append(format_range(rendered.text, span.start, span.end,
                                       self._format(token.hsk or 0, status)))
        return ranges

    def _format(self, level: int, status: WordStatus) -> QTextCharFormat:
        key = (level if self.mode is WordColouring.LEVELS else -1, status)
        found = self._formats.get(key)
        if found is None:
            found = QTextCharFormat()
            if self.mode is WordColouring.LEVELS:
                found.setForeground(LEVEL_COLOURS[level])
            else:
                found.setFontUnderline(True)
                found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                found.setUnderlineColor(LEARNING_UNDERLINE if status is WordStatus.LEARNING
                                        else UNKNOWN_UNDERLINE)
            self._formats[key] = found
        return found
