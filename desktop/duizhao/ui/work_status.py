"""The status bar's part in background work: a line of text, a progress bar and Cancel.

A progress bar repaints on every new value, so it is updated a few times a second at most.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

PROGRESS_INTERVAL = 0.25  # seconds between progress bar updates


class WorkStatus(QObject):
    cancel_requested = Signal()

    def __init__(self, bar: QStatusBar, cancel_action: QAction) -> None:
        super().__init__(bar)
        self._cancel_action = cancel_action  # enabled only while there is work to cancel
        self._shown_at = 0.0
        self._reading = False
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelWork")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.review = QLabel()
        self.review.setObjectName("reviewCount")
        self._review = (0, 0)
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.review)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.cancel_button.installEventFilter(self)
        self.retranslate()

    def reviewed(self, done: int, total: int) -> None:
        """The "34 / 108 reviewed" of the status bar."""
        self._review = (done, total)
        self.review.setText(self.tr("%1 / %2 reviewed").replace("%1", str(done))
                            .replace("%2", str(total)) if total else "")

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def busy(self, text: str) -> None:
        """Work has started whose length is not known yet."""
        self.label.setText(text)
        self.progress.setRange(0, 0)
        self._show()

    def annotating(self, done: int, total: int) -> None:
        self._set_progress(self.tr("Annotating"), done, total)

    def translating(self, done: int, total: int) -> None:
        self._set_progress(self.tr("Translating"), done, total)

    def idle(self, text: str = "") -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._cancel_action.setEnabled(self._reading)
        self.label.setText(text)

    def reading(self, on: bool) -> None:
        """Reading aloud started or ended: the cancel action (Esc) stops it."""
        self._reading = on
        self._cancel_action.setEnabled(on or self.progress.isVisible())
        text = self.tr("Reading aloud (Esc stops).")
        if on:
            self.label.setText(text)
        elif self.label.text() == text:
            self.label.setText("")

    def _set_progress(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._shown_at < PROGRESS_INTERVAL:
            return
        if done >= total:
            return  # finished: idle() follows; no 100 % bar to repaint there and then
        self._shown_at = now
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{what} %p%")
        self._show()

    def _show(self) -> None:
        self.progress.show()
        self.cancel_button.show()
        self._cancel_action.setEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.reviewed(*self._review)
