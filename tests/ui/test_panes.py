"""The side-by-side panes on a long document: only the rows in view are laid out, yet every
sentence can be reached, clicked, selected and copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import click, open_and_wait

from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN


def test_a_long_document_reaches_its_last_sentence_in_every_pane(
        qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("\n".join([sample_path.read_text(encoding="utf-8")] * 10), encoding="utf-8")
    open_and_wait(qtbot, window, long)
    rows = window.model.rowCount()
    assert rows > 1000
    panes = window.panes.panes
    assert all(pane.row_count() == rows for pane in panes.values())
    last = rows - 1
    window.panes.set_current(last)
    for kind in (ORIGINAL, CONVERTED, PINYIN, ENGLISH):
        pane = panes[kind]
        assert pane.viewport().rect().contains(pane.point_of(last, 0)), kind
    # sentences follow each other without overlapping, in every pane
    for pane in panes.values():
        for row in range(last - 5, last):
            end = len(pane.rendered(row).text) - 1
            assert pane.point_of(row + 1, 0).y() > pane.point_of(row, end).y()
    click(qtbot, panes[ENGLISH], last - 3, 0)
    assert [pane.current_row for pane in panes.values()] == [last - 3] * 4
    # scrolling back to the top brings every pane back to the first sentence
    panes[PINYIN].verticalScrollBar().setValue(0)
    assert all(pane.top_anchor()[0] == 0 for pane in panes.values())


def test_a_selection_across_two_sentences_is_copied(qtbot: QtBot,
                                                    sample_window: MainWindow) -> None:
    pane = sample_window.panes.panes[ORIGINAL]
    first, second = (sample_window.model.sentence(r).original for r in (3, 4))
    pane.bring_into_view(3)
    start = pane.point_of(3, len(first) - 3)
    end = pane.point_of(4, 2)
    start.setX(start.x() - 3)
    end.setX(end.x() - 3)
    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(pane.viewport(), end)
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert pane.selected_text() == f"{first[-3:]}\n{second[:2]}"
    pane.setFocus()
    sample_window.actions_.copy.trigger()
    assert QApplication.clipboard().text() == f"{first[-3:]}\n{second[:2]}"
    # a plain click on a sentence clears the selection
    click(qtbot, pane, 5, 1)
    assert not pane.has_selection()
