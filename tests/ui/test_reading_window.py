"""The reading window as a reader uses it: open, click sentences, names and words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import click, open_and_wait

from duizhao.core.language.pinyin_style import PinyinStyle, word
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN
from duizhao.ui.settings import Settings

MEDINSKY = "梅金斯基"


def _row_with(window: MainWindow, text: str) -> tuple[int, int]:
    for row, sentence in enumerate(window.model.sentences()):
        at = sentence.original.find(text)
        if at >= 0:
            return row, at
    raise AssertionError(f"{text} not in the document")


def test_opening_the_sample_fills_every_pane(sample_window: MainWindow,
                                             sample_text: str) -> None:
    window = sample_window
    rows = window.model.rowCount()
    assert rows > 50
    for kind in (ORIGINAL, CONVERTED, PINYIN, ENGLISH):
        assert window.panes.panes[kind].row_count() == rows
    first = window.model.sentence(0)
    assert window.panes.panes[ORIGINAL].rendered(0).text == first.original
    assert first.original in sample_text
    # Traditional source: the second pane is the Simplified conversion
    assert window.panes.frames[CONVERTED].title.text() == "Simplified"
    assert window.panes.panes[CONVERTED].rendered(0).text.startswith("历时3年")
    assert window.panes.panes[PINYIN].rendered(0).text.startswith("lìshí")
    # English arrived for every sentence (a gloss: no model is installed in tests)
    assert not any(window.panes.panes[ENGLISH].rendered(r).pending for r in range(rows))
    assert "000_bacf4da327376ca6" in window.windowTitle()


def test_clicking_a_sentence_highlights_it_in_every_pane(qtbot: QtBot,
                                                         sample_window: MainWindow) -> None:
    window = sample_window
    row = 6
    click(qtbot, window.panes.panes[PINYIN], row, 2)
    assert window.panes.current_row == row
    for pane in window.panes.panes.values():
        assert pane.current_row == row
    click(qtbot, window.panes.panes[ENGLISH], 2, 1)
    assert [p.current_row for p in window.panes.panes.values()] == [2, 2, 2, 2]


def test_scrolling_one_pane_scrolls_the_others_to_the_same_sentence(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panes = sample_window.panes.panes
    original = panes[ORIGINAL]
    original.scroll_to_anchor(20, 0.0)
    row, _ = original.top_anchor()
    assert row == 20
    for kind in (CONVERTED, PINYIN, ENGLISH):
        assert panes[kind].top_anchor()[0] == 20


def test_clicking_medinsky_shows_his_card_and_three_occurrences(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    row, at = _row_with(window, MEDINSKY)
    click(qtbot, window.panes.panes[ORIGINAL], row, at + 1)
    card = window.side.glossary_card
    assert window.side.stack.currentWidget() is card
    assert card.traditional.text() == MEDINSKY
    assert "Medinsky" in card.english.text()
    assert card.pinyin.text() == "Méijīnsījī"
    assert card.occurrences.count() == 3
    assert all(MEDINSKY in card.occurrences.item(i).text() for i in range(3))
    # the same card from the Simplified pane
    window.side.show_hint()
    click(qtbot, window.panes.panes[CONVERTED], row, at + 1)
    assert window.side.stack.currentWidget() is card
    # clicking the last occurrence jumps there
    last = card.occurrence_rows()[-1]
    assert last != row
    card.occurrences.itemClicked.emit(card.occurrences.item(2))
    assert window.panes.current_row == last


def test_clicking_an_ordinary_word_shows_the_dictionary_card(
        qtbot: QtBot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = sample_window
    row, at = _row_with(window, "談判桌")
    click(qtbot, window.panes.panes[ORIGINAL], row, at)
    card = window.side.dictionary_card
    assert window.side.stack.currentWidget() is card
    assert card.token is not None and card.token.text == "談判桌"
    assert "conference table" in card.body.toPlainText()
    assert "tán pàn zhuō" in card.body.toPlainText()
    # "Add to glossary…" opens the glossary panel's dialog prefilled; accepting it adds the
    # entry and the word is highlighted as a term at once
    offered = []
    monkeypatch.setattr(window.glossary_panel, "_run_entry_dialog",
                        lambda dialog: offered.append(dialog.entry()) or True)
    with qtbot.waitSignal(window.add_to_glossary_requested) as blocker:
        card.add_button.click()
    entry = blocker.args[0]
    assert (entry.traditional, entry.simplified) == ("談判桌", "谈判桌")
    assert entry.english == "conference table"
    assert offered and offered[0].traditional == "談判桌"
    assert any(hit.text == "談判桌" for hit in window.model.sentence(row).terms)
    assert any(span.start == at for span in window.panes.panes[ORIGINAL].rendered(row).terms)


@pytest.mark.parametrize(("width", "side"), [(1400, 320), (800, 200)])
def test_a_narrow_window_leaves_the_panes_most_of_its_width(qtbot: QtBot, settings: Settings,
                                                            width: int, side: int,
                                                            sample_path: Path,
                                                            sample_glossary_path: Path) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.side.width() == side  # the side panel gives way in a narrow window
    assert window.panes.width() >= width - side - 10
    # and stays put when the document comes: the legend's counts ("Person (5)") do not
    # widen it, which would narrow the panes and lay them out again under the reader's eyes
    panes = window.panes.width()
    open_and_wait(qtbot, window, sample_path, sample_glossary_path)
    qtbot.wait(50)
    assert "(" in window.side.legend._names["person"].text()
    assert (window.side.width(), window.panes.width()) == (side, panes)


def test_pane_toggles_hide_panes_and_are_remembered(qtbot: QtBot, sample_window: MainWindow,
                                                    settings: object) -> None:
    window = sample_window
    window.actions_.panes[PINYIN].setChecked(False)
    assert window.panes.frames[PINYIN].isHidden()
    assert window.panes.visible_panes() == [ORIGINAL, CONVERTED, ENGLISH]
    window.panes.frames[CONVERTED].close_button.click()
    assert not window.actions_.panes[CONVERTED].isChecked()
    assert window.panes.visible_panes() == [ORIGINAL, ENGLISH]
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    assert again.panes.visible_panes() == [ORIGINAL, ENGLISH]
    window.actions_.panes[PINYIN].setChecked(True)
    assert not window.panes.frames[PINYIN].isHidden()


def test_interlinear_view_puts_pinyin_above_each_word(qtbot: QtBot,
                                                      sample_window: MainWindow) -> None:
    window = sample_window
    window.actions_.interlinear.setChecked(True)
    view = window.panes.interlinear
    assert window.panes.currentWidget() is view
    sentence = window.model.sentence(1)
    layout = view._delegate.layout(1, sentence, view.viewport().width())
    readings = [box.reading for box in layout.boxes if box.reading]
    assert readings[:2] == [word(t.pinyin, PinyinStyle.MARKS) for t in sentence.tokens[:2]]
    assert layout.english == sentence.translation
    window.actions_.interlinear.setChecked(False)
    assert window.panes.currentWidget() is window.panes.splitter


def test_find_covers_both_scripts_toneless_pinyin_and_english(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.actions_.find.trigger()
    bar = window.find_bar
    assert bar.isVisible()
    bar.field.setText("乌梅罗夫")  # Simplified, the document is Traditional
    kinds = {kind for kind, *_ in bar.matches}
    assert kinds == {CONVERTED}
    bar.field.setText("wumeiluofu")
    assert {kind for kind, *_ in bar.matches} == {PINYIN}
    assert len(bar.matches) == 2
    bar.field.setText("umerov")
    assert {kind for kind, *_ in bar.matches} == {ENGLISH}
    row = bar.matches[0][1]
    assert window.panes.current_row == row


def test_an_unreadable_file_shows_an_error_and_changes_nothing(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path, monkeypatch: object) -> None:
    window = sample_window
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",  # type: ignore[attr-defined]
                        lambda parent, title, text: shown.append(text))
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    title = window.windowTitle()
    rows = window.model.rowCount()
    first = window.panes.panes[ORIGINAL].rendered(0).text
    with qtbot.waitSignal(window.session.open_failed, timeout=20_000):
        window.open_file(binary)
    assert len(shown) == 1 and "photo.txt" in shown[0]
    assert "Traceback" not in shown[0]
    assert window.windowTitle() == title
    assert window.model.rowCount() == rows
    assert window.panes.panes[ORIGINAL].rendered(0).text == first
    assert window.progress.isHidden()
    with qtbot.waitSignal(window.session.open_failed, timeout=20_000):
        window.open_file(tmp_path / "missing.txt")
    assert "missing.txt" in shown[1]
    assert window.model.rowCount() == rows
