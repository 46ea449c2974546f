"""Characters outside the Basic Multilingual Plane (an emoji, CJK Extension B) before a glossary
name: Qt counts them as two UTF-16 units, Python as one character. The name is still tinted,
clicked and selected as itself in every pane and in the interlinear view."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot
from window_helpers import double_click, open_and_wait

from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN
from duizhao.ui.panes.sentence_rows import MARGIN

TEXT = "😀𠀀梅金斯基說，談判會繼續。\n"
GLOSSARY = ("traditional,simplified,pinyin,english,category,note\n"
            "梅金斯基,梅金斯基,Méijīnsījī,Vladimir Medinsky,person,\n")
ENGLISH_TEXT = "😀𠀀 Medinsky said the talks go on."
NAMES = {ORIGINAL: "梅金斯基", CONVERTED: "梅金斯基", PINYIN: "Méijīnsījī", ENGLISH: "Medinsky"}


def painted(text: str, start: int, length: int) -> str:
    """The characters a Qt format range (in UTF-16 units) covers, as the reader sees them."""
    units = text.encode("utf-16-le")[2 * start:2 * (start + length)]
    return units.decode("utf-16-le", errors="replace")


def utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.fixture
def astral_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    document = tmp_path / "astral.txt"
    document.write_text(TEXT, encoding="utf-8")
    document.with_name("astral.glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    open_and_wait(qtbot, window, document)
    sentence = window.model.sentence(0)
    window.model.set_translations([replace(sentence, translation=ENGLISH_TEXT,
                                           translation_source="test")])
    return window


@pytest.mark.parametrize("kind", [ORIGINAL, CONVERTED, PINYIN, ENGLISH])
def test_the_name_after_an_emoji_is_tinted_clicked_and_selected(
        qtbot: QtBot, astral_window: MainWindow, kind: str) -> None:
    window = astral_window
    pane = window.panes.panes[kind]
    text = pane.rendered(0).text
    name = NAMES[kind]
    at = text.index(name)
    assert text.index("😀") < at
    layout: QTextLayout = pane.layout_of(0)
    ranges = layout.formats()
    tinted = sorted({unit for r in ranges if r.format.background().style() != Qt.BrushStyle.NoBrush
                     for unit in range(r.start, r.start + r.length)})
    assert tinted == list(range(tinted[0], tinted[0] + len(tinted)))  # one stretch (the name)
    assert painted(text, tinted[0], len(tinted)) == name
    # no colour starts or ends inside a character (a split surrogate pair shows as �)
    assert all("\ufffd" not in painted(text, r.start, r.length) for r in ranges)

    # a click on the name's second character (found by Qt's own positions) opens its card
    pane.bring_into_view(0)
    line = layout.lineForTextPosition(utf16(text, at + 1))
    x = line.cursorToX(utf16(text, at + 1))[0]
    point = QPoint(int(MARGIN + x + 3), int(MARGIN + line.y() + line.height() / 2)
                   - pane.verticalScrollBar().value())
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    entry = window.side.shown_entry()
    assert entry is not None and entry.traditional == "梅金斯基"
    assert pane.point_of(0, at + 1) == point

    # a double click selects the name, which is what "Add Selection to Glossary" takes; in
    # the English pane it opens the sentence's English for editing
    double_click(pane, 0, at + 1)
    if kind == ENGLISH:
        assert window.editing.editor.isVisible() and window.editing.editor.row == 0
        return
    assert pane.selected_text() == name


def test_the_interlinear_view_tints_the_name_after_an_emoji(astral_window: MainWindow) -> None:
    window = astral_window
    window.actions_.interlinear.setChecked(True)
    view = window.panes.interlinear
    sentence = window.model.sentence(0)
    layout = view._delegate.layout(0, sentence, view.viewport().width())
    assert [box.text for box in layout.boxes if box.term >= 0] == ["梅金斯基"]
    assert [box.text for box in layout.boxes][:3] == ["😀", "𠀀", "梅金斯基"]
    window.actions_.interlinear.setChecked(False)


def test_offsets_convert_both_ways_around_astral_characters() -> None:
    from duizhao.ui.panes.utf16 import from_qt, to_qt

    text = "a😀𠀀b"
    assert [to_qt(text, i) for i in range(5)] == [0, 1, 3, 5, 6]
    assert [from_qt(text, p) for p in range(7)] == [0, 1, 1, 2, 2, 3, 4]
    assert to_qt("梅金", 2) == 2 and from_qt("梅金", 1) == 1
