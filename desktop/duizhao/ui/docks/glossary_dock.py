"""The window's glossary dock: the glossary panel under a title that follows the UI language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDockWidget, QWidget

from duizhao.ui.docks.glossary_panel import GlossaryPanel

if TYPE_CHECKING:
    from duizhao.ui.session import DocumentSession


class GlossaryDock(QDockWidget):
    def __init__(self, session: DocumentSession, selected_text: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDock")
        self.panel = GlossaryPanel(session, selected_text)
        self.setWidget(self.panel)
        self.retranslate()

    def show_panel(self) -> None:
        """Tools ▸ Glossary…: show the dock and put the cursor in its search field."""
        self.show()
        self.raise_()
        self.panel.search.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("GlossaryPanel", "Glossary"))
