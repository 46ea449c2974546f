"""Helpers for the window tests (imported by name: tests/ui is on sys.path)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from duizhao.ui.main_window import MainWindow

WAIT_MS = 60_000  # the first annotation in a test process loads the dictionaries


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path,
                  glossary: Path | None = None) -> None:
    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        window.open_file(path, glossary)


def click(qtbot: QtBot, pane: object, row: int, offset: int) -> None:
    """Click on character ``offset`` of sentence ``row`` in a pane, as a user would."""
    pane.bring_into_view(row)  # type: ignore[attr-defined]
    point: QPoint = pane.point_of(row, offset)  # type: ignore[attr-defined]
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=point)


def double_click(pane: object, row: int, offset: int) -> None:
    """Double-click on character ``offset`` of sentence ``row``, with the events Qt delivers
    for one: press, release, double click, release."""
    pane.bring_into_view(row)  # type: ignore[attr-defined]
    viewport = pane.viewport()  # type: ignore[attr-defined]
    point = QPointF(pane.point_of(row, offset))  # type: ignore[attr-defined]
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left),
                          (QEvent.Type.MouseButtonRelease, none)):
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, point, viewport.mapToGlobal(point), left, buttons,
            Qt.KeyboardModifier.NoModifier))
