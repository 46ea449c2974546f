"""Translation models: list what is installed, download zh→en (progress, cancel), install an
``.argosmodel`` file, remove one. All the work runs in background ops; network is used only
when the reader presses Download."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duizhao.ui.model_status import translation_package
from duizhao.ui.session import error_message
from duizhao.ui.tasks import BackgroundOp, TaskContext, TaskHandle


class ModelManagerDialog(QDialog):
    models_changed = Signal()
    listed = Signal()  # the installed list was (re)filled; tests wait on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.setWindowTitle(self.tr("Translation Models"))
        self.list = QListWidget()
        self.list.setObjectName("installedModels")
        self.list.currentItemChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.hide()
        self.download_button = QPushButton(self.tr("Download Chinese→English…"))
        self.download_button.setObjectName("download")
        self.install_button = QPushButton(self.tr("Install from File…"))
        self.install_button.setObjectName("installFromFile")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelDownload")
        self.cancel_button.hide()
        self.download_button.clicked.connect(self.download)
        self.install_button.clicked.connect(lambda: self.install_from_file())
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for button in (self.download_button, self.install_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Installed models:")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(560, 360)
        self._job: TaskHandle | None = None
        self.refresh()

    # -- listing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        def op(_context: TaskContext) -> list[object]:
            return list(translation_package().installed_models())

        BackgroundOp(op, success=self._fill).failure(self._failed).run()

    def _fill(self, models: list[object]) -> None:
        self.list.clear()
        for model in models:
            size = getattr(model, "size", 0) / 1_000_000
            text = (f"{model.name} {model.version}  ({model.from_code}→{model.to_code}, "  # type: ignore[attr-defined]
                    f"{size:.0f} MB)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, model.path.name)  # type: ignore[attr-defined]
            self.list.addItem(item)
        if not models:
            self.status.setText(self.tr("No model is installed. Without one, the English pane "
                                        "shows a word-by-word gloss from the dictionary."))
        self._update_buttons()
        self.listed.emit()

    def installed_names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        busy = self._job is not None
        self.remove_button.setEnabled(not busy and self.list.currentItem() is not None)
        self.download_button.setEnabled(not busy)
        self.install_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)

    # -- actions -------------------------------------------------------------------------------
    def install_from_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Install Model"), "",
                self.tr("Argos models (*.argosmodel);;All files (*)"))
            if not path:
                return

        def op(_context: TaskContext) -> object:
            return translation_package().install_from_file(Path(path))

        self._start(self.tr("Installing %1…").replace("%1", Path(path).name), op)

    def download(self) -> None:
        def op(context: TaskContext) -> object:
            package = translation_package()
            model = package.newest_available()
            context.check()
            return package.download_model(model, progress=context.report,
                                          cancel=context.cancel_token)

        self._start(self.tr("Downloading the Chinese→English model…"), op)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Remove Model"),
            self.tr("Remove %1? Translations already made stay in the cache.").replace(
                "%1", item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove(name)

    def remove(self, name: str) -> None:
        def op(_context: TaskContext) -> object:
            return translation_package().remove_model(name)

        self._start(self.tr("Removing %1…").replace("%1", name), op)

    def _start(self, text: str, op: object) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._job = (BackgroundOp(op, success=self._done)  # type: ignore[arg-type]
                     .progress(self._progress)
                     .failure(self._failed)
                     .on_cancel(self._cancelled)
                     .run())
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            # QProgressBar is int-based: count in kilobytes so big files fit
            self.progress.setRange(0, max(1, total // 1024))
            self.progress.setValue(done // 1024)
            self.progress.setFormat(f"{done / 1_000_000:.1f} / {total / 1_000_000:.1f} MB")

    def _done(self, _result: object) -> None:
        self._job = None
        self.progress.hide()
        self.status.setText(self.tr("Done."))
        self.models_changed.emit()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.progress.hide()
        message = error_message(error)
        self.status.setText(message)
        self._update_buttons()
        if type(error).__name__ != "OperationCancelled":
            QMessageBox.warning(self, self.tr("Translation Models"), message)

    def _cancelled(self) -> None:
        self._job = None
        self.progress.hide()
        self.status.setText(self.tr("Cancelled."))
        self._update_buttons()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def reject(self) -> None:
        self.cancel()
        super().reject()
