"""The side panel beside the panes: the legend on top, then the card for the last click.

The cards are built on the first click that shows one, not with the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.ui.cards.legend import Legend

if TYPE_CHECKING:
    from duizhao.core.document import GlossaryEntry
    from duizhao.core.vocab.status import WordStatus
    from duizhao.ui.cards.dictionary_card import DictionaryCard
    from duizhao.ui.cards.glossary_card import GlossaryCard
    from duizhao.ui.session import DocumentSession
    from duizhao.ui.vocabulary import VocabChange


class SidePanel(QWidget):
    occurrence_activated = Signal(int)  # a row, from the glossary card's occurrence list
    add_to_glossary_requested = Signal(object)  # a GlossaryEntry, from the dictionary card
    edit_entry_requested = Signal(object)  # a GlossaryEntry, from the glossary card
    revealed = Signal()  # a click showed a card (and the panel, if it was hidden)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.session = session
        self.legend = Legend(session)
        self._glossary_card: GlossaryCard | None = None
        self._dictionary_card: DictionaryCard | None = None
        self._pinyin_style = PinyinStyle.MARKS
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setObjectName("cardHint")
        self.hint.setMargin(12)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        self._word: tuple[int, int] | None = None  # row, token index of the dictionary card
        session.opened.connect(self.show_hint)
        session.vocab.marks_changed.connect(self._marks_changed)
        self.retranslate()

    @property
    def glossary_card(self) -> GlossaryCard:
        if self._glossary_card is None:
            from duizhao.ui.cards.glossary_card import GlossaryCard

            self._glossary_card = GlossaryCard(self.session)
            self._glossary_card.occurrence_activated.connect(self.occurrence_activated)
            self._glossary_card.edit_requested.connect(self.edit_entry_requested)
            self.stack.addWidget(self._glossary_card)
        return self._glossary_card

    @property
    def dictionary_card(self) -> DictionaryCard:
        if self._dictionary_card is None:
            from duizhao.ui.cards.dictionary_card import DictionaryCard

            self._dictionary_card = DictionaryCard()
            self._dictionary_card.add_to_glossary_requested.connect(
                self.add_to_glossary_requested)
            self._dictionary_card.mark_requested.connect(self.mark_current_word)
            self.stack.addWidget(self._dictionary_card)
        return self._dictionary_card

    def shown_entry(self) -> GlossaryEntry | None:
        """The glossary entry on the card in front, if the glossary card is in front."""
        card = self._glossary_card
        return card.entry if card is not None and self.stack.currentWidget() is card else None

    # -- what a click shows --------------------------------------------------------------------
    def show_term(self, row: int, term_index: int) -> None:
        """A click on a highlighted name: its glossary card."""
        terms = self.session.model.sentence(row).terms
        if 0 <= term_index < len(terms):
            self.show_entry(terms[term_index].entry)

    def show_entry(self, entry: GlossaryEntry) -> None:
        self.glossary_card.show_entry(entry)
        self.stack.setCurrentWidget(self.glossary_card)
        self._reveal()

    def show_word(self, row: int, token_index: int) -> None:
        """A click on any other word: its dictionary card (punctuation and numbers have none)."""
        tokens = self.session.model.sentence(row).tokens
        if not 0 <= token_index < len(tokens):
            return
        token = tokens[token_index]
        if not any(ch.isalpha() for ch in token.text):
            return
        from duizhao.core.language.dictionary import Dictionary
        from duizhao.core.translate.alignment import english_of

        sentence = self.session.model.sentence(row)
        self.dictionary_card.show_token(token, Dictionary.bundled(),
                                        translated_as=english_of(sentence, token_index),
                                        style=self._pinyin_style)
        self._word = (row, token_index)
        self._show_status()
        self.stack.setCurrentWidget(self.dictionary_card)
        self._reveal()

    # -- known words ---------------------------------------------------------------------------
    def current_word(self) -> tuple[int, int] | None:
        """(row, token index) of the word on the dictionary card, if it is in front."""
        card = self._dictionary_card
        if card is None or self.stack.currentWidget() is not card:
            return None
        return self._word

    def _markable(self) -> bool:
        from duizhao.core.vocab.coverage import word_token_indices

        if self._word is None:
            return False
        row, index = self._word
        return index in set(word_token_indices(self.session.model.sentence(row)))

    def mark_current_word(self, status: WordStatus) -> None:
        """Mark the word on the dictionary card (names, numbers, punctuation are never
        marked)."""
        if self.current_word() is not None and self._markable():
            assert self._word is not None
            self.session.vocab.mark_token(*self._word, status)

    def _show_status(self) -> None:
        card = self._dictionary_card
        if card is None or card.token is None:
            return
        card.show_status(self.session.vocab.status(card.token.simplified)
                         if self._markable() else None)

    def _marks_changed(self, change: VocabChange) -> None:
        card = self._dictionary_card
        if card is not None and card.token is not None and card.token.simplified in change.words:
            self._show_status()

    def set_pinyin_style(self, style: PinyinStyle) -> None:
        self._pinyin_style = style
        if self._dictionary_card is not None:
            self._dictionary_card.set_pinyin_style(style)

    def show_hint(self) -> None:
        self.stack.setCurrentWidget(self.hint)

    def _reveal(self) -> None:
        self.show()
        self.revealed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click a highlighted name for its glossary card, or any "
                                  "other word for its dictionary entry."))
