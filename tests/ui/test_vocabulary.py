"""Known words in the window: the card's level, frequency and marks, the K/L/U keys, word
colours over every Chinese pane, and the statistics dock (which agrees with the CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextFormat
from pytestqt.qtbot import QtBot
from window_helpers import click

from duizhao.cli import main
from duizhao.core.vocab.known import KnownWords, WordStatus
from duizhao.core.vocab.levels import HskStandard, hsk_level
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ORIGINAL
from duizhao.ui.panes.word_colours import LEVEL_COLOURS
from duizhao.ui.settings import Settings
from duizhao.ui.word_colouring import WordColouring


def _find_token(window: MainWindow, simplified: str) -> tuple[int, int, int]:
    """(row, token index, offset in the sentence) of the first token of a word."""
    for row in range(window.model.rowCount()):
        sentence = window.model.sentence(row)
        for index, token in enumerate(sentence.tokens):
            if token.simplified == simplified:
                return row, index, token.start - sentence.start
    raise AssertionError(simplified)


def _coloured(window: MainWindow, kind: str, row: int) -> dict[str, QTextCharFormat]:
    """Text of each word coloured in a pane's row (as laid out to be painted) → its format."""
    pane = window.panes.panes[kind]
    text = pane.rendered(row).text  # the sample has no character outside the BMP
    found = {}
    for r in pane.layout_of(row).formats():
        char_format = QTextCharFormat(r.format)
        if char_format.hasProperty(QTextFormat.Property.ForegroundBrush) or \
                char_format.fontUnderline():
            found[text[r.start:r.start + r.length]] = char_format
    return found


def test_card_shows_level_and_frequency_and_marks_the_word(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    row, index, offset = _find_token(window, "谈判")
    click(qtbot, window.panes.panes[ORIGINAL], row, offset + 1)
    card = window.side.dictionary_card
    assert card.token is not None and card.token.simplified == "谈判"
    assert "HSK 6" in card.level.text() and "frequency" in card.level.text()
    assert card.status_buttons[WordStatus.UNKNOWN].isChecked()
    qtbot.mouseClick(card.status_buttons[WordStatus.LEARNING], Qt.MouseButton.LeftButton)
    assert KnownWords().status("谈判") is WordStatus.LEARNING
    learning = KnownWords().learning()[0].context
    sentence = window.model.sentence(row)
    assert learning.sentence_simplified == sentence.simplified
    assert learning.sentence_traditional == sentence.traditional and learning.traditional == "談判"
    assert card.status_buttons[WordStatus.LEARNING].isChecked()
    window.activateWindow()
    qtbot.keyClick(window.panes.panes[ORIGINAL], Qt.Key.Key_K)  # the keyboard: known
    assert window.session.vocab.status("谈判") is WordStatus.KNOWN
    assert card.status_buttons[WordStatus.KNOWN].isChecked()


def test_names_and_punctuation_cannot_be_marked(qtbot: QtBot, sample_window: MainWindow
                                                ) -> None:
    window = sample_window
    row, _index, offset = _find_token(window, "普京")
    click(qtbot, window.panes.panes[ORIGINAL], row, offset)
    window.actions_.mark[WordStatus.KNOWN].trigger()
    assert KnownWords().statuses() == {}
    assert window.side.current_word() is None  # a name shows its glossary card


def test_marking_levels_known_recolours_every_chinese_pane(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.actions_.word_colouring[WordColouring.LEVELS].trigger()
    assert window.settings.word_colouring() is WordColouring.LEVELS
    row, _index, _offset = _find_token(window, "的")
    for kind in (ORIGINAL, CONVERTED):
        coloured = _coloured(window, kind, row)
        assert coloured and "的" in coloured
        assert coloured["的"].foreground().color() == LEVEL_COLOURS[1]
    names = {hit.text for hit in window.model.sentence(row).terms
             if hit.entry.category == "person"}
    assert not names & set(_coloured(window, ORIGINAL, row))
    window.docks.show_vocabulary()
    panel = window.vocabulary_dock.panel
    panel.level.setValue(4)
    qtbot.mouseClick(panel.mark_levels, Qt.MouseButton.LeftButton)
    for kind in (ORIGINAL, CONVERTED):
        assert "的" not in _coloured(window, kind, row)
    window.actions_.word_colouring[WordColouring.UNKNOWN].trigger()
    underlined = _coloured(window, ORIGINAL, row)
    assert underlined and all(f.fontUnderline() for f in underlined.values())
    window.actions_.word_colouring[WordColouring.NONE].trigger()
    assert _coloured(window, ORIGINAL, row) == {}


def test_statistics_dock_agrees_with_the_command_line(
        qtbot: QtBot, sample_window: MainWindow, sample_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    window = sample_window
    KnownWords().add_known(["的", "是", "谈判"])
    window.session.vocab._known = None  # read the marks made elsewhere, as a new window would
    window.docks.show_vocabulary()
    panel = window.vocabulary_dock.panel
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=10_000)
    assert main(["vocab", "stats", str(sample_path), "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert panel.stats is not None and panel.stats.to_json() == cli
    assert "%" in panel.summary.text() and panel.unknown.rowCount() == len(cli["unknown"])
    assert panel.unknown.index(0, 0).data() == cli["unknown"][0]["word"]
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.unknown.index(3, 1)).center())
    word = panel.stats.unknown[3]
    assert window.panes.current_row == window.model.row_of(word.sentence_id)
    before = panel.stats.known
    window.session.vocab.mark_word(word.word, WordStatus.KNOWN)
    assert panel.stats.known == before + word.count
    assert panel.chart.bars and sum(b[1] for b in panel.chart.bars) == cli["tokens"]


def test_the_hsk_lists_are_a_preference(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    levels = {t.simplified: t.hsk for s in window.model.sentences() for t in s.tokens}
    moved = next(w for w, level in levels.items()
                 if level != hsk_level(w, standard=HskStandard.HSK_2))
    with qtbot.waitSignal(window.document_ready, timeout=60_000):
        window.settings.set_hsk_standard(HskStandard.HSK_2)
    again = {t.simplified: t.hsk for s in window.model.sentences() for t in s.tokens}
    assert again[moved] == hsk_level(moved, standard=HskStandard.HSK_2) != levels[moved]
    assert Settings().hsk_standard() is HskStandard.HSK_2


def test_both_bottom_docks_fit_a_laptop_screen_as_tabs(qtbot: QtBot,
                                                       sample_window: MainWindow) -> None:
    window = sample_window
    window.docks.show_vocabulary()
    window.docks.show_glossary()
    vocabulary, glossary = window.vocabulary_dock, window.glossary_dock
    assert glossary in window.tabifiedDockWidgets(vocabulary)
    assert window.minimumSizeHint().width() <= 1366
