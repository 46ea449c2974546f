"""Window fixtures: a MainWindow with the sample open (annotated, English filled in)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import open_and_wait

from duizhao.ui import gc_policy, i18n
from duizhao.ui.main_window import MainWindow
from duizhao.ui.settings import Settings


@pytest.fixture(autouse=True)
def no_modal_dialogs(message_boxes: list[str]) -> list[str]:
    """Every window test records its message boxes (tests/conftest.py) instead of blocking."""
    return message_boxes


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collector(qapp: QApplication) -> None:
    """As in the app: the cycle collector runs on the GUI thread only (ui/gc_policy.py)."""
    gc_policy.install(qapp)


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> Iterator[MainWindow]:
    i18n.apply_language("en")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.apply_language("en")


@pytest.fixture
def sample_window(qtbot: QtBot, window: MainWindow, sample_path: Path,
                  sample_glossary_path: Path, message_boxes: list[str]) -> MainWindow:
    open_and_wait(qtbot, window, sample_path, sample_glossary_path)
    assert message_boxes == []
    return window
