"""Getting text into the window: pasted text, a dropped file, recent files, the first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from duizhao.cli import WindowArgs, window_args
from duizhao.core.samples import sample_path
from duizhao.ui import png_writer
from duizhao.ui.app import _screenshot, initial_document, launch
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL
from duizhao.ui.png_writer import write_png
from duizhao.ui.settings import Settings

WAIT_MS = 60_000


def test_pasted_text_becomes_a_document(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        window.open_text("简体中文的句子。第二句话！")
    assert window.model.rowCount() == 2
    assert window.windowTitle().startswith("Pasted text")
    # a Simplified source: the second pane is the Traditional conversion
    assert window.panes.frames[CONVERTED].title.text() == "Traditional"
    assert window.panes.panes[CONVERTED].rendered(0).text == "簡體中文的句子。"


def test_dropping_a_file_opens_it_and_remembers_it(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    document = tmp_path / "dropped.txt"
    document.write_text("俄烏直接談判。雙方的首次直接接觸。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        window.dropEvent(event)
    assert window.panes.panes[ORIGINAL].rendered(0).text == "俄烏直接談判。"
    assert window.settings.recent_files()[0] == str(document.resolve())


def test_open_recent_lists_what_was_read_and_opens_it(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["No recent documents"]
    assert not menu.actions()[0].isEnabled()
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("第一篇。", encoding="utf-8")
    second.write_text("第二篇。", encoding="utf-8")
    for path in (first, second):
        with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
            window.open_file(path)
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [str(second.resolve()), str(first.resolve())]
    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        menu.actions()[1].trigger()
    assert window.panes.panes[ORIGINAL].rendered(0).text == "第一篇。"


def test_first_run_opens_the_sample_then_the_last_document(tmp_path: Path) -> None:
    settings = Settings()
    args = WindowArgs()
    path, glossary = initial_document(args, settings)
    assert path == sample_path()
    assert glossary is not None and glossary.name.endswith(".glossary.csv")
    last = tmp_path / "last.txt"
    last.write_text("普京。", encoding="utf-8")
    settings.mark_run()
    settings.add_recent_file(str(last))
    assert initial_document(args, settings) == (last, None)


def test_launching_like_the_duizhao_command_shows_the_sample(qtbot: QtBot) -> None:
    # what `duizhao` with no arguments does before its event loop
    app, window = launch(window_args([]))
    qtbot.addWidget(window)
    assert window.isVisible() and not app.windowIcon().isNull()
    assert window.banner.isVisible()  # no model is known to be installed: it says so at once
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        pass
    assert window.model.rowCount() == 108
    assert window.model.document.source.path == str(sample_path())
    assert window.side.legend.isVisible() and window.windowTitle().startswith(sample_path().name)
    assert not Settings().first_run()
    window.close()


def test_the_screenshot_waits_for_the_english_and_no_longer(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `duizhao --screenshot OUT`: saved as soon as the English is in, and nothing changes after
    out = tmp_path / "shot.png"
    app, window = launch(window_args(["--screenshot", str(out)]))
    qtbot.addWidget(window)
    english = window.panes.panes[ENGLISH]
    saved: list[tuple[list[int], QImage, QImage]] = []

    def record(image: QImage, path: Path) -> None:
        pending = [r for r in range(english.row_count()) if english.rendered(r).pending]
        qtbot.wait(300)  # whatever was still to come
        saved.append((pending, image, QMainWindow.grab(window).toImage()))
        write_png(image, path)

    monkeypatch.setattr(png_writer, "write_png", record)
    assert _screenshot(app, window, out) == 0
    [(pending, taken, later)] = saved
    assert window.model.rowCount() == 108 and pending == []
    assert taken == later
    assert QImage(str(out)) == taken.convertToFormat(QImage.Format.Format_RGB32)
    # done and closed, and the application's event loop still runs (no quit left pending)
    assert not window.isVisible()
    app.processEvents()  # whatever the screenshot left in the queue
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2000)
