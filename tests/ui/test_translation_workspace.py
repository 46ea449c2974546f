"""The translation workspace in the window: edit the English in place, undo, review, the
model's alternatives and the memory's suggestions, re-translating that keeps a person's work,
the autosaved workspace that survives closing and a killed process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, double_click, open_and_wait

from duizhao.core.document import Status
from duizhao.core.memory import default_memory_path, shared_memory
from duizhao.core.vocab.known import default_path as known_words_path
from duizhao.core.workspace import WorkspaceStore, ref_for
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import ENGLISH

ROOT = Path(__file__).resolve().parents[2]


def saved_workspace(path: Path) -> dict[int, dict[str, object]]:
    loaded = WorkspaceStore().load(ref_for(path, path.read_text("utf-8")))
    assert loaded.workspace is not None
    return {r.id: r.to_dict() for r in loaded.workspace.records}


def test_edit_in_place_undo_and_move_on(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    english = window.panes.panes[ENGLISH]
    editor = window.editing.editor
    double_click(english, 2, 1)
    assert editor.isVisible() and editor.row == 2
    assert editor.text.toPlainText() == window.model.sentence(2).translation
    qtbot.keyClick(editor.text, Qt.Key.Key_Escape)  # Esc cancels
    assert not editor.isVisible() and window.model.sentence(2).status is Status.GLOSS

    window.panes.set_current(2)
    window.actions_.edit_translation.trigger()  # F2
    editor.text.setPlainText("Russia and Ukraine talk again.")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    sentence = window.model.sentence(2)
    assert sentence.translation == "Russia and Ukraine talk again."
    assert sentence.translation_source == "user" and sentence.status is Status.EDITED
    assert english.rendered(2).text == "✎ Russia and Ukraine talk again."
    assert editor.isVisible() and editor.row == 3 and window.panes.current_row == 3
    qtbot.keyClick(editor.text, Qt.Key.Key_Escape)

    undo, redo = window.actions_.undo_translation, window.actions_.redo_translation
    assert undo in window.actions_.edit_menu.actions() and undo.isEnabled()
    undo.trigger()
    assert window.model.sentence(2).status is Status.GLOSS
    assert not english.rendered(2).text.startswith("✎")
    redo.trigger()
    assert window.model.sentence(2).translation == "Russia and Ukraine talk again."


def test_an_undone_edit_leaves_the_memory(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    original = window.model.sentence(3).original
    window.session.translation.edit(3, "A draft I take back.")
    qtbot.waitUntil(lambda: shared_memory().exact([original]) == {
        original: "A draft I take back."}, timeout=5000)
    window.actions_.undo_translation.trigger()
    qtbot.waitUntil(lambda: shared_memory().exact([original]) == {}, timeout=5000)
    window.actions_.redo_translation.trigger()
    qtbot.waitUntil(lambda: shared_memory().exact([original]) == {
        original: "A draft I take back."}, timeout=5000)


def test_review_count_and_next_not_reviewed(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    total = window.model.rowCount()
    assert window.status.review.text() == f"0 / {total} reviewed"
    for row in (0, 1, 3):
        window.panes.set_current(row)
        window.actions_.mark_reviewed.trigger()  # F8
    assert window.status.review.text() == f"3 / {total} reviewed"
    assert window.model.sentence(1).status is Status.REVIEWED
    assert window.panes.panes[ENGLISH].rendered(1).text.startswith("✓ ")
    window.panes.set_current(0)
    window.actions_.next_unreviewed.trigger()
    assert window.panes.current_row == 2
    window.actions_.next_unreviewed.trigger()
    assert window.panes.current_row == 4
    window.panes.set_current(3)
    window.actions_.mark_reviewed.trigger()  # the same key takes it back
    assert window.status.review.text() == f"2 / {total} reviewed"


def test_alternatives_and_memory_suggestions_in_the_editor(  # type: ignore[no-untyped-def]
        qtbot: QtBot, window: MainWindow, sample_path: Path, installed_tiny) -> None:
    open_and_wait(qtbot, window, sample_path)
    row = next(r for r in range(window.model.rowCount())
               if len(window.model.sentence(r).alternatives) >= 2)
    sentence = window.model.sentence(row)
    # a translation remembered for a similar sentence (one character different)
    similar = sentence.original[:-2] + "了" + sentence.original[-1:]
    shared_memory().remember(similar, "What I wrote for a similar sentence.")
    window.panes.set_current(row)
    window.editing.edit()
    editor = window.editing.editor
    qtbot.waitUntil(lambda: "What I wrote for a similar sentence." in editor.options(),
                    timeout=WAIT_MS)
    assert editor.options()[0] == "What I wrote for a similar sentence."
    assert '<b style="color:#b3261e">了</b>' in editor.choices.text()
    assert editor.options()[1:3] == sentence.alternatives[:2]
    qtbot.keyClick(editor.text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert editor.text.toPlainText() == sentence.alternatives[0]
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert window.model.sentence(row).translation == sentence.alternatives[0]
    assert window.model.sentence(row).status is Status.EDITED


def test_translating_again_keeps_edited_and_reviewed(  # type: ignore[no-untyped-def]
        qtbot: QtBot, window: MainWindow, sample_path: Path, installed_tiny) -> None:
    open_and_wait(qtbot, window, sample_path)
    window.session.translation.edit(0, "Mine.")
    window.session.translation.set_reviewed(1, True)
    reviewed = window.model.sentence(1).translation
    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        window.actions_.translate.trigger()  # F5
    assert window.model.sentence(0).translation == "Mine."
    assert (window.model.sentence(1).translation, window.model.sentence(1).status) == (
        reviewed, Status.REVIEWED)
    assert window.model.sentence(2).status is Status.MACHINE


def test_the_workspace_is_saved_and_restored_at_once(  # type: ignore[no-untyped-def]
        qtbot: QtBot, window: MainWindow, sample_path: Path, installed_tiny, tmp_path: Path,
        settings) -> None:
    document = tmp_path / "article.txt"
    document.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    open_and_wait(qtbot, window, document)
    window.session.translation.edit(4, "Edited before closing.")
    window.session.translation.set_reviewed(5, True)
    started = time.monotonic()
    qtbot.waitUntil(lambda: (document.exists() and _has(document, 4, "Edited before closing.")),
                    timeout=5000)
    assert time.monotonic() - started < 2.0
    qtbot.waitUntil(lambda: shared_memory().exact([window.model.sentence(4).original])
                    == {window.model.sentence(4).original: "Edited before closing."})
    shown = [s.translation for s in window.model.sentences()]
    window.close()

    from duizhao.core.translate import shared_service

    shared_service().close()  # a new start: no model loaded
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.document_ready, timeout=WAIT_MS):
        again.open_file(document)
    assert [s.translation for s in again.model.sentences()] == shown  # English at once
    assert again.model.sentence(4).status is Status.EDITED
    assert again.model.sentence(5).status is Status.REVIEWED
    assert again.status.review.text() == f"1 / {again.model.rowCount()} reviewed"
    assert not again.session.translating  # nothing was left to translate
    qtbot.wait(300)
    engine = shared_service().engine()
    assert engine is not None and not engine.loaded  # nothing was left to translate
    again.close()


def _has(document: Path, sentence_id: int, english: str) -> bool:
    try:
        return saved_workspace(document)[sentence_id]["translation"] == english
    except (AssertionError, KeyError):
        return False


def test_a_damaged_workspace_is_set_aside_with_one_line(  # type: ignore[no-untyped-def]
        qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path,
        message_boxes: list[str]) -> None:
    document = tmp_path / "article.txt"
    document.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    open_and_wait(qtbot, window, document)
    window.session.translation.edit(0, "Mine.")
    window.session.translation.save(wait=True)
    saved = next(WorkspaceStore().folder.glob("*.duizhao"))
    saved.write_text("{ damaged", encoding="utf-8")
    Path(str(saved) + "~").unlink(missing_ok=True)
    open_and_wait(qtbot, window, document)
    assert len(message_boxes) == 1 and "\n" not in message_boxes[0]
    assert "opens without them" in message_boxes[0]
    assert list(saved.parent.glob(saved.name + ".damaged-*"))
    # the workspace is gone, but the memory still has the pair: it comes back from there
    assert window.model.sentence(0).status is Status.TM
    assert window.model.sentence(0).translation == "Mine."


KILLED = """
import sys, time
from PySide6.QtWidgets import QApplication
from duizhao.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
window.translation_done.connect(lambda: (window.session.translation.edit(1, sys.argv[2]),
                                         print("EDITED", flush=True)))
