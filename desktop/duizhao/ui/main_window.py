"""The reading window: panes, side panel, banner, find bar, status bar — and the glue.

Everything that computes text runs in :mod:`duizhao.ui.session` workers; this class only
reacts to user actions and session signals.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from duizhao.core.document import Script, printable_name
from duizhao.core.speech import SPEEDS
from duizhao.ui import i18n
from duizhao.ui.cards.side_panel import SidePanel
from duizhao.ui.docks.bottom_docks import BottomDocks
from duizhao.ui.docks.contents_dock import ContentsDock
from duizhao.ui.document_files import DocumentFiles
from duizhao.ui.model_banner import ModelBanner
from duizhao.ui.opening import OpenRequest, WorkspaceOpened
from duizhao.ui.panes.banner import Banner
from duizhao.ui.panes.pane_group import KINDS, PaneGroup
from duizhao.ui.panes.render import CONVERTED
from duizhao.ui.read_aloud import ReadAloudPlayer
from duizhao.ui.reading_place import ReadingPlace
from duizhao.ui.session import DocumentSession
from duizhao.ui.settings import DEFAULT_FONT_SIZE, Settings
from duizhao.ui.translation_editing import TranslationEditing
from duizhao.ui.window_actions import WindowActions
from duizhao.ui.word_colouring import WordColouring
from duizhao.ui.work_status import WorkStatus
from duizhao.ui.workspace_files import WorkspaceFiles

if TYPE_CHECKING:
    from duizhao.ui.docks.glossary_dock import GlossaryDock
    from duizhao.ui.docks.glossary_panel import GlossaryPanel
    from duizhao.ui.docks.vocabulary_dock import VocabularyDock
    from duizhao.ui.panes.find_bar import FindBar

# Looking for an installed model imports the translation package (tens of milliseconds of
# Python on a worker, which still holds the interpreter lock): done once the document is shown.
MODEL_CHECK_DELAY_MS = 1000
# The side panel's width at start; a narrow window gives it a quarter, down to the minimum.
SIDE_PANEL_WIDTH, SIDE_PANEL_MIN_WIDTH = 320, 200


class MainWindow(QMainWindow):
    add_to_glossary_requested = Signal(object)  # GlossaryEntry prefilled from the dictionary
    document_ready = Signal()  # annotation finished (translation may still run)
    translation_done = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or Settings()
        self.session = DocumentSession(self)
        self._warned: set[str] = set()
        self._sized = False
        self.model = self.session.model
        self.panes = PaneGroup(self.model)
        self.side = SidePanel(self.session)
        self.banner = Banner()
        self._find_bar: FindBar | None = None
        self.actions_ = WindowActions(self)
        self.model_banner = ModelBanner(self.banner, self.settings)
        self.status = WorkStatus(self.statusBar(), self.actions_.cancel)
        self.editing = TranslationEditing(self.session, self.panes, self)
        self.progress, self.cancel_button = self.status.progress, self.status.cancel_button
        self.read_aloud = ReadAloudPlayer(self.model, self)
        self.docks = BottomDocks(self, self.session, self.panes)  # glossary, vocabulary
        # before the window's own connections: it sees a new document open first
        self.place = ReadingPlace(self.session, self.panes, self.settings, self)
        self.contents = ContentsDock(self.session, self)
        self.documents = DocumentFiles(self.settings, self.open_file, self.open_text, self)
        self.chapter_label = QLabel(objectName="chapter")
        self.statusBar().addPermanentWidget(self.chapter_label)
        self._build_layout()
        self._connect()
        self.setAcceptDrops(True)
        self.apply_preferences()
        self.retranslate()
        self.resize(1400, 860)
        geometry = self.settings.window_geometry()
        if geometry:
            self.restoreGeometry(geometry)

    # -- construction --------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("body")
        self.body.addWidget(self.panes)
        self.body.addWidget(self.side)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.body.setSizes([1080, SIDE_PANEL_WIDTH])
        central = QWidget()
        layout = self.central_layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)  # then the find bar, once the reader searches
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.contents)
        self.contents.hide()
        self.actions_.view_menu.addSeparator()
        self.actions_.view_menu.addAction(self.contents.toggleViewAction())

    def _connect(self) -> None:
        a = self.actions_
        a.open.triggered.connect(self.documents.choose)
        a.paste_new.triggered.connect(self.documents.paste)
        a.export.triggered.connect(self.export_document)
        a.close_doc.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.copy.triggered.connect(self.copy_selection)
        a.find.triggered.connect(lambda: self.find_bar.open_bar())
        a.find_next.triggered.connect(lambda: self.find_bar.next())
        a.find_previous.triggered.connect(lambda: self.find_bar.previous())
        a.preferences.triggered.connect(self.show_preferences)
        for kind, action in a.panes.items():
            action.toggled.connect(lambda on, k=kind: self.set_pane_visible(k, on))
        a.interlinear.toggled.connect(self._interlinear_toggled)
        a.tone_colours.toggled.connect(self.settings.set_tone_colours)
        a.side_panel.toggled.connect(self.side.setVisible)
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.settings.set_font_size(DEFAULT_FONT_SIZE))
        a.translate.triggered.connect(lambda: self.session.translate(retranslate=True))
        a.cancel.triggered.connect(self.cancel_work)
        a.models.triggered.connect(self.show_model_manager)
        a.glossary.triggered.connect(self.docks.show_glossary)
        a.add_selection.triggered.connect(lambda: self.glossary_panel.add_selection())
        for mode, action in a.word_colouring.items():
            action.triggered.connect(lambda _=False, m=mode: self.settings.set_word_colouring(m))
        a.vocabulary.triggered.connect(self.docks.show_vocabulary)
        for status, action in a.mark.items():
            action.triggered.connect(lambda _=False, st=status: self.side.mark_current_word(st))
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        a.recent_menu.aboutToShow.connect(lambda: self.documents.fill_recent_menu(a.recent_menu))
        a.read_sentence.triggered.connect(lambda: self.read_aloud.read(self.panes.current_row))
        a.read_on.triggered.connect(
            lambda: self.read_aloud.read(self.panes.current_row, read_on=True))
        a.read_english.triggered.connect(
            lambda: self.read_aloud.read(self.panes.current_row, english=True))
        for action, speed in zip(a.speeds, SPEEDS, strict=True):
            action.triggered.connect(lambda _=False, s=speed: self.settings.set_reading_speed(s))
        self.read_aloud.sentence_started.connect(self.panes.set_current)
        self.read_aloud.reading_changed.connect(self.status.reading)
        self.read_aloud.failed.connect(self.show_error)
        self.settings.changed.connect(self.apply_preferences)
        self._connect_translation_edits()

        self.panes.term_clicked.connect(self.side.show_term)
        self.panes.token_clicked.connect(self.side.show_word)
        self.panes.pane_hide_requested.connect(lambda kind: a.panes[kind].setChecked(False))
        self.side.occurrence_activated.connect(self.panes.set_current)
        self.side.revealed.connect(lambda: a.side_panel.setChecked(True))
        self.side.add_to_glossary_requested.connect(self.add_to_glossary_requested)
        self.side.edit_entry_requested.connect(
            lambda entry: self.glossary_panel.edit_entry_of(entry))
        self.add_to_glossary_requested.connect(
            lambda entry: self.glossary_panel.add_prefilled(entry))
        self.model_banner.get_model_requested.connect(self.show_model_manager)
        self.status.cancel_requested.connect(self.cancel_work)

        self.contents.chapter_activated.connect(self.place.go_to_offset)
        self.place.chapter_changed.connect(self.contents.show_current)
        self.place.chapter_changed.connect(lambda _index, title: self.chapter_label.setText(title))

        s = self.session
        s.opened.connect(self._document_opened)
        s.rows_added.connect(self._rows_added)
        s.annotation_progress.connect(self.status.annotating)
        s.annotation_finished.connect(self._annotation_finished)
        s.open_failed.connect(self.show_error)
        s.translation_progress.connect(self.status.translating)
        s.translation_finished.connect(self._translation_finished)
        s.translation_stopped.connect(self._translation_stopped)
        s.warnings.connect(self.show_warnings)
        s.translations_changed.connect(self._translations_changed)
        s.glossary_changed.connect(self.panes.glossary_changed)
        s.vocab.marks_changed.connect(lambda change: self._apply_word_colours(change.words))
        s.vocab.failed.connect(self.show_error)

    def _connect_translation_edits(self) -> None:
        a, s = self.actions_, self.session
        stack = s.translation.stack
        for action, slot, enabled in ((a.undo_translation, stack.undo, stack.canUndoChanged),
                                      (a.redo_translation, stack.redo, stack.canRedoChanged)):
            action.triggered.connect(slot)
            enabled.connect(action.setEnabled)
            # Ctrl+Z in the reading panes only: the glossary panel has its own
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.panes.addAction(action)
        a.edit_translation.triggered.connect(lambda: self.editing.edit())
        a.mark_reviewed.triggered.connect(self.editing.toggle_reviewed)
        a.next_unreviewed.triggered.connect(self.editing.next_not_reviewed)
        files = WorkspaceFiles(self.session, self)
        a.export_workspace.triggered.connect(lambda: self._say(files.export_file()))
        a.import_workspace.triggered.connect(lambda: self._say(files.import_file()))
        s.reviewed_count.connect(self.status.reviewed)
        s.workspace_opened.connect(self._workspace_opened)
        s.workspace_failed.connect(self.status.set_text)

    def _say(self, message: str | None) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)

    def _workspace_opened(self, opened: WorkspaceOpened) -> None:
        lines = []
        set_aside = opened.set_aside
        if set_aside is not None:
            lines.append((self.tr("The saved edits of this document were damaged; the file is "
                                  "kept as %1 and the previous save is used.")
                          if opened.restored else
                          self.tr("The saved edits of this document could not be read; the "
                                  "file is kept as %1 and the document opens without them."))
                         .replace("%1", str(set_aside)))
        orphans = len(opened.orphans)
        if orphans:
            lines.append(self.tr("%n edited sentence(s) are no longer in the document; their "
                                 "English is kept (File › Export Workspace lists them).", "",
                                 orphans))
        if lines:
            self.show_warnings(lines)

    # -- documents -----------------------------------------------------------------------------
    def open_file(self, path: str | Path, glossary: str | Path | None = None) -> None:
        self._pending_path = str(path)
        self.session.open(self._as_set(OpenRequest(
            path=Path(path), glossary_path=Path(glossary) if glossary else None)))
        self.status.busy(self.tr("Opening %1…").replace("%1", Path(path).name))

    def open_text(self, text: str) -> None:
        self._pending_path = ""
        self.session.open(self._as_set(OpenRequest(text=text)))
        self.status.busy(self.tr("Reading the pasted text…"))

    def reopen(self) -> None:
        """Annotate the current document again (the conversion variant, the Taiwan readings or
        the HSK lists changed)."""
        request = self.session.request
        if request is not None:
            self.session.open(self._as_set(request))

    def _as_set(self, request: OpenRequest) -> OpenRequest:
        """``request`` read as the preferences say: conversion, Taiwan readings, HSK lists."""
        s = self.settings
        return replace(request, variant=s.variant() or None,
                       hsk_standard=s.hsk_standard().value, taiwan_readings=s.reads_taiwan())

    def _document_opened(self) -> None:
        if self._find_bar is not None:
            self._find_bar.close_bar()
        self.actions_.retranslate(self.panes.pane_title(CONVERTED))
        path = self.model.document.source.path
        if path and self._pending_path:
            self.settings.add_recent_file(str(Path(path).resolve()))
        self.setWindowFilePath(path or "")
        title = printable_name(Path(path).name) if path else self.tr("Pasted text")
        self.setWindowTitle(f"{title} — Duizhao")
        if self.model.rowCount():
            self.panes.set_current(0, scroll=False)

    def _rows_added(self, first: int, end: int) -> None:
        self.panes.append_rows(first, end)

    def _annotation_finished(self) -> None:
        self.status.idle(self.tr("%n sentence(s)", "", self.model.rowCount()))
        self.document_ready.emit()
        QTimer.singleShot(MODEL_CHECK_DELAY_MS, self, self.model_banner.check)
        self.session.translate()

    # -- translation ---------------------------------------------------------------------------
    def _translations_changed(self, rows: list[int]) -> None:
        self.panes.update_rows(rows)

    def _translation_finished(self, hint: str) -> None:
        self.status.idle()
        if self._find_bar is not None:
            self._find_bar.refresh()
        self.translation_done.emit()

    def _translation_stopped(self) -> None:
        self.status.idle(self.tr("Translation cancelled."))

    def cancel_work(self) -> None:
        self.read_aloud.stop()
        if self.session.annotating:
            self.session.cancel_annotation()
        self.session.cancel_translation()

    def show_warnings(self, lines: list[str]) -> None:
        """What the window carries on despite (unreadable settings, a glossary): in the status
        bar, and in a dialog the first time each is met in this window."""
        self.status.set_text(" ".join(lines))
        new = [line for line in lines if line not in self._warned]
        self._warned.update(new)
        if new:
            _warn(self, self.tr("Duizhao"), "\n".join(new))

    def show_error(self, message: str) -> None:
        self.status.idle()
        _warn(self, self.tr("Duizhao"), message)

    # -- view ----------------------------------------------------------------------------------
    def set_pane_visible(self, kind: str, visible: bool) -> None:
        self.panes.set_pane_visible(kind, visible)
        self.settings.set_visible_panes(
            [k for k in KINDS if self.actions_.panes[k].isChecked()])

    def _interlinear_toggled(self, on: bool) -> None:
        self.settings.set_interlinear(on)
        self.panes.set_interlinear(on)
        for action in self.actions_.panes.values():
            action.setEnabled(not on)

    def zoom(self, step: int) -> None:
        self.settings.set_font_size(self.settings.font_size() + step)

    def apply_preferences(self) -> None:
        self.read_aloud.speed = self.settings.reading_speed()
        self.actions_.speeds[SPEEDS.index(self.read_aloud.speed)].setChecked(True)
        s = self.settings
        font = QFont(s.font_family()) if s.font_family() else QFont(self.font())
        font.setPointSize(s.font_size())
        self.panes.set_base_font(font)
        self.panes.set_tone_colours(s.tone_colours())
        self.panes.set_pinyin_style(s.pinyin_style(), s.tone_sandhi())
        self.side.set_pinyin_style(s.pinyin_style())
        visible = s.visible_panes()
        for kind in KINDS:
            on = kind in visible
            self.actions_.panes[kind].blockSignals(True)
            self.actions_.panes[kind].setChecked(on)
            self.actions_.panes[kind].blockSignals(False)
            self.panes.set_pane_visible(kind, on)
        self.actions_.word_colouring[s.word_colouring()].setChecked(True)
        self._apply_word_colours()
        self.actions_.tone_colours.blockSignals(True)
        self.actions_.tone_colours.setChecked(s.tone_colours())
        self.actions_.tone_colours.blockSignals(False)
        if self.actions_.interlinear.isChecked() != s.interlinear():
            self.actions_.interlinear.setChecked(s.interlinear())
        self.actions_.side_panel.setChecked(not self.side.isHidden())
        request = self.session.request
        if request is not None and self._as_set(request) != request:
            self.reopen()

    def _apply_word_colours(self, words: frozenset[str] | None = None) -> None:
        """Colour the words by the marks (after a change of preference, or of the marks of
        ``words``)."""
        mode = self.settings.word_colouring()
        if mode is WordColouring.NONE:
            self.panes.set_word_colours(None, words)
            return
        # only now: colouring reads the known-words store (SQLite)
        from duizhao.ui.panes.word_colours import WordColours

        self.panes.set_word_colours(WordColours(mode, self.session.vocab.status), words)

    def copy_selection(self) -> None:
        focused = QApplication.focusWidget()
        copy = getattr(focused, "copy", None)
        if callable(copy):
            copy()

    # -- dialogs -------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from duizhao.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def show_model_manager(self) -> None:
        from duizhao.ui.dialogs.model_manager import ModelManagerDialog

        dialog = ModelManagerDialog(self)
        dialog.models_changed.connect(self._models_changed)
        dialog.exec()

    def _models_changed(self) -> None:
        self.model_banner.check()
        if self.model.rowCount() and not self.session.annotating:
            self.session.translate(retranslate=True)

    def show_about(self) -> None:
        from duizhao.ui.dialogs.about import show_about

        show_about(self)

    @property
    def find_bar(self) -> FindBar:
        """Built the first time the reader searches (not at start-up), under the banner."""
        if self._find_bar is None:
            from duizhao.ui.panes.find_bar import FindBar

            self._find_bar = FindBar(self.panes)
            self.central_layout.insertWidget(1, self._find_bar)
        return self._find_bar

    @property
    def glossary_dock(self) -> GlossaryDock:
        return self.docks.glossary

    @property
    def glossary_panel(self) -> GlossaryPanel:
        return self.docks.glossary.panel

    @property
    def vocabulary_dock(self) -> VocabularyDock:
        return self.docks.vocabulary

    def export_document(self) -> None:
        from duizhao.ui.dialogs.export_command import export_session, exported_message

        written = export_session(self.session, self)
        if written is not None:
            self.statusBar().showMessage(exported_message(written), 8000)

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.documents.can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.documents.drop(event.mimeData())
        event.acceptProposedAction()

    # -- language and closing ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # the size the screen allowed is known now
            self._sized = True
            side = min(SIDE_PANEL_WIDTH, max(SIDE_PANEL_MIN_WIDTH, self.width() // 4))
            self.body.setSizes([self.width() - side, side])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.actions_.retranslate(self.panes.pane_title(CONVERTED))
        if self.model.document.source.script is Script.NONE and not self.model.rowCount():
            self.setWindowTitle("Duizhao")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.set_window_geometry(bytes(self.saveGeometry().data()))
        self.settings.sync()
        self.session.shutdown()
        self.read_aloud.shutdown()
        super().closeEvent(event)

    @property
    def language(self) -> str:
        return i18n.current_language()


def _warn(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # the dialogs' classes: not at start-up

    QMessageBox.warning(parent, title, text)
