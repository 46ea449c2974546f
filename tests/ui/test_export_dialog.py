"""File › Export… as a reader uses it: pick a format and options, see the preview, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from duizhao.ui.dialogs.export_dialog import ExportDialog
from duizhao.ui.dialogs.export_preview import preview_document
from export_fixtures import PARAGRAPHS, build_document


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> ExportDialog:
    document = build_document(path=str(tmp_path / "talks.txt"))
    dialog = ExportDialog(document, settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(dialog)
    return dialog


def _preview(dialog: ExportDialog) -> str:
    dialog._update_preview()  # the timer's work, without waiting for it
    return dialog.preview.browser.toPlainText()


def test_defaults_next_to_the_document_and_format_follows_the_extension(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    assert Path(dialog.path_edit.text()) == tmp_path / "talks.html"
    dialog.set_format("docx")
    assert dialog.path_edit.text().endswith("talks.docx")
    dialog.path_edit.setText(str(tmp_path / "notes.md"))
    assert dialog.format_name() == "markdown"


def test_options_that_do_not_apply_are_greyed_out(dialog: ExportDialog) -> None:
    dialog.set_format("tmx")
    assert not dialog.columns_widget.isEnabled() and dialog.script_box.isEnabled()
    assert "Human translations" in dialog.note.text()
    assert dialog.machine_box.isEnabled() and not dialog.edited_box.isEnabled()
    dialog.set_format("pdf")
    assert dialog.columns_widget.isEnabled() and dialog.page_box.isEnabled()
    assert dialog.edited_box.isEnabled() and not dialog.machine_box.isEnabled()
    dialog.set_format("markdown")
    assert not dialog.page_box.isEnabled()


def test_preview_follows_the_options(dialog: ExportDialog) -> None:
    dialog.interlinear.setChecked(True)
    text = _preview(dialog)
    assert "méi" in text and "梅" in text and "negotiating table" in text
    dialog.pinyin_box.setCurrentIndex(dialog.pinyin_box.findData("numbers"))
    assert "mei2" in _preview(dialog)
    dialog.column_boxes["english"].setChecked(False)
    assert "negotiating table" not in _preview(dialog)
    dialog.set_format("markdown")
    assert "**1.** 歷時3年" in _preview(dialog)
    # only the first sentences are previewed
    assert preview_document(dialog.document).sentence_count() == 3
    assert "**4.**" not in _preview(dialog)


def test_export_writes_the_file_and_remembers_the_options(
    dialog: ExportDialog, tmp_path: Path, qtbot
) -> None:
    dialog.set_format("markdown")
    dialog.column_boxes["pinyin"].setChecked(False)
    dialog.export_button.click()
    assert dialog.exporting  # written off the GUI thread
    qtbot.waitUntil(lambda: not dialog.exporting)
    out = tmp_path / "talks.md"
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert dialog.written_path == out
    text = out.read_text(encoding="utf-8")
    assert "歷時3年" in text and "méijīnsījī" not in text
    again = ExportDialog(dialog.document, settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(again)
    assert again.format_name() == "markdown"
    assert not again.column_boxes["pinyin"].isChecked()


def test_asks_before_replacing_a_file(
    dialog: ExportDialog, tmp_path: Path, monkeypatch, qtbot
) -> None:
    out = tmp_path / "talks.html"
    out.write_text("my page", encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda p: asked.append(p) or False)
    dialog.export_button.click()
    assert asked == [out] and out.read_text(encoding="utf-8") == "my page"
    assert dialog.written_path is None
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda p: True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_failure_is_shown_as_one_message(dialog: ExportDialog, tmp_path: Path,
                                         monkeypatch, qtbot) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog.path_edit.setText(str(tmp_path / "missing" / "talks.html"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert dialog.written_path is None


def test_pdf_from_the_dialog(dialog: ExportDialog, tmp_path: Path, qtbot) -> None:
    dialog.set_format("pdf")
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("Letter"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=30000)
    assert (tmp_path / "talks.pdf").read_bytes().startswith(b"%PDF")


def test_file_export_from_a_session(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from duizhao.ui.dialogs import export_command
    from duizhao.ui.session import DocumentSession

    parent = QWidget()
    qtbot.addWidget(parent)
    session = DocumentSession(parent)
    session.model.reset(build_document(path=str(tmp_path / "talks.txt")))
    monkeypatch.setenv("DUIZHAO_HOME", str(tmp_path / "home"))

    def exec_and_export(self: ExportDialog) -> int:
        self.export_button.click()
        qtbot.waitUntil(lambda: not self.exporting)
        return int(self.result())

    monkeypatch.setattr(ExportDialog, "exec", exec_and_export)
    written = export_command.export_session(session, parent)
    assert written == tmp_path / "talks.html"
    assert "talks.html" in export_command.exported_message(written)

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    session.annotating = True
    assert export_command.export_session(session, parent) is None
    session.annotating = False
    session.model.reset(DocumentSession().model.document)  # nothing open
    assert export_command.export_session(session, parent) is None
    assert "still being annotated" in told[0] and "Open a document" in told[1]


def test_file_export_in_the_reading_window(
    window, tmp_path: Path, monkeypatch, qtbot
) -> None:
    """The window's File › Export… action opens this dialog on the document shown."""
    document = build_document(path=str(tmp_path / "talks.txt"))
    window.model.reset(document)  # as if opened (no annotation or translation run here)
    out = tmp_path / "talks-interlinear.html"

    def exec_and_export(self: ExportDialog) -> int:
        assert self.document is document
        self.path_edit.setText(str(out))
        self.interlinear.setChecked(True)
        self.export_button.click()
        qtbot.waitUntil(lambda: not self.exporting)
        return int(self.result())

    monkeypatch.setattr(ExportDialog, "exec", exec_and_export)
    window.actions_.export.trigger()
    html = out.read_text(encoding="utf-8")
    assert html.count('class="sentence"') == document.sentence_count()
    assert "梅金斯基" in html and "Medinsky" in html
    assert "talks-interlinear.html" in window.statusBar().currentMessage()