window.open_file(sys.argv[1])
app.exec()
"""


def test_an_edit_survives_kill_9_after_two_seconds(sample_path: Path, tmp_path: Path) -> None:
    document = tmp_path / "article.txt"
    document.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-c", KILLED, str(document), "Kept."],
                               stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + WAIT_MS / 1000
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.startswith("EDITED") or not line:
                break
        assert line.startswith("EDITED")
        time.sleep(2.0)
        os.kill(process.pid, signal.SIGKILL)  # no chance to save on the way out
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    assert _has(document, 1, "Kept.")
    assert json.loads(next(WorkspaceStore().folder.glob("*.duizhao")).read_text("utf-8"))


TERMINATED = """
import sys
from duizhao import cli
from duizhao.ui import app as ui_app
launch = ui_app.launch
def launched(args):  # ``duizhao DOCUMENT``, with an edit once the English is there
    app, window = launch(args)
    window.translation_done.connect(lambda: (window.session.translation.edit(1, sys.argv[2]),
                                             print("EDITED", flush=True)))
    return app, window
ui_app.launch = launched
sys.exit(cli.main([sys.argv[1]]))
"""


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_kill_or_ctrl_c_closes_the_window_and_keeps_the_last_edit(
        sample_path: Path, tmp_path: Path, stop: signal.Signals) -> None:
    document = tmp_path / "article.txt"
    document.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-c", TERMINATED, str(document), "Kept."],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, cwd=ROOT)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("EDITED")
        os.kill(process.pid, stop)  # at once: well before the 2 s autosave
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + stop  # as a shell expects of a stopped program
    assert f"stopped by {stop.name}" in err
    assert _has(document, 1, "Kept.")  # saved on the way out, as the close button does


CLOSED = """
import sys
from PySide6.QtCore import QTimer
from duizhao.cli import window_args
from duizhao.core.vocab.status import WordStatus
from duizhao.ui import app as ui_app
app, window = ui_app.launch(window_args([sys.argv[1]]))
def edit():
    window.session.translation.edit(0, "Mine.")  # a pair for the memory
    window.session.vocab.mark_token(0, 0, WordStatus.KNOWN)  # a mark for the word list
    QTimer.singleShot(0, window.close)
