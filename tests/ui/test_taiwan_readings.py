"""Taiwan readings in the window (issue 15): with the Taiwan conversion the pinyin is Taiwan's
where CC-CEDICT notes it (垃圾 lèsè, 星期 xīngqí), zhuyin too; the dictionary card gives both
readings; the Standard conversion keeps the mainland's."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, click

from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.language.taiwan import TaiwanReadings
from duizhao.ui.dialogs.preferences import PreferencesDialog
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import ORIGINAL, PINYIN

TEXT = "這個星期的垃圾很多。"


def _open(qtbot: QtBot, window: MainWindow) -> str:
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.open_text(TEXT)
    return str(window.panes.panes[PINYIN].rendered(0).text)


def test_the_taiwan_conversion_reads_taiwans_readings(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PreferencesDialog(window.settings, window)
    assert dialog.taiwan_readings.currentData() == TaiwanReadings.AUTO.value
    dialog.variant.setCurrentIndex(dialog.variant.findData("tw2s"))
    dialog.accept()
    shown = _open(qtbot, window)
    assert "xīngqí de lèsè" in shown
    window.settings.set_pinyin_style(PinyinStyle.ZHUYIN)
    assert "ㄒㄧㄥ ㄑㄧˊ" in window.panes.panes[PINYIN].rendered(0).text
    window.settings.set_pinyin_style(PinyinStyle.MARKS)
    click(qtbot, window.panes.panes[ORIGINAL], 0, TEXT.index("垃圾"))
    card = window.side.dictionary_card
    assert card.token is not None and card.token.text == "垃圾"
    assert card.reading.text() == "lèsè"
    assert "lā jī · Taiwan lè sè" in card.body.toPlainText()
    # turned off, the document is read again with the mainland's readings
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.settings.set_taiwan_readings(TaiwanReadings.OFF)
    assert "xīngqī de lājī" in window.panes.panes[PINYIN].rendered(0).text


def test_the_standard_conversion_keeps_the_mainlands_readings(
        qtbot: QtBot, window: MainWindow) -> None:
    window.settings.set_variant("t2s")
    assert "xīngqī de lājī" in _open(qtbot, window)
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.settings.set_taiwan_readings(TaiwanReadings.ON)
    assert "xīngqí de lèsè" in window.panes.panes[PINYIN].rendered(0).text
