"""Window fixtures: a MainWindow with the sample open (annotated, English filled in)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import open_and_wait

from duizhao.ui import i18n
from duizhao.ui.main_window import MainWindow
from duizhao.ui.settings import Settings


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
                  sample_glossary_path: Path) -> MainWindow:
    open_and_wait(qtbot, window, sample_path, sample_glossary_path)
    return window