window.translation_done.connect(edit)
try:
    app.exec()
finally:
    ui_app.shut_down()
"""


def test_the_user_databases_are_one_file_each_once_the_window_has_closed(sample_path: Path,
                                                           tmp_path: Path) -> None:
    document = tmp_path / "article.txt"
    document.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, "-c", CLOSED, str(document)], check=True, timeout=120,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=ROOT)
    memory = default_memory_path()
    # SQLite's write-ahead log folded back in: nothing beside the file to copy or lose
    assert sorted(p.name for p in memory.parent.glob(memory.name + "*")) == [memory.name]
    assert shared_memory().stats().units == 1
    marks = known_words_path()
    assert sorted(p.name for p in marks.parent.glob(marks.name + "*")) == [marks.name]


def test_export_and_import_a_workspace_file(  # type: ignore[no-untyped-def]
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    window = sample_window
    window.session.translation.edit(0, "Draft for a colleague.")
    out = tmp_path / "draft.duizhao"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args: (str(out), ""))
    window.actions_.export_workspace.trigger()
    assert json.loads(out.read_text("utf-8"))["schema"] == "duizhao.workspace/1"
    window.session.translation.stack.undo()
    assert window.model.sentence(0).translation != "Draft for a colleague."
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *args: (str(out), ""))
    window.actions_.import_workspace.trigger()
    assert window.model.sentence(0).translation == "Draft for a colleague."
    assert window.model.sentence(0).status is Status.EDITED
