"""Translation in the window with the tiny real Argos model: progress, cancel, the model
manager and the no-model banner. (The tiny model's English is nonsense by design; these tests
check the plumbing, never the quality.)"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from duizhao.ui.dialogs.model_manager import ModelManagerDialog
from duizhao.ui.main_window import MainWindow
from duizhao.ui.panes.render import ENGLISH

WAIT_MS = 60_000


def _install(tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    from duizhao.core.translate import install_from_file

    install_from_file(tiny_argos_package.archive)


def test_translation_shows_progress_and_can_be_cancelled(
        qtbot: QtBot, window: MainWindow, sample_path: Path, sample_glossary_path: Path,
        tiny_argos_package, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _install(tiny_argos_package)
    # The worker translates the first chunk for real, then waits at the second until the
    # test has pressed Cancel: the click always lands mid-translation.
    from duizhao.core.translate.service import TranslationService

    real = TranslationService.translate_sentences
    calls: list[int] = []
    waiting, resume = threading.Event(), threading.Event()

    def translate_sentences(self, sentences, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(sentences))
        if len(calls) == 2:
            waiting.set()
            resume.wait(WAIT_MS / 1000)
        return real(self, sentences, **kwargs)

    monkeypatch.setattr(TranslationService, "translate_sentences", translate_sentences)
    progress: list[tuple[int, int]] = []
    window.session.translation_progress.connect(lambda d, t: progress.append((d, t)))
    # the translation starts by itself once the document is annotated
    window.open_file(sample_path, sample_glossary_path)
    qtbot.waitUntil(lambda: waiting.is_set() and any(0 < d < t for d, t in progress),
                    timeout=WAIT_MS)
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    with qtbot.waitSignal(window.session.translation_stopped, timeout=WAIT_MS):
        window.cancel_button.click()
        resume.set()
    assert window.progress.isHidden()
    rows = window.model.rowCount()
    english = window.panes.panes[ENGLISH]
    pending = [r for r in range(rows) if english.rendered(r).pending]
    assert pending, "cancelled before the end: some sentences have no English yet"

    with qtbot.waitSignal(window.translation_done, timeout=WAIT_MS):
        window.session.translate()
    assert not any(english.rendered(r).pending for r in range(rows))
    sources = {s.translation_source for s in window.model.sentences()}
    assert sources == {"argos:translate-zh_en 1.0"}
    assert window.panes.frames[ENGLISH].title.text() == "English (machine translation)"
    assert english.rendered(0).text.startswith(window.model.sentence(0).translation)


def test_model_manager_installs_from_a_file_and_removes(
        qtbot: QtBot, sample_window: MainWindow, tiny_argos_package,
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("duizhao.ui.dialogs.model_manager.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    window = sample_window
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)  # no model installed yet
    dialog = ModelManagerDialog(window)
    qtbot.addWidget(dialog)
    dialog.models_changed.connect(window._models_changed)
    qtbot.waitUntil(lambda: dialog.list.count() == 0 and dialog.status.text() != "",
                    timeout=WAIT_MS)
    with qtbot.waitSignals([dialog.models_changed, dialog.listed], timeout=WAIT_MS,
                           order="strict"):
        dialog.install_from_file(str(tiny_argos_package.archive))
    assert dialog.installed_names() == [tiny_argos_package.folder_name]
    qtbot.waitUntil(window.banner.isHidden, timeout=WAIT_MS)
    # the window translates again with the new model
    qtbot.waitUntil(lambda: window.model.sentence(0).translation_source
                    == "argos:translate-zh_en 1.0", timeout=WAIT_MS)
    with qtbot.waitSignals([dialog.models_changed, dialog.listed], timeout=WAIT_MS,
                           order="strict"):
        dialog.remove(tiny_argos_package.folder_name)
    assert not shown
    assert dialog.installed_names() == []
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)


def test_installing_a_broken_file_says_why(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("duizhao.ui.dialogs.model_manager.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    dialog = ModelManagerDialog(window)
    qtbot.addWidget(dialog)
    broken = tmp_path / "not-a-model.argosmodel"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    dialog.install_from_file(str(broken))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "not-a-model.argosmodel" in shown[0]
    assert dialog.download_button.isEnabled()
