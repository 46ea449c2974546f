"""The banner that says no translation model is installed, and when to say it.

Whether a model is installed is remembered in the settings, so the banner shows at once at
start; it is checked again off the GUI thread (looking imports the translation package).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

from duizhao.ui.panes.banner import Banner
from duizhao.ui.settings import Settings
from duizhao.ui.tasks import BackgroundOp


class ModelBanner(QObject):
    get_model_requested = Signal()

    def __init__(self, banner: Banner, settings: Settings) -> None:
        super().__init__(banner)
        self.banner = banner
        self.settings = settings
        banner.action_clicked.connect(self.get_model_requested)
        banner.dismissed.connect(lambda: settings.set_model_banner_dismissed(True))
        banner.installEventFilter(self)
        self._show_unless(settings.model_installed())

    def check(self) -> None:
        """Look for an installed model off the GUI thread, then show or hide the banner."""
        if self.settings.model_banner_dismissed():
            return
        from duizhao.ui.model_status import has_translation_model

        BackgroundOp(lambda _context: has_translation_model(),
                     success=self._checked).owned_by(self.banner).run()

    def _checked(self, has_model: bool) -> None:
        self.settings.set_model_installed(has_model)
        self._show_unless(has_model)

    def _show_unless(self, has_model: bool) -> None:
        if has_model or self.settings.model_banner_dismissed():
            self.banner.hide()
        else:
            self.banner.show_message(
                self.tr("No translation model is installed: the English pane shows a "
                        "word-by-word gloss. The Chinese→English model is about 100 MB."),
                self.tr("Get a Model…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self.banner.isHidden():
            self._show_unless(False)
        return False
