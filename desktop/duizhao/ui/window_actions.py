"""The window's actions and menus, with their shortcuts and (re)translated texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from duizhao.core.speech import SPEEDS
from duizhao.core.vocab.status import WordStatus
from duizhao.ui.panes.render import CONVERTED, ENGLISH, ORIGINAL, PINYIN
from duizhao.ui.word_colouring import WordColouring


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        std = QKeySequence.StandardKey

        def make(name: str, shortcut: QKeySequence.StandardKey | str | None = None,
                 checkable: bool = False) -> QAction:
            action = QAction(window)
            action.setObjectName(name)
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            return action

        self.open = make("open", std.Open)
        self.paste_new = make("pasteNew", "Ctrl+Shift+V")
        self.export = make("export", "Ctrl+E")
        self.close_doc = make("close", std.Close)
        self.quit = make("quit", std.Quit)
        self.copy = make("copy", std.Copy)
        self.find = make("find", std.Find)
        self.find_next = make("findNext", std.FindNext)
        self.find_previous = make("findPrevious", std.FindPrevious)
        self.preferences = make("preferences", std.Preferences)
        self.panes = {kind: make(f"pane-{kind}", checkable=True)
                      for kind in (ORIGINAL, CONVERTED, PINYIN, ENGLISH)}
        for i, kind in enumerate((ORIGINAL, CONVERTED, PINYIN, ENGLISH), start=1):
            self.panes[kind].setShortcut(QKeySequence(f"Ctrl+{i}"))
        self.interlinear = make("interlinear", "Ctrl+I", checkable=True)
        self.tone_colours = make("toneColours", checkable=True)
        self.side_panel = make("sidePanel", "F9", checkable=True)
        self.zoom_in = make("zoomIn")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+="),
                                   *QKeySequence.keyBindings(std.ZoomIn)])
        self.zoom_out = make("zoomOut")
        self.zoom_out.setShortcuts([QKeySequence("Ctrl+-"),
                                    *QKeySequence.keyBindings(std.ZoomOut)])
        self.zoom_reset = make("zoomReset", "Ctrl+0")
        self.translate = make("translate", "F5")
        self.cancel = make("cancel", "Esc")
        self.models = make("models")
        self.glossary = make("glossary", "Ctrl+G")
        self.add_selection = make("addSelectionToGlossary", "Ctrl+Shift+G")
        self.read_sentence = make("readSentence", "F7")
        self.read_on = make("readOn", "Shift+F7")
        self.read_english = make("readEnglish", "Ctrl+F7")
        self.speeds = [make(f"readingSpeed{n}", checkable=True) for n in range(len(SPEEDS))]
        self.speed_group = QActionGroup(window)
        for action in self.speeds:
            self.speed_group.addAction(action)
        self.word_colouring = {mode: make(f"wordColouring-{mode.value}", checkable=True)
                               for mode in WordColouring}
        self._colouring_group = QActionGroup(window)
        for action in self.word_colouring.values():
            self._colouring_group.addAction(action)
        self.vocabulary = make("vocabulary", "Ctrl+Shift+K")
        # one key on the word shown on the dictionary card, as a flashcard app's grading keys
        self.mark = {WordStatus.KNOWN: make("markKnown", "K"),
                     WordStatus.LEARNING: make("markLearning", "L"),
                     WordStatus.UNKNOWN: make("markUnknown", "U")}
        self.undo_translation = make("undoTranslation", std.Undo)
        self.redo_translation = make("redoTranslation", std.Redo)
        self.edit_translation = make("editTranslation", "F2")
        self.mark_reviewed = make("markReviewed", "F8")
        self.next_unreviewed = make("nextNotReviewed", "Shift+F8")
        self.export_workspace = make("exportWorkspace")
        self.import_workspace = make("importWorkspace")
        self.undo_translation.setEnabled(False)
        self.redo_translation.setEnabled(False)
        self.about = make("about")
        self.about_qt = make("aboutQt")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.cancel.setEnabled(False)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addActions([self.open, self.paste_new])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export)
        self.file_menu.addActions([self.export_workspace, self.import_workspace])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_doc, self.quit])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_translation, self.redo_translation])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.copy, self.find, self.find_next, self.find_previous])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.edit_translation, self.mark_reviewed,
                                   self.next_unreviewed])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(list(self.panes.values()))
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.interlinear, self.tone_colours, self.side_panel])
        self.colouring_menu = QMenu(window)
        self.colouring_menu.setObjectName("wordColouringMenu")
        self.colouring_menu.addActions(list(self.word_colouring.values()))
        self.view_menu.addMenu(self.colouring_menu)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([self.translate, self.cancel])
        self.tools_menu.addSeparator()
        self.tools_menu.addActions([self.glossary, self.add_selection, self.models])
        self.tools_menu.addSeparator()
        self.read_menu = QMenu(window)
        self.read_menu.setObjectName("readAloudMenu")
        self.read_menu.addActions([self.read_sentence, self.read_on, self.read_english])
        self.read_menu.addSeparator()
        self.read_menu.addActions(self.speeds)
        self.tools_menu.addMenu(self.read_menu)
        self.tools_menu.addSeparator()
        self.tools_menu.addActions([self.vocabulary, *self.mark.values()])
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.about, self.about_qt])

    def retranslate(self, converted_title: str) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.tools_menu.setTitle(QCoreApplication.translate("MainWindow", "&Tools"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.open.setText(QCoreApplication.translate("MainWindow", "&Open…"))
        self.paste_new.setText(QCoreApplication.translate("MainWindow", "&Paste as New Document"))
        self.export.setText(QCoreApplication.translate("MainWindow", "&Export…"))
        self.close_doc.setText(QCoreApplication.translate("MainWindow", "&Close Window"))
        self.quit.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.copy.setText(QCoreApplication.translate("MainWindow", "&Copy"))
        self.find.setText(QCoreApplication.translate("MainWindow", "&Find…"))
        self.find_next.setText(QCoreApplication.translate("MainWindow", "Find &Next"))
        self.find_previous.setText(QCoreApplication.translate("MainWindow", "Find Pre&vious"))
        self.preferences.setText(QCoreApplication.translate("MainWindow", "&Preferences…"))
        self.panes[ORIGINAL].setText(QCoreApplication.translate("MainWindow", "&Original Pane"))
        pane_text = QCoreApplication.translate("MainWindow", "%1 Pane")
        self.panes[CONVERTED].setText(pane_text.replace("%1", converted_title))
        self.panes[PINYIN].setText(QCoreApplication.translate("MainWindow", "P&inyin Pane"))
        self.panes[ENGLISH].setText(QCoreApplication.translate("MainWindow", "&English Pane"))
        self.interlinear.setText(QCoreApplication.translate("MainWindow", "&Interlinear View"))
        self.tone_colours.setText(QCoreApplication.translate("MainWindow", "&Tone Colours"))
        self.side_panel.setText(QCoreApplication.translate("MainWindow", "&Side Panel"))
        self.zoom_in.setText(QCoreApplication.translate("MainWindow", "Zoom &In"))
        self.zoom_out.setText(QCoreApplication.translate("MainWindow", "Zoom &Out"))
        self.zoom_reset.setText(QCoreApplication.translate("MainWindow", "&Actual Size"))
        self.translate.setText(QCoreApplication.translate("MainWindow", "&Translate Again"))
        self.glossary.setText(QCoreApplication.translate("MainWindow", "&Glossary…"))
        self.add_selection.setText(
            QCoreApplication.translate("MainWindow", "Add &Selection to Glossary…"))
        self.models.setText(QCoreApplication.translate("MainWindow", "Translation &Models…"))
        self.read_menu.setTitle(QCoreApplication.translate("MainWindow", "&Read Aloud"))
        self.read_sentence.setText(QCoreApplication.translate("MainWindow", "Read &Sentence"))
        self.read_on.setText(QCoreApplication.translate("MainWindow", "Read &On From Here"))
        self.read_english.setText(QCoreApplication.translate("MainWindow", "Read the &English"))
        for action, text in zip(self.speeds, (
                QCoreApplication.translate("MainWindow", "S&low"),
                QCoreApplication.translate("MainWindow", "&Normal Speed"),
                QCoreApplication.translate("MainWindow", "&Fast")), strict=True):
            action.setText(text)
        self.cancel.setText(QCoreApplication.translate("MainWindow", "&Stop"))
        self.colouring_menu.setTitle(QCoreApplication.translate("MainWindow", "&Word Colours"))
        self.word_colouring[WordColouring.NONE].setText(
            QCoreApplication.translate("MainWindow", "&None"))
        self.word_colouring[WordColouring.LEVELS].setText(
            QCoreApplication.translate("MainWindow", "New Words by HSK &Level"))
        self.word_colouring[WordColouring.UNKNOWN].setText(
            QCoreApplication.translate("MainWindow", "&Underline Unknown Words"))
        self.vocabulary.setText(QCoreApplication.translate("MainWindow", "&Vocabulary…"))
        self.mark[WordStatus.KNOWN].setText(
            QCoreApplication.translate("MainWindow", "Mark Word &Known"))
        self.mark[WordStatus.LEARNING].setText(
            QCoreApplication.translate("MainWindow", "Mark Word &Learning"))
        self.mark[WordStatus.UNKNOWN].setText(
            QCoreApplication.translate("MainWindow", "Mark Word &Unknown"))
        self.undo_translation.setText(
            QCoreApplication.translate("MainWindow", "&Undo Translation Edit"))
        self.redo_translation.setText(
            QCoreApplication.translate("MainWindow", "&Redo Translation Edit"))
        self.edit_translation.setText(
            QCoreApplication.translate("MainWindow", "&Edit Translation"))
        self.mark_reviewed.setText(
            QCoreApplication.translate("MainWindow", "Mark &Reviewed / Not Reviewed"))
        self.next_unreviewed.setText(
            QCoreApplication.translate("MainWindow", "Next &Not Reviewed"))
        self.export_workspace.setText(
            QCoreApplication.translate("MainWindow", "Export &Workspace…"))
        self.import_workspace.setText(
            QCoreApplication.translate("MainWindow", "&Import Workspace…"))
        self.about.setText(QCoreApplication.translate("MainWindow", "&About Duizhao"))
        self.about_qt.setText(QCoreApplication.translate("MainWindow", "About &Qt"))
