"""Preferences a reader changes: UI language (ours and Qt's own strings), pinyin style, zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from window_helpers import open_and_wait

from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.storage.paths import config_dir
from duizhao.ui import i18n
from duizhao.ui.dialogs.preferences import PreferencesDialog
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import PINYIN
from duizhao.ui.settings import Settings


def _choose_language(qtbot: QtBot, window: MainWindow, code: str, file_menu: str) -> None:
    dialog = PreferencesDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.accept()
    # Qt delivers LanguageChange to the widgets as posted events
    qtbot.waitUntil(lambda: window.actions_.file_menu.title() == file_menu, timeout=5000)


def test_switching_to_simplified_chinese_shows_chinese_menus(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    assert window.actions_.file_menu.title() == "&File"
    _choose_language(qtbot, window, "zh_CN", "文件(&F)")
    assert i18n.current_language() == "zh_CN"
    assert window.actions_.open.text() == "打开(&O)…"
    assert window.panes.frames[PINYIN].title.text() == "拼音"
    # Qt's own strings follow: standard dialog buttons
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    # remembered for the next start
    assert Settings().language() == "zh_CN"

    _choose_language(qtbot, window, "zh_TW", "檔案(&F)")
    assert window.actions_.open.text() == "開啟(&O)…"
    _choose_language(qtbot, window, "en", "&File")


def test_language_follows_the_locale_when_not_chosen() -> None:
    assert i18n.language_for_locale("zh_CN") == "zh_CN"
    assert i18n.language_for_locale("zh_TW") == "zh_TW"
    assert i18n.language_for_locale("zh_HK") == "zh_TW"
    assert i18n.language_for_locale("de_DE") == "en"


def test_pinyin_style_change_restyles_without_annotating_again(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    pane = window.panes.panes[PINYIN]
    readings = [t.pinyin for s in window.model.document.sentences() for t in s.tokens]
    assert pane.rendered(0).text.startswith("lìshí")
    with qtbot.assertNotEmitted(window.document_ready, wait=300):
        window.settings.set_pinyin_style("numbers")
    assert pane.rendered(0).text.startswith("li4shi2")
    window.settings.set_pinyin_style(PinyinStyle.ZHUYIN)
    assert pane.rendered(0).text.startswith("ㄌㄧˋ ㄕˊ")
    window.actions_.interlinear.setChecked(True)
    view = window.panes.interlinear
    layout = view._delegate.layout(0, window.model.sentence(0), view.viewport().width())
    assert [box.reading for box in layout.boxes if box.reading][0] == "ㄌㄧˋ ㄕˊ"
    window.settings.set_pinyin_style("marks")
    assert pane.rendered(0).text.startswith("lìshí")
    # the document kept its readings throughout
    assert readings == [t.pinyin for s in window.model.document.sentences() for t in s.tokens]


def test_saved_pinyin_styles_load() -> None:
    # as earlier versions wrote them (plain text) and as this one does (JSON)
    for saved, style in (("marks", PinyinStyle.MARKS), ("numbers", PinyinStyle.NUMBERS),
                         ("zhuyin", PinyinStyle.ZHUYIN), ('"plain"', PinyinStyle.PLAIN),
                         ("none", PinyinStyle.PLAIN), ("ipa", PinyinStyle.MARKS)):
        config_dir().mkdir(parents=True, exist_ok=True)
        (config_dir() / "duizhao.ini").write_text(f"[view]\npinyin_style={saved}\n",
                                                  encoding="utf-8")
        assert Settings().pinyin_style() is style


def test_zoom_shortcuts_change_the_font_size(qtbot: QtBot, window: MainWindow) -> None:
    size = window.settings.font_size()
    window.actions_.zoom_in.trigger()
    assert window.settings.font_size() == size + 1
    pane = window.panes.panes["original"]
    assert pane.text_font().pointSize() == size + 1
    window.actions_.zoom_out.trigger()
    window.actions_.zoom_out.trigger()
    assert window.settings.font_size() == size - 1


def test_window_size_is_remembered_as_plain_data(qtbot: QtBot, settings: Settings) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    stored = (config_dir() / "duizhao.ini").read_text(encoding="latin-1")
    assert "geometry = \"" in stored and "@" not in stored  # plain hex: no Qt or pickled types
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_tone_sandhi_shows_yi_and_bu_as_spoken_without_annotating_again(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    document = tmp_path / "sandhi.txt"
    document.write_text("他不是老師。我們一起去，一天就到。", encoding="utf-8")
    open_and_wait(qtbot, window, document)
    pane = window.panes.panes[PINYIN]
    assert "bù shì" in pane.rendered(0).text.replace("bùshì", "bù shì")
    sentence = window.model.sentence(0)
    window.settings.set_tone_sandhi(True)
    assert window.model.sentence(0) is sentence  # restyled, not annotated again
    spoken = pane.rendered(0).text + " " + pane.rendered(1).text
    assert "búshì" in spoken and "yìqǐ" in spoken and "yì tiān" in spoken
    assert [t.pinyin for t in window.model.sentence(0).tokens if "不" in t.text] == \
        ["bu4 shi4"]  # the document keeps the citation tones
    window.settings.set_tone_sandhi(False)
    assert "bú" not in pane.rendered(0).text
