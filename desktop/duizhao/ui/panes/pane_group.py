"""The reading area: the side-by-side panes (or the interlinear view) kept in step.

The panes read as one grid: every sentence starts at the same height in every shown pane, its
row as tall as its tallest pane (:class:`~duizhao.ui.panes.row_geometry.AlignedRows`), and
they scroll as one. Hovering or clicking a sentence in one pane highlights it in all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.document import Script
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.text.han import has_han
from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN, converted_script
from duizhao.ui.panes.row_geometry import AlignedRows
from duizhao.ui.panes.sentence_rows import MARGIN
from duizhao.ui.panes.text_pane import SentencePane

if TYPE_CHECKING:
    from duizhao.ui.changes import GlossaryChange
    from duizhao.ui.panes.interlinear import InterlinearView
    from duizhao.ui.panes.word_colours import WordColours

KINDS = (ORIGINAL, CONVERTED, PINYIN, ENGLISH)


class PaneFrame(QWidget):
    """A pane with its title bar and a button to hide it."""

    hide_requested = Signal(str)

    def __init__(self, pane: SentencePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        # The title never widens its pane: a longer title once a document is known ("English
        # (word-by-word gloss)") would otherwise push the panes apart in a narrow window.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setObjectName("paneClose")
        close.clicked.connect(lambda: self.hide_requested.emit(pane.kind))
        self.close_button = close
        header = QHBoxLayout()
        header.setContentsMargins(10, 4, 4, 2)
        header.addWidget(self.title, 1)
        header.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(pane, 1)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setToolTip(text)  # in full, when the pane is too narrow for it
        self.pane.setAccessibleName(text)


class PaneGroup(QStackedWidget):
    current_changed = Signal(int)
    term_clicked = Signal(int, int)  # row, index into sentence.terms
    token_clicked = Signal(int, int)  # row, index into sentence.tokens
    pane_hide_requested = Signal(str)

    def __init__(self, model: SentenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.panes: dict[str, SentencePane] = {}
        self.frames: dict[str, PaneFrame] = {}
        self.rows = AlignedRows(MARGIN)
        # The grid moves once per row laid out: the panes follow once per event-loop turn.
        self._grid_timer = QTimer(self)
        self._grid_timer.setSingleShot(True)
        self._grid_timer.setInterval(0)
        self._grid_timer.timeout.connect(self.follow_grid)
        self.rows.changed = self._grid_timer.start
        # A new document: the panes drop the old rows before anything can lay them out (a
        # dock shown or a resize in between would otherwise meet rows the model no longer has).
        model.modelReset.connect(self.rebuild)
        for kind in KINDS:
            pane = SentencePane(kind, model)
            frame = PaneFrame(pane)
            pane.align(self.rows, lambda frame=frame: not frame.isHidden())
            frame.hide_requested.connect(self.pane_hide_requested)
            self.panes[kind] = pane
            self.frames[kind] = frame
            self.splitter.addWidget(frame)
            pane.sentence_hovered.connect(self.set_hover)
            pane.words_hovered.connect(self.set_linked_words)
            pane.sentence_clicked.connect(self.set_current)
            pane.term_clicked.connect(self.term_clicked)
            pane.token_clicked.connect(self.token_clicked)
            pane.verticalScrollBar().valueChanged.connect(
                lambda _value, source=pane: self._sync_scroll(source))
        self.addWidget(self.splitter)
        self._interlinear: InterlinearView | None = None  # built when first shown
        self._font: QFont | None = None
        self._tone_colours = True
        self._pinyin_style = PinyinStyle.MARKS
        self._sandhi = False
        self._current = -1
        self._syncing = False
        self.retranslate()

    @property
    def interlinear(self) -> InterlinearView:
        if self._interlinear is None:
            from duizhao.ui.panes.interlinear import InterlinearView

            view = InterlinearView(self.model)
            view.sentence_clicked.connect(self.set_current)
            view.term_clicked.connect(self.term_clicked)
            view.token_clicked.connect(self.token_clicked)
            if self._font is not None:
                view.set_base_font(self._font)
            view.set_tone_colours(self._tone_colours)
            view.set_pinyin_style(self._pinyin_style, self._sandhi)
            view.set_current_row(self._current)
            self.addWidget(view)
            self._interlinear = view
        return self._interlinear

    # -- content -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        self._current = -1
        for pane in self.panes.values():
            pane.rebuild()
        if self._interlinear is not None:
            self._interlinear.reset_layout()
        self.retranslate()

    def append_rows(self, first: int, end: int) -> None:
        for pane in self.panes.values():
            pane.append_rows(first, end)

    def update_rows(self, rows: list[int]) -> None:
        self.panes[ENGLISH].update_rows(rows)
        if self._interlinear is not None:
            self._interlinear.rows_changed(rows)
        self.frames[ENGLISH].set_title(self.pane_title(ENGLISH))

    def glossary_changed(self, change: GlossaryChange) -> None:
        """A glossary edit: the rows whose terms it changed are shown again in every pane."""
        if change.rows:
            self.refresh_rows(list(change.rows))

    def refresh_rows(self, rows: list[int]) -> None:
        """Rows whose terms changed: every pane shows them again."""
        for pane in self.panes.values():
            pane.update_rows(rows)
        if self._interlinear is not None:
            self._interlinear.rows_changed(rows)

    def set_base_font(self, font: QFont) -> None:
        for pane in self.panes.values():
            pane.set_base_font(font)
        self._font = QFont(font)
        if self._interlinear is not None:
            self._interlinear.set_base_font(font)

    def set_word_colours(self, colours: WordColours | None,
                         words: frozenset[str] | None = None) -> None:
        """How words are coloured by what the reader knows; again with ``words`` after the
        marks of those words changed."""
        for pane in self.panes.values():
            pane.set_word_colours(colours, words)

    def set_tone_colours(self, on: bool) -> None:
        for pane in self.panes.values():
            pane.set_tone_colours(on)
        self._tone_colours = on
        if self._interlinear is not None:
            self._interlinear.set_tone_colours(on)

    def set_pinyin_style(self, style: PinyinStyle, sandhi: bool = False) -> None:
        """Readings in ``style``; with ``sandhi`` 一 and 不 as spoken (the card keeps citation
        tones)."""
        for pane in self.panes.values():
            pane.set_pinyin_style(style, sandhi)
        self._pinyin_style, self._sandhi = style, sandhi
        if self._interlinear is not None:
            self._interlinear.set_pinyin_style(style, sandhi)

    def selected_chinese(self) -> str:
        """The Chinese text selected in the focused pane (or any pane with a selection; a
        card's text counts when it has the focus)."""
        focused = QApplication.focusWidget()
        for widget in (focused, *self.panes.values()):
            text = ""
            if isinstance(widget, SentencePane):
                text = widget.selected_text().replace("\n", "").strip()
            elif isinstance(widget, QTextEdit) and widget.textCursor().hasSelection():
                text = widget.textCursor().selectedText().replace("\u2029", "").strip()
            if has_han(text):
                return text
        return ""

    # -- panes shown ---------------------------------------------------------------------------
    def set_pane_visible(self, kind: str, visible: bool) -> None:
        if self.frames[kind].isHidden() != visible:
            return
        self.frames[kind].setVisible(visible)
        self.rows.refresh()  # the grid's rows are as tall as the panes shown
        shown = [pane for k, pane in self.panes.items() if k != kind and pane.isVisible()]
        if visible and shown:
            self._sync_scroll(shown[0])

    def follow_grid(self) -> bool:
        """Bring the panes to the grid as it is now (rather than at the next event-loop
        turn); returns whether any of them shows something new."""
        self._grid_timer.stop()
        first = self.rows.take_moved_from()
        return any([pane.grid_moved(first) for pane in self.panes.values()])  # every pane

    def visible_panes(self) -> list[str]:
        return [k for k in KINDS if not self.frames[k].isHidden()]

    def set_interlinear(self, on: bool) -> None:
        if not on and self._interlinear is None:
            return
        self.interlinear.attach(on)
        self.setCurrentWidget(self.interlinear if on else self.splitter)
        if self._current >= 0:
            self._bring_into_view(self._current)

    def is_interlinear(self) -> bool:
        return self._interlinear is not None and self.currentWidget() is self._interlinear

    # -- alignment -----------------------------------------------------------------------------
    @property
    def current_row(self) -> int:
        return self._current

    def set_current(self, row: int, *, scroll: bool = True) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        changed = row != self._current
        self._current = row
        for pane in self.panes.values():
            pane.set_current_row(row)
            # what a screen reader says for the pane: the sentence being read, in its form there
            pane.setAccessibleDescription(pane.rendered(row).text)
        if self._interlinear is not None:
            self._interlinear.set_current_row(row)
        if scroll:
            self._bring_into_view(row)
        if changed:
            self.current_changed.emit(row)

    def set_linked_words(self, row: int, tokens: frozenset[int]) -> None:
        """Words of ``row`` under the pointer somewhere: light them up in every pane, the
        English they were translated as included."""
        for pane in self.panes.values():
            pane.set_linked_words(row, tokens)

    def set_hover(self, row: int) -> None:
        for pane in self.panes.values():
            pane.set_hover_row(row)

    def _bring_into_view(self, row: int) -> None:
        if self._interlinear is not None and self.is_interlinear():
            self._interlinear.bring_into_view(row)
            return
        for pane in self.panes.values():
            if 0 <= row < pane.row_count():
                pane.layout_of(row)  # the row's height in the grid is final before scrolling
        lead = next((pane for pane in self.panes.values() if pane.isVisible()),
                    self.panes[ORIGINAL])
        lead.bring_into_view(row)  # the others follow (_sync_scroll)

    def _sync_scroll(self, source: SentencePane) -> None:
        """The panes share one grid, so they share one scroll position."""
        if self._syncing or source.row_count() == 0:
            return
        self._syncing = True
        try:
            value = source.verticalScrollBar().value()
            for pane in self.panes.values():
                if pane is not source:
                    pane.grid_moved()  # its scroll range follows the grid first
                    pane.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    # -- texts ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for kind, frame in self.frames.items():
            frame.set_title(self.pane_title(kind))
            frame.close_button.setToolTip(self.tr("Hide this pane"))

    def pane_title(self, kind: str) -> str:
        script = self.model.script
        if kind == ORIGINAL:
            if script is Script.TRADITIONAL:
                return self.tr("Original (Traditional)")
            if script is Script.SIMPLIFIED:
                return self.tr("Original (Simplified)")
            return self.tr("Original")
        if kind == CONVERTED:
            if converted_script(script) is Script.TRADITIONAL:
                return self.tr("Traditional")
            return self.tr("Simplified")
        if kind == PINYIN:
            return self.tr("Pinyin")
        source = self._translation_source()
        if source == "gloss":
            return self.tr("English (word-by-word gloss)")
        if source.startswith("argos:"):
            return self.tr("English (machine translation)")
        return self.tr("English")

    def _translation_source(self) -> str:
        for sentence in self.model.sentences():
            if sentence.translation_source:
                return sentence.translation_source
        return ""
