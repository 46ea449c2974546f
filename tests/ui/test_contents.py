"""Finding your place: the Contents dock, the chapter in the status bar, the sentence a
document reopens at, and the new formats in the Open dialog and by drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_and_wait

from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ORIGINAL
from duizhao.ui.settings import Settings
from format_fixtures import CHAPTERS, SRT, make_docx, make_epub


def test_contents_lists_the_chapters_and_goes_to_the_one_clicked(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, make_epub(tmp_path / "book.epub"))
    contents = window.contents.list
    assert window.contents.isVisible()
    assert [contents.item(i).text() for i in range(contents.count())] == [
        title for title, _ in CHAPTERS]
    assert window.chapter_label.text() == CHAPTERS[0][0]
    item = contents.item(2)
    qtbot.mouseClick(contents.viewport(), Qt.MouseButton.LeftButton,
                     pos=contents.visualItemRect(item).center())
    row = window.panes.current_row
    assert window.model.sentence(row).original == CHAPTERS[2][0]
    assert window.chapter_label.text() == CHAPTERS[2][0]
    window.panes.set_current(row - 1)  # the reader moves back into chapter two
    assert window.chapter_label.text() == CHAPTERS[1][0]
    assert contents.currentRow() == 1


def test_a_document_without_chapters_hides_the_contents(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, make_epub(tmp_path / "book.epub"))
    subtitles = tmp_path / "talk.srt"
    subtitles.write_text(SRT, encoding="utf-8")
    open_and_wait(qtbot, window, subtitles)
    assert not window.contents.isVisible() and window.contents.list.count() == 0
    assert window.chapter_label.text() == ""
    assert window.panes.panes[ORIGINAL].rendered(0).text == "你好，歡迎收看。"


def test_reopening_returns_to_the_sentence_where_the_reader_left(
        qtbot: QtBot, settings: Settings, sample_path: Path) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    open_and_wait(qtbot, first, sample_path)
    first.panes.set_current(37)
    first.close()
    again = MainWindow(Settings())  # read back from the settings file
    qtbot.addWidget(again)
    again.show()
    open_and_wait(qtbot, again, sample_path)
    qtbot.waitUntil(lambda: again.panes.current_row == 37, timeout=WAIT_MS)
    again.close()


def test_open_dialog_offers_every_format(window: MainWindow,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake_dialog(_parent: object, _title: str, _folder: str, filters: str
                    ) -> tuple[str, str]:
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    window.documents.choose()
    for pattern in ("*.txt", "*.md", "*.html", "*.epub", "*.docx", "*.pdf", "*.srt", "*.vtt"):
        assert pattern in asked[0]


def test_dropping_a_word_document_opens_it(qtbot: QtBot, window: MainWindow,
                                           tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_docx(tmp_path / "report.docx")))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        window.dropEvent(event)
    assert window.panes.panes[ORIGINAL].rendered(0).text == "年度報告"
    assert window.contents.list.count() == 3


def test_subtitle_times_stand_in_the_original_panes_margin(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    subtitles = tmp_path / "talk.srt"
    subtitles.write_text(SRT, encoding="utf-8")
    open_and_wait(qtbot, window, subtitles)
    original = window.panes.panes[ORIGINAL]
    assert original.cue_times == {0: "00:00:01", 9: "00:00:04", 18: "00:01:02"}
    other = window.panes.panes[CONVERTED]
    gutter = original.point_of(0, 0).x() - other.point_of(0, 0).x()
    assert gutter > 30  # the text moved right to make room for the time
    image = original.viewport().grab().toImage()
    top = original.point_of(0, 0).y()
    inked = [x for x in range(4, int(gutter)) for y in range(top - 6, top + 6)
             if image.pixelColor(x, y).lightness() < 160]
    assert inked, "no time drawn in the margin"
    # clicks still land on the character under the pointer
    assert original.point_of(1, 2).x() > original.point_of(1, 0).x()
