"""The side-by-side panes on a long document: only the rows in view are laid out, yet every
sentence can be reached, clicked, selected and copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import click, double_click, open_and_wait

from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN


def test_a_long_document_reaches_its_last_sentence_in_every_pane(
        qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("\n".join([sample_path.read_text(encoding="utf-8")] * 10), encoding="utf-8")
    open_and_wait(qtbot, window, long)
    rows = window.model.rowCount()
    assert rows > 1000
    panes = window.panes.panes
    assert all(pane.row_count() == rows for pane in panes.values())
    last = rows - 1
    window.panes.set_current(last)
    for kind in (ORIGINAL, CONVERTED, PINYIN, ENGLISH):
        pane = panes[kind]
        assert pane.viewport().rect().contains(pane.point_of(last, 0)), kind
    # sentences follow each other without overlapping, in every pane
    for pane in panes.values():
        for row in range(last - 5, last):
            end = len(pane.rendered(row).text) - 1
            assert pane.point_of(row + 1, 0).y() > pane.point_of(row, end).y()
    click(qtbot, panes[ENGLISH], last - 3, 0)
    assert [pane.current_row for pane in panes.values()] == [last - 3] * 4
    # scrolling back to the top brings every pane back to the first sentence
    panes[PINYIN].verticalScrollBar().setValue(0)
    assert all(pane.top_anchor()[0] == 0 for pane in panes.values())


def test_a_selection_across_two_sentences_is_copied(qtbot: QtBot,
                                                    sample_window: MainWindow) -> None:
    pane = sample_window.panes.panes[ORIGINAL]
    first, second = (sample_window.model.sentence(r).original for r in (3, 4))
    pane.bring_into_view(3)
    start = pane.point_of(3, len(first) - 3)
    end = pane.point_of(4, 2)
    start.setX(start.x() - 3)
    end.setX(end.x() - 3)
    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(pane.viewport(), end)
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert pane.selected_text() == f"{first[-3:]}\n{second[:2]}"
    pane.setFocus()
    sample_window.actions_.copy.trigger()
    assert QApplication.clipboard().text() == f"{first[-3:]}\n{second[:2]}"
    # a plain click on a sentence clears the selection
    click(qtbot, pane, 5, 1)
    assert not pane.has_selection()


def test_reading_with_the_keyboard_moves_the_current_sentence_in_every_pane(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panes = sample_window.panes.panes
    pinyin = panes[PINYIN]
    click(qtbot, pinyin, 2, 0)
    qtbot.keyClick(pinyin, Qt.Key.Key_Down)
    qtbot.keyClick(pinyin, Qt.Key.Key_Down)
    assert [pane.current_row for pane in panes.values()] == [4] * 4
    qtbot.keyClick(pinyin, Qt.Key.Key_Up)
    assert panes[ORIGINAL].current_row == 3
    # a screen reader is told the sentence being read, in each pane's own form
    sentence = sample_window.model.sentence(3)
    assert panes[ORIGINAL].accessibleDescription() == sentence.original
    assert panes[CONVERTED].accessibleDescription() == sentence.simplified
    assert panes[ORIGINAL].accessibleName() == "Original (Traditional)"
    last = sample_window.model.rowCount() - 1
    qtbot.keyClick(pinyin, Qt.Key.Key_End)
    for pane in panes.values():
        assert pane.current_row == last
        assert pane.viewport().rect().contains(pane.point_of(last, 0))
    qtbot.keyClick(pinyin, Qt.Key.Key_Home)
    assert panes[ENGLISH].current_row == 0


def test_a_double_click_selects_the_word_under_the_pointer(qtbot: QtBot,
                                                           sample_window: MainWindow) -> None:
    pane = sample_window.panes.panes[ORIGINAL]
    row = next(r for r, s in enumerate(sample_window.model.sentences()) if "梅金斯基" in s.original)
    sentence = sample_window.model.sentence(row)
    double_click(pane, row, sentence.original.index("梅金斯基") + 1)
    assert pane.selected_text() == "梅金斯基"
    # its first click showed the name's card, as a single click does
    assert sample_window.side.shown_entry().traditional == "梅金斯基"  # type: ignore[union-attr]
    word = sentence.tokens[0]  # 當地, an ordinary word
    double_click(pane, row, word.start - sentence.start)
    assert pane.selected_text() == word.text
    pane.setFocus()
    sample_window.actions_.copy.trigger()
    assert QApplication.clipboard().text() == word.text


def test_english_pane_marks_the_glossary_name_the_translation_checks() -> None:
    """The pane highlights the same English head the translation is checked for, whatever
    punctuation ends the name in the glossary (here a full-width comma)."""
    from duizhao.core.document import GlossaryEntry, Sentence, TermHit
    from duizhao.core.translate.terms import missing, term_english
    from duizhao.ui.panes.render import render_english

    entry = GlossaryEntry("梅金斯基", "梅金斯基", "Vladimir Medinsky，aide to the president",
                          "person")
    sentence = Sentence(0, 0, 4, "梅金斯基", "梅金斯基", "梅金斯基", "Méijīnsījī",
                        terms=[TermHit(0, 4, "梅金斯基", entry)],
                        translation="Vladimir Medinsky arrived.")
    assert missing(sentence.translation, [term_english(entry)]) == []
    [span] = render_english(sentence).terms
    assert sentence.translation[span.start:span.end] == "Vladimir Medinsky"


def test_a_resize_between_a_new_document_and_its_first_screen_shows_the_new_rows(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Something laying the window out while a new document replaces the old one (a dock
    shown, the window resized) must meet the new rows, not the old ones."""
    from duizhao.core.document import Document, Source

    window = sample_window
    old = window.model.document
    shorter = Document(Source(None, "utf-8", old.source.script), old.text,
                       old.paragraphs[:1])
    window.model.reset(shorter)  # as a new document's first batch does, before `opened`
    window.resize(window.width() - 120, window.height())
    window.contents.show()
    QApplication.processEvents()
    rows = window.model.rowCount()
    assert rows < 108
    for pane in window.panes.panes.values():
        assert pane.row_count() == rows


