"""Find (Ctrl+F) across the original, the converted text, the pinyin without tones and the
English; every match is marked in its pane and the active one's sentence is made current."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from duizhao.ui.panes.pane_group import PaneGroup
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN


def toneless(text: str) -> str:
    """Lower-case pinyin without tone marks, same length as ``text`` (offsets carry over)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.lower() if len(base) == 1 else ch.lower())
    return "".join(out)


Match = tuple[str, int, int, int]  # pane kind, row, start, end


def find_matches(panes: PaneGroup, query: str) -> list[Match]:
    if not query.strip():
        return []
    folded = query.casefold()
    plain = toneless(query)
    matches: list[Match] = []
    original = panes.panes[ORIGINAL]
    for row in range(original.row_count()):
        for kind, needle in ((ORIGINAL, query), (CONVERTED, query), (PINYIN, plain),
                             (ENGLISH, folded)):
            pane = panes.panes[kind]
            if row >= pane.row_count():
                continue
            rendered = pane.rendered(row)
            if rendered.pending:
                continue
            text = rendered.text
            haystack = toneless(text) if kind == PINYIN else (
                text.casefold() if kind == ENGLISH else text)
            at = haystack.find(needle)
            while at >= 0:
                matches.append((kind, row, at, at + len(needle)))
                at = haystack.find(needle, at + max(1, len(needle)))
    return matches


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, panes: PaneGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.panes = panes
        self.matches: list[Match] = []
        self.active = -1
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.next)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(self.next)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close)
        self.hide()
        self.retranslate()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text():
            self.search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.matches = []
        self._mark()
        self.closed.emit()

    def search(self, query: str) -> None:
        self.matches = find_matches(self.panes, query)
        self.active = 0 if self.matches else -1
        self._mark()
        self._show_active()

    def refresh(self) -> None:
        if self.isVisible() and self.field.text():
            self.search(self.field.text())

    def next(self) -> None:
        if self.matches:
            self.active = (self.active + 1) % len(self.matches)
            self._mark()
            self._show_active()

    def previous(self) -> None:
        if self.matches:
            self.active = (self.active - 1) % len(self.matches)
            self._mark()
            self._show_active()

    def _mark(self) -> None:
        for kind, pane in self.panes.panes.items():
            ranges = [(row, s, e) for k, row, s, e in self.matches if k == kind]
            active = -1
            if 0 <= self.active < len(self.matches) and self.matches[self.active][0] == kind:
                active = [i for i, m in enumerate(self.matches) if m[0] == kind].index(
                    self.active)
            pane.set_find_matches(ranges, active)
        self._update_count()

    def _show_active(self) -> None:
        if 0 <= self.active < len(self.matches):
            kind, row, _, _ = self.matches[self.active]
            self.panes.set_current(row)

    def _update_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.active + 1))
                               .replace("%2", str(len(self.matches))))

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find:"))
        self.field.setPlaceholderText(
            self.tr("Chinese in either script, pinyin without tones, or English"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self._update_count()
