"""File › Export from the window, as a reader with any pinyin preference uses it: each export
style shows the document's one reading (重回 chónghuí), in HTML and in the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.ui.dialogs.export_dialog import ExportDialog
from duizhao.ui.main_window import MainWindow

TEXT = "俄羅斯、烏克蘭高級官員終于重回談判桌前。"
SHOWN = {
    PinyinStyle.MARKS: "Éluósī、 Wūkèlán gāojí guānyuán zhōngyú chónghuí tánpànzhuō qián。",
    PinyinStyle.NUMBERS:
        "E2luo2si1、 Wu1ke4lan2 gao1ji2 guan1yuan2 zhong1yu2 chong2hui2 tan2pan4zhuo1 qian2。",
    PinyinStyle.PLAIN: "Eluosi、 Wukelan gaoji guanyuan zhongyu chonghui tanpanzhuo qian。",
    PinyinStyle.ZHUYIN: "ㄜˊ ㄌㄨㄛˊ ㄙ、 ㄨ ㄎㄜˋ ㄌㄢˊ ㄍㄠ ㄐㄧˊ ㄍㄨㄢ ㄩㄢˊ ㄓㄨㄥ ㄩˊ "
                        "ㄔㄨㄥˊ ㄏㄨㄟˊ ㄊㄢˊ ㄆㄢˋ ㄓㄨㄛ ㄑㄧㄢˊ。",
}


def export(qtbot: QtBot, window: MainWindow, path: Path, style: PinyinStyle) -> None:
    dialog = ExportDialog(window.model.document, settings_path=path.with_name("export.ini"))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    dialog.pinyin_box.setCurrentIndex(dialog.pinyin_box.findData(style.value))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=WAIT_MS)
    assert dialog.written_path == path


@pytest.mark.parametrize("preference", list(PinyinStyle))
def test_window_exports_show_the_reading_whatever_the_preference(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, preference: PinyinStyle) -> None:
    window.settings.set_pinyin_style(preference)
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.open_text(TEXT)
    for style in PinyinStyle:
        out = tmp_path / f"{style.value}.html"
        export(qtbot, window, out, style)
        soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one("tr.sentence td.pinyin").get_text() == SHOWN[style]


@pytest.mark.parametrize("style", [PinyinStyle.NUMBERS, PinyinStyle.MARKS])
def test_window_pdf_shows_the_reading(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                      style: PinyinStyle) -> None:
    window.settings.set_pinyin_style(PinyinStyle.ZHUYIN)
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.open_text(TEXT)
    out = tmp_path / "talks.pdf"
    export(qtbot, window, out, style)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert SHOWN[style].split()[5] in text  # chong2hui2 / chónghuí
