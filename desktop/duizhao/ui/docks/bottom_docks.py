"""The glossary and vocabulary docks at the window's foot, each built the first time it is
used (not at start-up), sharing the space as tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from duizhao.ui.panes.pane_group import PaneGroup
from duizhao.ui.session import DocumentSession

if TYPE_CHECKING:
    from duizhao.ui.docks.glossary_dock import GlossaryDock
    from duizhao.ui.docks.vocabulary_dock import VocabularyDock

MESSAGE_MS = 8000


class BottomDocks:
    def __init__(self, window: QMainWindow, session: DocumentSession, panes: PaneGroup) -> None:
        self.window, self.session, self.panes = window, session, panes
        self._glossary: GlossaryDock | None = None
        self._vocabulary: VocabularyDock | None = None

    @property
    def glossary(self) -> GlossaryDock:
        if self._glossary is None:
            from duizhao.ui.docks.glossary_dock import GlossaryDock

            dock = GlossaryDock(self.session, self.panes.selected_chinese, self.window)
            dock.panel.message_shown.connect(self._show_message)
            self._add(dock)
            dock.hide()
            self._glossary = dock
        return self._glossary

    @property
    def vocabulary(self) -> VocabularyDock:
        if self._vocabulary is None:
            from duizhao.ui.docks.vocabulary_dock import VocabularyDock

            dock = VocabularyDock(self.session, self.window)
            dock.panel.occurrence_activated.connect(self.panes.set_current)
            dock.panel.message_shown.connect(self._show_message)
            self._add(dock)
            self._vocabulary = dock
        return self._vocabulary

    def show_glossary(self) -> None:
        self.glossary.show_panel()

    def show_vocabulary(self) -> None:
        dock = self.vocabulary
        dock.show()
        dock.raise_()

    def _show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _add(self, dock: QDockWidget) -> None:
        """Bottom docks share the space as tabs: side by side, their toolbars together are
        wider than a laptop's screen."""
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        other = next((d for d in (self._glossary, self._vocabulary)
                      if d is not None and d is not dock), None)
        if other is not None:
            self.window.tabifyDockWidget(other, dock)
