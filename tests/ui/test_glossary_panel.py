"""The glossary panel in the reading window: filter, add/edit/delete with undo, highlights
updated at once, suggest names, selection and dictionary card, import/export, plain notes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.files import backup_path, load_glossary, save_glossary
from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL
from duizhao.ui import i18n
from duizhao.ui.dialogs.glossary_entry_dialog import GlossaryEntryDialog
from duizhao.ui.docks.glossary_panel import GlossaryPanel
from duizhao.ui.main_window import MainWindow
from duizhao.ui.models.glossary_model import HiddenRole, toneless
from duizhao.ui.panes.render import ORIGINAL

WAIT_MS = 60_000
ANDREI = GlossaryEntry("安德烈", "安德烈", "Andrey", "person", "Āndéliè")


@pytest.fixture
def document(tmp_path: Path, sample_path: Path, sample_glossary_path: Path) -> Path:
    """A copy of the sample with its glossary beside it (so saves go to tmp_path)."""
    path = tmp_path / "article.txt"
    shutil.copy(sample_path, path)
    shutil.copy(sample_glossary_path, tmp_path / "article.glossary.csv")
    return path


@pytest.fixture
def gwindow(window: MainWindow) -> MainWindow:
    """The window the glossary tests work in (conftest's, shown, in English)."""
    return window


def open_document(qtbot: QtBot, window: MainWindow, path: Path) -> GlossaryPanel:
    panel = window.glossary_panel
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.open_file(path)
    window.docks.show_glossary()
    return panel


@pytest.fixture
def panel(qtbot: QtBot, gwindow: MainWindow, document: Path) -> GlossaryPanel:
    return open_document(qtbot, gwindow, document)


def accept_with(**fields: str) -> Callable[[GlossaryEntryDialog], bool]:
    """Stands in for the user: types ``fields`` into the dialog and presses OK."""
    def run(dialog: GlossaryEntryDialog) -> bool:
        for name, value in fields.items():
            if name == "note":
                dialog.note.setPlainText(value)
            elif name == "kind":
                dialog.glossary.setCurrentIndex(dialog.glossary.findData(value))
            else:
                getattr(dialog, name).setText(value)
        dialog.accept()
        return dialog.result() == GlossaryEntryDialog.DialogCode.Accepted
    return run


def hits(window: MainWindow, form: str) -> list[GlossaryEntry]:
    return [hit.entry for s in window.model.sentences() for hit in s.terms if hit.text == form]


def visible_rows(panel: GlossaryPanel) -> list[str]:
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def test_panel_lists_the_document_glossary_and_filters(panel: GlossaryPanel,
                                                       gwindow: MainWindow) -> None:
    assert gwindow.glossary_dock.isVisible()
    assert panel.proxy.rowCount() == 21
    for query, expected in (("wumeiluofu", ["烏梅羅夫"]), ("乌梅罗夫", ["烏梅羅夫"]),
                            ("烏梅羅夫", ["烏梅羅夫"]), ("ZELENSKY", ["澤連斯基"]),
                            ("ze lian", ["澤連斯基"]), ("Wū méi", ["烏梅羅夫"])):
        panel.search.setText(query)
        assert visible_rows(panel) == expected, query
    panel.search.clear()
    panel.category.setCurrentIndex(panel.category.findData("organisation"))
    assert set(visible_rows(panel)) == {"中國新聞周刊", "俄羅斯國際事務委員會", "國家杜馬",
                                        "歐洲安全組織"}
    assert toneless("Kē'ěrtúnuòfū") == toneless("ke1 er3 tu2 nuo4 fu1") == "keertunuofu"


def test_add_highlights_at_once_saves_and_undoes(qtbot: QtBot, panel: GlossaryPanel,
                                                 gwindow: MainWindow, document: Path) -> None:
    assert hits(gwindow, "安德烈") == []
    panel._run_entry_dialog = accept_with(  # type: ignore[method-assign]
        traditional="安德烈", english="Andrey", pinyin="Āndéliè")
    assert panel.add_new()
    (entry,) = set(hits(gwindow, "安德烈"))
    assert (entry.simplified, entry.english) == ("安德烈", "Andrey")
    row = next(r for r, s in enumerate(gwindow.model.sentences()) if "安德烈" in s.original)
    rendered = gwindow.panes.panes[ORIGINAL].rendered(row)
    assert any(rendered.text[s.start:s.end] == "安德烈" for s in rendered.terms)
    csv = document.with_name("article.glossary.csv")
    qtbot.waitUntil(lambda: "安德烈" in csv.read_text(encoding="utf-8"), timeout=5000)
    assert panel.selected() == [(DOCUMENT, entry)]

    panel.undo_action.trigger()
    assert hits(gwindow, "安德烈") == []
    rendered = gwindow.panes.panes[ORIGINAL].rendered(row)
    assert not any(rendered.text[s.start:s.end] == "安德烈" for s in rendered.terms)
    qtbot.waitUntil(lambda: "安德烈" not in csv.read_text(encoding="utf-8"), timeout=5000)
    panel.redo_action.trigger()
    assert set(hits(gwindow, "安德烈")) == {entry}
    assert len(load_glossary(backup_path(csv))) >= 21  # the previous version is kept


def test_edit_and_delete_with_undo(panel: GlossaryPanel, gwindow: MainWindow) -> None:
    gwindow.side.show_entry(hits(gwindow, "澤連斯基")[0])  # the reader has its card open
    card = gwindow.side.glossary_card
    panel.search.setText("Zelensky")
    panel.table.selectRow(0)
    panel._run_entry_dialog = accept_with(english="Volodymyr Zelenskyy")  # type: ignore[method-assign]
    assert panel.edit_selected()
    found = hits(gwindow, "澤連斯基")
    assert len(found) == 17 and {e.english for e in found} == {"Volodymyr Zelenskyy"}
    assert card.english.text() == "Volodymyr Zelenskyy"  # the open card follows the edit
    panel.table.selectRow(0)
    panel.delete_action.trigger()
    assert hits(gwindow, "澤連斯基") == []
    assert panel.proxy.rowCount() == 0
    panel.undo_action.trigger()
    assert len(hits(gwindow, "澤連斯基")) == 17
    panel.undo_action.trigger()
    assert {e.english for e in hits(gwindow, "澤連斯基")} == {"Volodymyr Zelensky"}
    assert card.english.text() == "Volodymyr Zelensky"
    assert panel.edits.undo_stack.undoText() == ""


def test_note_is_shown_as_plain_text(panel: GlossaryPanel) -> None:
    note = "<b>not bold</b> & <a href='x'>no link</a>\nsecond line"
    panel._run_entry_dialog = accept_with(  # type: ignore[method-assign]
        traditional="安德烈", english="Andrey", note=note)
    assert panel.add_new()
    assert panel.detail.textFormat() == Qt.TextFormat.PlainText
    assert note in panel.detail.text()
    row = panel.model.find_row(DOCUMENT, panel.selected()[0][1])
    tooltip = panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in tooltip and "<b>" not in tooltip


def test_document_entry_wins_over_personal_and_card_says_so(panel: GlossaryPanel,
                                                            gwindow: MainWindow) -> None:
    panel._run_entry_dialog = accept_with(  # type: ignore[method-assign]
        traditional="普京", english="Putin (personal)", kind=PERSONAL)
    assert panel.add_new()
    row = panel.model.find_row(PERSONAL, panel.selected()[0][1])
    assert panel.model.index(row, 0).data(HiddenRole) is True
    assert {e.english for e in hits(gwindow, "普京")} == {"Vladimir Putin"}
    putin = next(e for e in hits(gwindow, "普京"))
    gwindow.side.show_entry(putin)
    origin = gwindow.side.glossary_card.findChild(type(panel.detail), "cardOrigin")
    assert "article.glossary.csv" in origin.text()
    assert "precedence over your personal entry" in origin.text()
    # Personal-only entries say so too.
    panel._run_entry_dialog = accept_with(  # type: ignore[method-assign]
        traditional="安德烈", english="Andrey", kind=PERSONAL)
    assert panel.add_new()
    gwindow.side.show_entry(hits(gwindow, "安德烈")[0])
    assert "personal glossary" in origin.text()


def test_suggest_names_adds_a_name_in_one_click(qtbot: QtBot, gwindow: MainWindow,
                                                document: Path) -> None:
    glossary_file = document.with_name("article.glossary.csv")
    glossary = load_glossary(glossary_file)
    kortunov = glossary.lookup("科爾圖諾夫")
    assert kortunov is not None
    glossary.remove(kortunov)
    save_glossary(glossary, glossary_file)
    panel = open_document(qtbot, gwindow, document)
    assert hits(gwindow, "科爾圖諾夫") == []

    def click_kortunov(dialog) -> None:  # type: ignore[no-untyped-def]
        names = [s.text for s in dialog.suggestions]
        assert names[0] == "科爾圖諾夫" and dialog.suggestions[0].count == 11
        qtbot.mouseClick(dialog.buttons_by_name["科爾圖諾夫"], Qt.MouseButton.LeftButton)
        assert not dialog.buttons_by_name["科爾圖諾夫"].isEnabled()

    panel._run_dialog = click_kortunov  # type: ignore[method-assign]
    panel.suggest_names()
    found = hits(gwindow, "科爾圖諾夫")
    assert len(found) == 11
    assert (found[0].simplified, found[0].category) == ("科尔图诺夫", "person")
    assert found[0].pinyin


def test_add_from_a_selection_and_from_the_dictionary_card(qtbot: QtBot, panel: GlossaryPanel,
                                                           gwindow: MainWindow) -> None:
    pane = gwindow.panes.panes[ORIGINAL]
    row = next(r for r, s in enumerate(gwindow.model.sentences()) if "安德烈" in s.original)
    at = gwindow.model.sentence(row).original.index("安德烈")
    # drag over the name with the mouse, as a reader selects it
    pane.bring_into_view(row)
    start, end = pane.point_of(row, at), pane.point_of(row, at + 3)
    start.setX(start.x() - 3)
    end.setX(end.x() - 3)
    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(pane.viewport(), end)
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert pane.selected_text() == "安德烈"
    seen: list[GlossaryEntry] = []

    def accept_prefilled(dialog: GlossaryEntryDialog) -> bool:
        seen.append(dialog.entry())
        return True

    panel._run_entry_dialog = accept_prefilled  # type: ignore[method-assign]
    assert panel.add_selection()
    assert seen[0].traditional == "安德烈" and "Andre" in seen[0].english and seen[0].pinyin
    assert len(hits(gwindow, "安德烈")) == 1

    card_entry = GlossaryEntry("談判", "谈判", "negotiation", "term", "tánpàn")
    gwindow.add_to_glossary_requested.emit(card_entry)
    assert seen[-1] == card_entry
    assert set(hits(gwindow, "談判")) == {card_entry}


def test_selection_without_chinese_is_refused(panel: GlossaryPanel) -> None:
    panel._run_entry_dialog = lambda dialog: pytest.fail("no dialog expected")  # type: ignore
    assert not panel.add_selection()
    assert "Select" in panel.message.text()


def test_import_of_malformed_file_imports_nothing_unless_accepted(
        panel: GlossaryPanel, gwindow: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "import.csv"
    bad.write_text("traditional,simplified,english\n安德烈,,Andrey\n,,broken\n談判,,talks\n",
                   encoding="utf-8")
    panel.files._accept_partial = lambda problems, good, source: False  # type: ignore
    assert panel.import_file(str(bad)) == 0
    assert "line 3" in panel.message.text() and panel.proxy.rowCount() == 21
    panel.files._accept_partial = lambda problems, good, source: good == 2  # type: ignore
    assert panel.import_file(str(bad)) == 2
    assert panel.proxy.rowCount() == 23 and len(hits(gwindow, "安德烈")) == 1
    panel.undo_action.trigger()  # one step undoes the whole import
    assert panel.proxy.rowCount() == 21 and hits(gwindow, "安德烈") == []


def test_export_writes_the_listed_entries(panel: GlossaryPanel, tmp_path: Path) -> None:
    target = tmp_path / "out.tbx"
    assert panel.export_file(str(target))
    assert len(load_glossary(target)) == 21
    panel.search.setText("person")  # not a field: nothing matches…
    panel.search.setText("Putin")
    assert panel.export_file(str(tmp_path / "putin.csv"))
    assert [e.traditional for e in load_glossary(tmp_path / "putin.csv")] == ["普京"]


def test_corrupt_glossary_opens_with_last_good_copy(qtbot: QtBot, gwindow: MainWindow,
                                                    document: Path) -> None:
    glossary_file = document.with_name("article.glossary.csv")
    glossary = load_glossary(glossary_file)
    save_glossary(glossary, glossary_file)  # the backup now holds a good copy
    corrupt = b"traditional,simplified\n\xff\xfe broken"
    glossary_file.write_bytes(corrupt)
    panel = open_document(qtbot, gwindow, document)
    assert panel.proxy.rowCount() == 21
    assert len(hits(gwindow, "澤連斯基")) == 17
    assert "last good copy" in panel.message.text() and "line 2" in panel.message.text()
    assert glossary_file.read_bytes() == corrupt


def test_closing_the_window_right_after_an_edit_saves_it(panel: GlossaryPanel,
                                                         gwindow: MainWindow,
                                                         document: Path) -> None:
    panel._run_entry_dialog = accept_with(traditional="安德烈", english="Andrey")  # type: ignore
    assert panel.add_new()
    gwindow.close()  # before the delayed save has run
    assert "安德烈" in document.with_name("article.glossary.csv").read_text(encoding="utf-8")


def test_pasted_text_adds_to_the_personal_glossary(qtbot: QtBot, gwindow: MainWindow) -> None:
    from duizhao.core.glossary.glossary_set import personal_glossary_path

    panel = gwindow.glossary_panel
    with qtbot.waitSignal(gwindow.document_ready, timeout=WAIT_MS):
        gwindow.open_text("俄羅斯總統助理梅金斯基和烏梅羅夫見面。")
    assert panel.target.currentData() == PERSONAL
    panel._run_entry_dialog = accept_with(traditional="梅金斯基", english="Medinsky")  # type: ignore
    assert panel.add_new()
    assert len(hits(gwindow, "梅金斯基")) == 1
    panel.edits.save()
    assert "梅金斯基" in personal_glossary_path().read_text(encoding="utf-8")


def test_the_glossary_texts_follow_the_ui_language(qtbot: QtBot, panel: GlossaryPanel,
                                                   gwindow: MainWindow) -> None:
    try:
        i18n.apply_language("zh_TW")
        qtbot.waitUntil(lambda: gwindow.glossary_dock.windowTitle() == "術語表",
                        timeout=5000)
        assert gwindow.actions_.add_selection.text() == "將所選內容加入術語表(&S)…"
        assert (panel.undo_button.text(), panel.redo_button.text()) == ("復原", "重做")
        headings = [panel.model.headerData(c, Qt.Orientation.Horizontal)
                    for c in range(panel.model.columnCount())]
        assert headings == ["繁體", "簡體", "拼音", "英文", "類別", "術語表", "備註"]
        gwindow.side.show_entry(hits(gwindow, "普京")[0])
        origin = gwindow.side.glossary_card.findChild(type(panel.detail), "cardOrigin")
        assert origin.text() == "來自本文件的術語表（article.glossary.csv）。"
    finally:
        i18n.apply_language("en")
