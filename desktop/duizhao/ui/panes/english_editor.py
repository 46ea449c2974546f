"""The in-place editor of a sentence's English, over its row in the English pane.

Enter keeps the English, Ctrl+Enter keeps it and moves to the next sentence, Esc cancels.
Below the text: the model's other hypotheses and the translation memory's suggestions (the
characters in which the memory's sentence differs are marked), each picked with a click or
Alt+1…4; and the glossary names missing from the English.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from duizhao.core.document import Sentence

MAX_CHOICES = 4


class EnglishEditor(QFrame):
    committed = Signal(int, str, bool)  # row, English, move to the next sentence
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("englishEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.row = -1
        self.text = QPlainTextEdit()
        self.text.setObjectName("englishEditorText")
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        self.choices = QLabel()
        self.choices.setObjectName("englishEditorChoices")
        self.choices.setWordWrap(True)
        self.choices.setTextFormat(Qt.TextFormat.RichText)
        self.choices.linkActivated.connect(lambda link: self.pick(int(link)))
        self.warnings = QLabel()
        self.warnings.setObjectName("englishEditorWarnings")
        self.warnings.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("englishEditorHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        for widget in (self.text, self.choices, self.warnings, self.hint):
            layout.addWidget(widget)
        self._options: list[str] = []  # what Alt+1…4 put in, in order
        self._alternatives: list[str] = []
        self._suggestions: list[tuple[str, float, str]] = []  # English, similarity, marked source
        for number in range(1, MAX_CHOICES + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.pick(n))
        self.hide()

    # -- opening -------------------------------------------------------------------------------
    def open_at(self, row: int, sentence: Sentence, rect: QRect) -> None:
        self.row = row
        # room for a long sentence's English (four lines), not a page
        lines = self.text.fontMetrics().lineSpacing() * 4
        self.text.setFixedHeight(int(lines + 2 * self.text.document().documentMargin() + 6))
        self.text.setPlainText(sentence.translation or "")
        self.text.selectAll()
        self._alternatives = [a for a in sentence.alternatives if a]
        self._suggestions = []
        self._refresh()
        self.warnings.setText(self.tr("Missing glossary names: %1").replace(
            "%1", ", ".join(sentence.term_warnings)) if sentence.term_warnings else "")
        self.warnings.setVisible(bool(sentence.term_warnings))
        self.hint.setText(self.tr("Enter: keep · Ctrl+Enter: keep and go to the next sentence "
                                  "· Esc: cancel"))
        self.setGeometry(rect.x(), rect.y(), rect.width(), self.sizeHint().height())
        self.show()
        self.raise_()
        self.text.setFocus()

    def add_suggestions(self, row: int, suggestions: list[tuple[str, float, str]]) -> None:
        """Translation-memory matches (English, similarity, Chinese with differences marked
        as HTML), arriving from a worker after the editor opened."""
        if row != self.row or not self.isVisible():
            return
        self._suggestions = suggestions
        self._refresh()
        self.resize(self.width(), self.sizeHint().height())

    def _refresh(self) -> None:
        self._options = []
        lines: list[str] = []
        for english, similarity, source in self._suggestions:
            if len(self._options) >= MAX_CHOICES or english in self._options:
                continue
            self._options.append(english)
            label = self.tr("memory %1%").replace("%1", f"{similarity:.0f}")
            lines.append(f'<a href="{len(self._options)}">{len(self._options)}</a> '
                         f"{escape(english)} <small>({label}: {source})</small>")
        alternative = self.tr("alternative")
        for english in self._alternatives:
            if len(self._options) >= MAX_CHOICES or english in self._options:
                continue
            self._options.append(english)
            lines.append(f'<a href="{len(self._options)}">{len(self._options)}</a> '
                         f"{escape(english)} <small>({alternative})</small>")
        self.choices.setText("<br>".join(lines))
        self.choices.setVisible(bool(lines))

    def options(self) -> list[str]:
        return list(self._options)

    # -- choosing and keys ---------------------------------------------------------------------
    def pick(self, number: int) -> None:
        if 1 <= number <= len(self._options):
            self.text.setPlainText(self._options[number - 1])
            self.text.setFocus()

    def commit(self, *, move_next: bool) -> None:
        row, text = self.row, self.text.toPlainText()
        self.close_editor()
        self.committed.emit(row, text, move_next)

    def cancel(self) -> None:
        self.close_editor()
        self.cancelled.emit()

    def close_editor(self) -> None:
        self.hide()
        self.row = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.commit(move_next=control)
                    return True
        return super().eventFilter(watched, event)


def marked_source(source: str, differences: tuple[tuple[int, int], ...]) -> str:
    """The memory's Chinese as HTML, the characters that differ in bold colour."""
    parts: list[str] = []
    at = 0
    for start, end in differences:
        parts.append(escape(source[at:start]))
        parts.append(f'<b style="color:#b3261e">{escape(source[start:end])}</b>')
        at = end
    parts.append(escape(source[at:]))
    return "".join(parts)
