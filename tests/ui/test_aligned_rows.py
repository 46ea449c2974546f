"""The side-by-side panes read as one grid: every sentence starts at the same height in every
shown pane (its row as tall as its tallest pane), and they scroll as one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import open_and_wait

from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.pane_group import KINDS
from duizhao.ui.panes.render import PINYIN


def rows_in_view(window: MainWindow) -> list[int]:
    pane = next(p for p in window.panes.panes.values() if p.isVisible())
    height = pane.viewport().height()
    return [row for row in range(pane.row_count()) if 0 <= pane.row_top(row) < height]


def assert_aligned(qtbot: QtBot, window: MainWindow) -> list[int]:
    """Rows in view start at the same height in every shown pane, each row at least as tall as
    what every pane draws in it."""
    for pane in window.panes.panes.values():
        pane.viewport().repaint()  # paints lay out the rows in view, as the reader sees them
    QApplication.processEvents()
    shown = [pane for pane in window.panes.panes.values() if pane.isVisible()]
    assert len({pane.verticalScrollBar().value() for pane in shown}) == 1
    rows = rows_in_view(window)
    assert len(rows) >= 3
    for row in rows:
        tops = {pane.kind: pane.row_top(row) for pane in shown}
        assert len(set(tops.values())) == 1, (row, tops)
    for row in rows[:-1]:
        for pane in shown:
            drawn = pane.layout_of(row).boundingRect().height()
            assert pane.row_top(row + 1) - pane.row_top(row) >= drawn, (row, pane.kind)
    return rows


def test_every_sentence_starts_at_the_same_height_in_every_pane(
        qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("\n".join([sample_path.read_text(encoding="utf-8")] * 4), encoding="utf-8")
    open_and_wait(qtbot, window, long)
    panes = window.panes.panes
    # the panes differ in how tall a sentence is: without the grid they drift apart
    english, original = panes["english"], panes["original"]
    assert any(english.layout_of(r).lineCount() != original.layout_of(r).lineCount()
               for r in range(30))
    assert_aligned(qtbot, window)
    last = window.model.rowCount() - 1
    for row in (120, last):  # far into the document, where every height was estimated
        window.panes.set_current(row)
        rows = assert_aligned(qtbot, window)
        assert row in rows
    # scrolling one pane scrolls all of them, still aligned
    panes[PINYIN].verticalScrollBar().setValue(panes[PINYIN].verticalScrollBar().value() // 2)
    assert_aligned(qtbot, window)
    # hiding a pane, zooming and a translation arriving keep the grid
    window.actions_.panes[PINYIN].setChecked(False)
    assert_aligned(qtbot, window)
    window.actions_.zoom_in.trigger()
    assert_aligned(qtbot, window)
    row = rows_in_view(window)[2]
    sentence = window.model.sentence(row)
    window.model.set_translations([replace(sentence, translation="A much longer English "
                                           "sentence " * 12, translation_source="test")])
    assert_aligned(qtbot, window)
    window.actions_.panes[PINYIN].setChecked(True)
    assert_aligned(qtbot, window)
    assert [kind for kind in KINDS if panes[kind].isVisible()] == list(KINDS)


def test_a_setting_that_does_not_change_the_text_lays_nothing_out_again(
        sample_window: MainWindow) -> None:
    """Any change of preferences applies them all again; rows already laid out stay as they
    are unless the font changed (the sample x100 took a second per pane to estimate again)."""
    pane = sample_window.panes.panes["original"]
    before = pane.layout_of(0)
    sample_window.settings.set_reading_speed(1.5)  # not about the panes
    assert pane.layout_of(0) is before
    sample_window.actions_.zoom_in.trigger()
    assert pane.layout_of(0) is not before


def test_tops_stay_right_through_any_change() -> None:
    """Tops are summed again only from the first changed row: after any mix of appends, layouts,
    estimates, truncations and resets every top is the sum of the heights above it."""
    import random
    from itertools import accumulate

    from duizhao.ui.panes.row_geometry import RowGeometry

    rng = random.Random(7)
    rows = RowGeometry(5.0)

    def heights(count: int) -> list[float]:
        return [rng.uniform(10, 50) for _ in range(count)]

    for _step in range(3000):
        choice, count = rng.random(), len(rows)
        if choice < 0.3:
            rows.append(heights(rng.randint(0, 5)))
        elif choice < 0.5 and count:
            rows.set_exact(rng.randrange(count), rng.uniform(10, 50))
        elif choice < 0.6 and count:
            rows.estimate(rng.randrange(count), rng.uniform(10, 50))
        elif choice < 0.7:
            rows.set_heights(rng.randint(0, count), heights(rng.randint(0, 4)),
                             truncate=rng.random() < 0.5)
        elif choice < 0.72:
            rows.reset(heights(rng.randint(0, 20)))
        if len(rows):
            expected = list(accumulate(rows.heights(), initial=5.0))[:-1]
            row = rng.randrange(len(rows))
            assert rows.top(row) == pytest.approx(expected[row])
            assert rows.row_at(expected[row] + 0.01) == row
