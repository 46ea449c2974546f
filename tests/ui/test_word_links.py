"""Word links in the window: hovering a Chinese word lights up the English it became, and
hovering the English lights up its Chinese source; the word card says the English too. The
sample's English here is the gloss, whose links are exact."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from window_helpers import click

from duizhao.ui import formats
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import ENGLISH, ORIGINAL, PINYIN, linked_spans
from duizhao.ui.panes.text_pane import SentencePane


def _hover(qtbot: QtBot, pane: SentencePane, row: int, offset: int) -> QPoint:
    pane.bring_into_view(row)
    left, right = pane.point_of(row, offset), pane.point_of(row, offset + 1)
    point = QPoint((left.x() + right.x()) // 2, left.y())
    qtbot.mouseMove(pane.viewport(), point)
    return point


def _medinsky(window: MainWindow) -> tuple[int, int, int]:
    """Row, offset in the original and token index of the first 梅金斯基."""
    for row in range(window.model.rowCount()):
        sentence = window.model.sentence(row)
        at = sentence.original.find("梅金斯基")
        if at >= 0:
            token = next(i for i, t in enumerate(sentence.tokens)
                         if t.start - sentence.start <= at < t.end - sentence.start)
            return row, at, token
    raise AssertionError("the sample names Medinsky")


def test_hovering_a_name_lights_up_its_english_and_back(qtbot: QtBot,
                                                        sample_window: MainWindow) -> None:
    window = sample_window
    row, at, token = _medinsky(window)
    english_pane = window.panes.panes[ENGLISH]
    _hover(qtbot, window.panes.panes[ORIGINAL], row, at + 1)
    qtbot.waitUntil(lambda: english_pane._linked == (row, frozenset({token})), timeout=5_000)
    english = english_pane.rendered(row)
    lit = [english.text[s.start:s.end] for s in linked_spans(english, frozenset({token}))]
    assert lit == ["Vladimir Medinsky"]
    # and it is painted: the English pane's pixels under "Medinsky" take the link colour
    start = english.text.index("Medinsky")
    english_pane.bring_into_view(row)
    left, right = english_pane.point_of(row, start), english_pane.point_of(row, start + 1)
    image = english_pane.viewport().grab().toImage()
    colours = {image.pixelColor(x, left.y()).name() for x in range(left.x(), right.x() + 1)}
    assert formats.LINKED_WORD.name() in colours

    # back: the English under the pointer lights up its Chinese source in every Chinese pane
    original_pane, pinyin_pane = window.panes.panes[ORIGINAL], window.panes.panes[PINYIN]
    _hover(qtbot, english_pane, row, start + 2)
    qtbot.waitUntil(lambda: original_pane._linked == (row, frozenset({token})), timeout=5_000)
    sentence = window.model.sentence(row)
    lit_chinese = [sentence.original[s.start:s.end]
                   for s in linked_spans(original_pane.rendered(row), frozenset({token}))]
    assert lit_chinese == ["梅金斯基"]
    assert pinyin_pane._linked == (row, frozenset({token}))

    # leaving the panes clears it
    window.panes.panes[ORIGINAL].leaveEvent(None)
    english_pane.leaveEvent(None)
    qtbot.waitUntil(lambda: english_pane._linked[1] == frozenset(), timeout=5_000)


def test_links_stay_on_their_words_behind_a_status_mark(qtbot: QtBot,
                                                        sample_window: MainWindow) -> None:
    window = sample_window
    row, at, token = _medinsky(window)
    window.session.translation.set_reviewed(row, True)  # the English gains a status mark
    english_pane = window.panes.panes[ENGLISH]
    english = english_pane.rendered(row)
    assert not english.text.startswith(window.model.sentence(row).translation or "")
    _hover(qtbot, window.panes.panes[ORIGINAL], row, at + 1)
    qtbot.waitUntil(lambda: english_pane._linked == (row, frozenset({token})), timeout=5_000)
    lit = [english.text[s.start:s.end] for s in linked_spans(english, frozenset({token}))]
    assert lit == ["Vladimir Medinsky"]


def test_punctuation_links_to_nothing(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    sentence = window.model.sentence(0)
    comma = next(i for i, ch in enumerate(sentence.original) if ch in "，、")
    _hover(qtbot, window.panes.panes[ORIGINAL], 0, comma)
    qtbot.wait(50)
    english_pane = window.panes.panes[ENGLISH]
    linked = linked_spans(english_pane.rendered(0), english_pane._linked[1])
    assert linked == []


def test_the_word_card_says_what_the_word_became_in_this_sentence(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    sentence = window.model.sentence(0)  # 歷時3年,俄羅斯、烏克蘭高級官員終于重回談判桌前。
    at = sentence.original.index("官員")
    click(qtbot, window.panes.panes[ORIGINAL], 0, at)
    card = window.side.dictionary_card
    qtbot.waitUntil(card.translated_as.isVisible, timeout=5_000)
    assert card.translated_as.text() == "In this sentence: “official”"
    assert "official" in (sentence.translation or "")