def test_a_document_arriving_moves_no_pane_in_a_narrow_window(
        qtbot: QtBot, window: MainWindow, sample_path: Path, sample_glossary_path: Path) -> None:
    """Every width change lays the rows out again: the panes and the side panel keep their
    widths when a document arrives, however long its pane titles ("English (word-by-word
    gloss)" in a pane a hundred pixels wide)."""
    window.resize(800, 770)
    qtbot.waitUntil(lambda: window.width() == 800)
    QApplication.processEvents()
    frames = window.panes.frames
    widths = [frame.width() for frame in frames.values()]
    sides = window.body.sizes()
    open_and_wait(qtbot, window, sample_path, sample_glossary_path)
    QApplication.processEvents()
    assert [frame.width() for frame in frames.values()] == widths
    assert window.body.sizes() == sides
    english = frames[ENGLISH].title
    assert english.text() == "English (word-by-word gloss)"
    assert english.width() < english.sizeHint().width()  # too narrow: in full as a tooltip
    assert english.toolTip() == english.text()


class PaintCounter(QObject):
    """How many times each pane has painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.kinds = {pane.viewport(): kind for kind, pane in window.panes.panes.items()}
        self.counts = dict.fromkeys(self.kinds.values(), 0)
        for viewport in self.kinds:
            viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched in self.kinds:
            self.counts[self.kinds[watched]] += 1
        return False


def test_scrolling_paints_each_pane_once_per_step(qtbot: QtBot,
                                                  sample_window: MainWindow) -> None:
    """Rows scrolled into view are laid out before the panes paint, so the grid they move
    is already painted right: no second paint follows."""
    qtbot.wait(100)
    paints = PaintCounter(sample_window)
    bar = sample_window.panes.panes[ORIGINAL].verticalScrollBar()
    steps = 8
    for _ in range(steps):
        bar.setValue(bar.value() + 300)  # a screen and a half: rows never laid out before
        qtbot.wait(30)
    assert bar.value() == steps * 300
    assert paints.counts == dict.fromkeys(paints.counts, steps)


def test_a_partial_paint_does_not_count_as_showing_the_grid(qtbot: QtBot,
                                                            sample_window: MainWindow) -> None:
    """Something uncovering a corner of a pane (a closed editor, a tooltip) repaints only that
    corner: when the grid moves, the rest of the pane must still be painted again."""
    qtbot.wait(100)
    group = sample_window.panes
    pane = group.panes[ORIGINAL]
    # a long English for the first sentence: its row grows in the grid, so every pane's
    # rows move, while only the English pane is told to paint again
    sample_window.session.translation.edit(0, "A much longer English sentence. " * 12)
    group.panes[ENGLISH].prepare_view()  # (as its paint would) lays the row out
    generation = group.rows.generation
    pane.viewport().repaint(0, 0, 20, 20)  # then a corner of another pane is uncovered
    assert group.rows.generation == generation
    paints = PaintCounter(sample_window)
    group.follow_grid()
    qtbot.waitUntil(lambda: paints.counts[ORIGINAL] > 0, timeout=2000)


def test_a_hidden_pane_does_not_keep_the_grid_moving(qtbot: QtBot,
                                                      sample_window: MainWindow) -> None:
    """A hidden pane never paints: it must not count as out of date (``--screenshot`` grabs
    the window again until the panes stand still)."""
    group = sample_window.panes
    group.set_pane_visible(PINYIN, False)
    qtbot.wait(100)
    sample_window.session.translation.edit(0, "A much longer English sentence. " * 12)
    sample_window.grab()  # the shown panes paint the grid as the longer row moved it
    assert not group.follow_grid()