def test_cancel_stops_a_running_export_and_writes_nothing(qtbot, tmp_path: Path) -> None:
    document = build_document(PARAGRAPHS * 60, path=str(tmp_path / "long.txt"))
    dialog = ExportDialog(document, settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("docx")  # the slowest core format: seconds for these 300 sentences
    dialog.export_button.click()
    assert dialog.exporting and dialog.busy.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=10_000)
    assert not (tmp_path / "long.docx").exists()
    assert dialog.written_path is None and dialog.isVisible()  # still open, to try again
    assert "cancelled" in dialog.note.text()
    dialog.export_button.click()  # and the next export runs to the end
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=60_000)
    assert (tmp_path / "long.docx").stat().st_size > 0


def test_edited_english_is_marked_when_asked(dialog: ExportDialog) -> None:
    from duizhao.core.export import render

    first = next(dialog.document.sentences())
    first.set_english("My own English for this sentence.", "user")
    dialog.set_format("html")
    assert b"english edited" not in render(dialog.document, "html", dialog.options())
    dialog.edited_box.setChecked(True)
    html = render(dialog.document, "html", dialog.options()).decode("utf-8")
    assert '<td class="english edited" lang="en">My own English for this sentence.</td>' in html


def _subtitle_dialog(qtbot, tmp_path: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    from duizhao.core.pipeline import annotate_file
    from format_fixtures import SRT

    subtitles = tmp_path / "talk.srt"
    subtitles.write_text(SRT, encoding="utf-8")
    dialog = ExportDialog(annotate_file(subtitles), settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(dialog)
    return dialog


def _offered(dialog: ExportDialog, name: str) -> bool:
    """Whether the reader can pick ``name`` in the format list."""
    from PySide6.QtCore import Qt

    item = dialog.format_box.model().item(dialog.format_box.findData(name))
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


@pytest.mark.parametrize("name", ["srt", "vtt"])
def test_subtitles_of_the_english_from_a_subtitle_document(qtbot, tmp_path: Path,
                                                           name: str) -> None:
    from duizhao.core.text.load import load_text_file

    dialog = _subtitle_dialog(qtbot, tmp_path)
    assert _offered(dialog, name)
    first = next(dialog.document.sentences())
    first.set_english("Hello, welcome.", "user")
    dialog.set_format(name)
    assert dialog.path_edit.text().endswith(f"talk.{name}")
    assert "times" in dialog.note.text()
    assert "Hello, welcome." in _preview(dialog)
    dialog.path_edit.setText(str(tmp_path / f"english.{name}"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting)
    written = load_text_file(tmp_path / f"english.{name}")  # a subtitle file Duizhao reads
    assert [(c.shown_ms, c.hidden_ms) for c in written.cues] == [
        (c.shown_ms, c.hidden_ms) for c in dialog.document.cues]
    assert written.text.split("\n") == ["Hello, welcome.", "今天我們講天氣。", "明天見！"]


def test_subtitle_formats_are_not_offered_without_cue_times(
    dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:
    assert not _offered(dialog, "srt") and not _offered(dialog, "vtt")
    assert _offered(dialog, "html")
    dialog.path_edit.setText(str(tmp_path / "talks.srt"))
    assert "need a subtitle document" in dialog.note.text()
    assert dialog.format_name() == "html"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    dialog.export_button.click()
    assert "no cue times" in told[0] and not dialog.exporting
    assert not (tmp_path / "talks.srt").exists()


def test_the_preview_shows_cue_times(qtbot, tmp_path: Path) -> None:
    dialog = _subtitle_dialog(qtbot, tmp_path)
    dialog.set_format("html")
    assert "00:00:01,000 → 00:00:03,500" in _preview(dialog)
    dialog.set_format("markdown")
    assert "`00:01:02,000 → 00:01:04,000`" in _preview(dialog)
