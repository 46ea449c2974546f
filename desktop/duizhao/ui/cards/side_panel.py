"""The side panel beside the panes: the legend on top, then the card for the last click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from duizhao.ui.cards.dictionary_card import DictionaryCard
from duizhao.ui.cards.glossary_card import GlossaryCard
from duizhao.ui.panes.legend import Legend


class SidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.legend = Legend()
        self.glossary_card = GlossaryCard()
        self.dictionary_card = DictionaryCard()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setObjectName("cardHint")
        self.hint.setMargin(12)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.glossary_card)
        self.stack.addWidget(self.dictionary_card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def show_glossary_card(self) -> None:
        self.stack.setCurrentWidget(self.glossary_card)

    def show_dictionary_card(self) -> None:
        self.stack.setCurrentWidget(self.dictionary_card)

    def show_hint(self) -> None:
        self.stack.setCurrentWidget(self.hint)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click a highlighted name for its glossary card, or any "
                                  "other word for its dictionary entry."))
