"""The colour legend: which glossary category each highlight colour stands for, and how many
entries of each the document uses (kept up to date from the session's signals)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from duizhao.core.document import CATEGORIES
from duizhao.ui.formats import category_colour, category_label

if TYPE_CHECKING:
    from duizhao.ui.session import DocumentSession


class Legend(QWidget):
    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.session = session
        # Counting walks every sentence: done once after a burst of edits, not inside each.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self.refresh)
        session.opened.connect(self.refresh)
        session.annotation_finished.connect(self.refresh)
        session.glossary_changed.connect(self._glossary_changed)
        self.title = QLabel()
        self.title.setObjectName("cardSection")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.title, 0, 0, 1, 4)
        self._names: dict[str, QLabel] = {}
        self._counts: dict[str, int] = {}
        for i, category in enumerate(CATEGORIES):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {category_colour(category).name()};"
                                 "border: 1px solid #00000022; border-radius: 3px;")
            name = QLabel()
            name.setObjectName(f"legend-{category}")
            # the counts come with the document: wrapped, they do not widen the side panel
            # (which would narrow the panes and lay them out again)
            name.setWordWrap(True)
            self._names[category] = name
            grid.addWidget(swatch, 1 + i // 2, (i % 2) * 2)
            grid.addWidget(name, 1 + i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def _glossary_changed(self, _change: object) -> None:
        self._recount.start()

    def refresh(self) -> None:
        """Count again the entries found per category, shown beside each name."""
        self._recount.stop()
        self._counts = self.session.category_counts()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Glossary colours"))
        for category, label in self._names.items():
            count = self._counts.get(category, 0)
            text = category_label(category)
            label.setText(f"{text} ({count})" if count else text)
