"""A big Markdown book is read in parts: its first screen is shown before the rest is parsed,
the document and the Contents grow as the parts come, and at the end everything is as if the
book had been read at once — the person's English included, also for a book that was moved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from duizhao.core.document import Status
from duizhao.core.language import convert
from duizhao.core.pipeline import Annotator
from duizhao.core.text.formats import markdown
from duizhao.core.text.load import load_text_file
from duizhao.ui.main_window import MainWindow
from duizhao.ui.settings import Settings

CHAPTERS = 12


@pytest.fixture(autouse=True)
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test-sized book read in as many parts as a real book (64K characters a part)."""
    monkeypatch.setattr(markdown, "PART_CHARS", 3000)
    monkeypatch.setattr(convert, "_WINDOW", 2000)
    monkeypatch.setattr(convert, "DECIDING_CHARACTERS", 300)


def write_book(folder: Path, sample_text: str, name: str = "book.md") -> Path:
    paragraphs = [p for p in sample_text.split("\n") if p.strip()]
    book = folder / name
    book.write_text("".join(f"# 第{n}章\n\n" + "\n\n".join(paragraphs) + "\n\n"
                            for n in range(1, CHAPTERS + 1)), encoding="utf-8")
    return book


def open_book(qtbot: QtBot, window: MainWindow, book: Path) -> dict[str, int]:
    """Open ``book``; what the window had when the first screen was shown."""
    seen: dict[str, int] = {}

    def first_screen() -> None:
        seen["text"] = len(window.model.document.text)
        seen["chapters"] = window.contents.list.count()

    window.session.opened.connect(first_screen)
    with qtbot.waitSignal(window.document_ready, timeout=WAIT_MS):
        window.open_file(book)
    window.session.opened.disconnect(first_screen)
    return seen


def test_the_first_screen_comes_before_the_book_is_parsed_and_the_end_is_the_same(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, sample_text: str) -> None:
    book = write_book(tmp_path, sample_text)
    whole = load_text_file(book)
    seen = open_book(qtbot, window, book)
    assert seen["text"] < len(whole.text) // 2  # shown before half the book was parsed
    assert 0 < seen["chapters"] < CHAPTERS
    document = window.model.document
    assert document.text == whole.text
    assert tuple(document.chapters) == whole.chapters
    contents = window.contents.list
    assert [contents.item(i).text() for i in range(contents.count())] == [
        f"第{n}章" for n in range(1, CHAPTERS + 1)]
    at_once = Annotator().annotate_text(whole.text)
    assert [(s.id, s.start, s.original, s.simplified) for s in window.model.sentences()] == [
        (s.id, s.start, s.original, s.simplified) for s in at_once.sentences()]
    assert document.source.script == at_once.source.script
    # a chapter far into the book, chosen in the Contents, is where its heading is
    window.place.go_to_offset(document.chapters[-1].start)
    assert window.model.sentence(window.panes.current_row).original == f"第{CHAPTERS}章"
    assert window.chapter_label.text() == f"第{CHAPTERS}章"


def test_the_english_of_a_book_read_in_parts_is_kept_when_it_is_moved_or_changed(
        qtbot: QtBot, window: MainWindow, settings: Settings, tmp_path: Path,
        sample_text: str) -> None:
    book = write_book(tmp_path, sample_text)
    open_book(qtbot, window, book)
    rows = window.model.rowCount()
    # a sentence every chapter has, edited in the last chapter only, and the last heading
    repeated = rows - 2
    heading = next(row for row in range(rows)
                   if window.model.sentence(row).original == f"第{CHAPTERS}章")
    window.session.translation.edit(2, "Early in the book.")
    window.session.translation.edit(repeated, "Only in the last chapter.")
    window.session.translation.edit(heading, "The last chapter.")
    window.close()  # saves the workspace

    def english(again: MainWindow) -> dict[int, str]:
        return {row: s.translation for row, s in enumerate(again.model.sentences())
                if s.translation_source == "user"}

    edited = {2: "Early in the book.", repeated: "Only in the last chapter.",
              heading: "The last chapter."}
    again = reopen(qtbot, settings)  # the same path: its English is there on the first screen
    seen: dict[str, str | None] = {}
    again.session.opened.connect(
        lambda: seen.setdefault("early", again.model.sentence(2).translation))
    open_book(qtbot, again, book)
    assert seen["early"] == "Early in the book."
    assert english(again) == edited
    again.close()

    moved = book.rename(tmp_path / "renamed.md")  # found again by its text, once all read
    third = reopen(qtbot, settings)
    open_book(qtbot, third, moved)
    assert english(third) == edited
    assert third.model.sentence(heading).status is Status.EDITED
    third.close()

    # changed in place: a paragraph more at the start; the English goes by the sentences' text
    moved.write_text("# 序\n\n新的一段。\n\n" + moved.read_text("utf-8"), encoding="utf-8")
    fourth = reopen(qtbot, settings)
    open_book(qtbot, fourth, moved)
    shown = english(fourth)
    assert "The last chapter." in shown.values() and "Early in the book." in shown.values()
    assert fourth.model.sentence(heading + 2).translation == "The last chapter."
    fourth.close()


def reopen(qtbot: QtBot, settings: Settings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window
