"""The dictionary card: CC-CEDICT's readings and definitions for a word that is not in the
glossary, with "Add to glossary" prefilled from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import GlossaryEntry, Token
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.language.taiwan import TaiwanTable
from duizhao.core.vocab.levels import level_label
from duizhao.core.vocab.status import WordStatus

if TYPE_CHECKING:  # the dictionary module is loaded with the first card, not at start-up
    from duizhao.core.language.dictionary import Dictionary, DictionaryEntry


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DictionaryCard(QWidget):
    add_to_glossary_requested = Signal(object)  # a prefilled GlossaryEntry
    mark_requested = Signal(object)  # a WordStatus for the word shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryCard")
        self.token: Token | None = None
        self.entries: list[DictionaryEntry] = []
        self.style = PinyinStyle.MARKS
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.translated_as = QLabel()  # the English this word became in its sentence
        self.translated_as.setObjectName("translatedAs")
        self.translated_as.setTextFormat(Qt.TextFormat.PlainText)
        self.translated_as.setWordWrap(True)
        self._translated_as: list[str] = []
        self.level = QLabel()
        self.level.setObjectName("wordLevel")
        self.level.setTextFormat(Qt.TextFormat.PlainText)
        self.status_buttons: dict[WordStatus, QPushButton] = {}
        self._status_group = QButtonGroup(self)
        marks = QHBoxLayout()
        marks.setSpacing(4)
        for status in (WordStatus.KNOWN, WordStatus.LEARNING, WordStatus.UNKNOWN):
            button = QPushButton()
            button.setObjectName(f"mark-{status.value}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, s=status: self.mark_requested.emit(s))
            self._status_group.addButton(button)
            self.status_buttons[status] = button
            marks.addWidget(button)
        self.body = QTextBrowser()
        self.body.setObjectName("definitions")
        self.body.setOpenLinks(False)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addToGlossary")
        self.add_button.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.reading)
        layout.addWidget(self.translated_as)
        layout.addWidget(self.level)
        layout.addLayout(marks)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.add_button)
        self.retranslate()

    def show_token(self, token: Token, dictionary: Dictionary | None, *,
                   translated_as: list[str] | None = None,
                   style: PinyinStyle = PinyinStyle.MARKS) -> None:
        self.token = token
        self.style = style
        self._translated_as = list(translated_as or [])
        entries = []
        if dictionary is not None:
            entries = dictionary.lookup(token.text) or dictionary.lookup(token.simplified)
        self.entries = entries
        heading = token.text if token.text == token.simplified else \
            f"{token.text} · {token.simplified}"
        self.heading.setText(heading)
        self.reading.setText(pinyin_style.word(token.pinyin, style))
        self._fill()

    def set_pinyin_style(self, style: PinyinStyle) -> None:
        self.style = style
        if self.token is not None:
            self.reading.setText(pinyin_style.word(self.token.pinyin, style))
            self._fill()

    def show_status(self, status: WordStatus | None) -> None:
        """The word's mark; None: a name, number or punctuation, which is never marked."""
        for value, button in self.status_buttons.items():
            button.setEnabled(status is not None)
            button.setChecked(value is status)

    def _fill_level(self) -> None:
        token = self.token
        if token is None:
            return
        parts = []
        if token.hsk is not None:
            parts.append(self.tr("HSK %1").replace("%1", level_label(token.hsk)))
        if token.zipf is not None:
            parts.append(self.tr("frequency %1 (Zipf)").replace("%1", f"{token.zipf:.1f}"))
        self.level.setText(" · ".join(parts) or self.tr("No HSK level"))

    def _fill(self) -> None:
        if self.token is None:
            return
        english = " … ".join(f"“{text}”" for text in self._translated_as)
        self.translated_as.setText(self.tr("In this sentence: %1").replace("%1", english)
                                   if english else "")
        self.translated_as.setVisible(bool(english))
        self._fill_level()
        parts: list[str] = []
        for entry in self.entries:
            forms = entry.traditional if entry.traditional == entry.simplified else \
                f"{entry.traditional} / {entry.simplified}"
            items = "".join(f"<li>{_escape(d)}</li>" for d in entry.definitions)
            reading = self._reading(entry.syllables())
            taiwan = TaiwanTable.bundled().read(entry.traditional, " ".join(entry.syllables()))
            if taiwan.split() != entry.syllables():  # both readings, each where it is standard
                reading = self.tr("%1 · Taiwan %2").replace("%1", reading).replace(
                    "%2", self._reading(taiwan.split()))
            parts.append(f"<p><b>{_escape(forms)}</b> &nbsp; {_escape(reading)}</p>"
                         f"<ol style='margin-top:0'>{items}</ol>")
        if not parts and self.token.definitions:
            items = "".join(f"<li>{_escape(d)}</li>" for d in self.token.definitions)
            parts.append(f"<ol>{items}</ol>")
        if not parts:
            missing = self.tr("Not in the dictionary.")
            parts.append(f"<p><i>{_escape(missing)}</i></p>")
        self.body.setHtml("".join(parts))

    def _reading(self, syllables: list[str]) -> str:
        return " ".join(pinyin_style.syllable(s, self.style) for s in syllables)

    def prefilled_entry(self) -> GlossaryEntry | None:
        token = self.token
        if token is None:
            return None
        english = ""
        category = "term"
        if self.entries:
            first = self.entries[0]
            english = first.definitions[0] if first.definitions else ""
            if first.is_proper_name:
                category = "custom"
        elif token.definitions:
            english = token.definitions[0]
        traditional = self.entries[0].traditional if self.entries else token.text
        return GlossaryEntry(traditional=traditional, simplified=token.simplified,
                             english=english, category=category,
                             pinyin=pinyin_style.word(token.pinyin, PinyinStyle.MARKS))

    def _add(self) -> None:
        entry = self.prefilled_entry()
        if entry is not None:
            self.add_to_glossary_requested.emit(entry)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add to glossary…"))
        self.status_buttons[WordStatus.KNOWN].setText(self.tr("Known"))
        self.status_buttons[WordStatus.LEARNING].setText(self.tr("Learning"))
        self.status_buttons[WordStatus.UNKNOWN].setText(self.tr("Unknown"))
        self.status_buttons[WordStatus.KNOWN].setToolTip(self.tr("Mark the word known (K)"))
        self.status_buttons[WordStatus.LEARNING].setToolTip(
            self.tr("Mark the word learning, with this sentence (L)"))
        self.status_buttons[WordStatus.UNKNOWN].setToolTip(
            self.tr("Mark the word unknown (U)"))
        self._fill()
