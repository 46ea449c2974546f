"""File › Export…: choose a format, a file and the options, see a preview of the first
sentences with those options, and write the file (asking before replacing one). Subtitles of
the English (SRT, WebVTT) are offered for a subtitle document only."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import duizhao.pdf.writer  # noqa: F401  (registers the PDF format)
from duizhao.core.document import Document
from duizhao.core.errors import DuizhaoError
from duizhao.core.export import (
    COLUMNS,
    FORMATS,
    PAGE_SIZES,
    SUBTITLE_FORMATS,
    ExportOptions,
    Layout,
    OutputExistsError,
    ScriptChoice,
    export_document,
    format_of,
)
from duizhao.core.storage.paths import config_dir
from duizhao.core.storage.settings_file import SettingsFile
from duizhao.ui.dialogs.export_preview import ExportPreview
from duizhao.ui.pinyin_styles import add_pinyin_styles
from duizhao.ui.tasks import BackgroundOp, TaskContext, TaskHandle

FORMAT_ORDER = ("html", "pdf", "docx", "markdown", "tmx", "json", *SUBTITLE_FORMATS)
# Which options mean something for each format (the others are greyed out).
APPLIES = {
    "html": {"layout", "columns", "pinyin", "script", "glossary", "page", "edited"},
    "pdf": {"layout", "columns", "pinyin", "script", "glossary", "page", "edited"},
    "docx": {"columns", "pinyin", "page", "glossary", "edited"},
    "markdown": {"columns", "pinyin", "script", "glossary"},
    "tmx": {"script", "machine"},
    "json": set(),
    "srt": set(),
    "vtt": set(),
}


class ExportDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None, *,
                 settings_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.document = document
        self.written_path: Path | None = None
        # Never QSettings on this file: it would unpickle objects a crafted file names.
        self._settings = SettingsFile(settings_path or config_dir() / "duizhao.ini")
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._update_preview)
        self._build()
        self._restore()
        self._format_changed()

    # --- widgets ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.format_box = QComboBox(objectName="format")
        for name in FORMAT_ORDER:
            fmt = FORMATS[name]
            self.format_box.addItem(f"{self._format_label(name)} ({fmt.extensions[0]})", name)
            if name in SUBTITLE_FORMATS and not self.document.cues:
                self._offer_not(name)
        self.path_edit = QLineEdit(objectName="path")
        browse = QPushButton(self.tr("Choose…"), objectName="browse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.side_by_side = QRadioButton(self.tr("Side by side"), objectName="sideBySide")
        self.interlinear = QRadioButton(self.tr("Interlinear (pinyin over each character)"),
                                        objectName="interlinear")
        self._layouts = QButtonGroup(self)
        self._layouts.addButton(self.side_by_side)
        self._layouts.addButton(self.interlinear)
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.side_by_side)
        layout_row.addWidget(self.interlinear)
        layout_row.addStretch(1)
        self.layout_widget = QWidget()
        self.layout_widget.setLayout(layout_row)
        layout_row.setContentsMargins(0, 0, 0, 0)

        titles = {"original": self.tr("Original"), "traditional": self.tr("Traditional"),
                  "simplified": self.tr("Simplified"), "pinyin": self.tr("Pinyin"),
                  "english": self.tr("English")}
        self.column_boxes = {c: QCheckBox(titles[c], objectName=f"column-{c}") for c in COLUMNS}
        columns_row = QHBoxLayout()
        for box in self.column_boxes.values():
            columns_row.addWidget(box)
        columns_row.addStretch(1)
        columns_row.setContentsMargins(0, 0, 0, 0)
        self.columns_widget = QWidget()
        self.columns_widget.setLayout(columns_row)

        self.pinyin_box = QComboBox(objectName="pinyinStyle")
        add_pinyin_styles(self.pinyin_box)
        self.script_box = QComboBox(objectName="script")
        self.script_box.addItem(self.tr("As in the document"), ScriptChoice.ORIGINAL.value)
        self.script_box.addItem(self.tr("Traditional"), ScriptChoice.TRADITIONAL.value)
        self.script_box.addItem(self.tr("Simplified"), ScriptChoice.SIMPLIFIED.value)
        self.page_box = QComboBox(objectName="pageSize")
        for size in PAGE_SIZES:
            self.page_box.addItem(size, size)
        self.glossary_box = QCheckBox(self.tr("Glossary of the terms used, at the end"),
                                      objectName="glossaryAppendix")
        self.edited_box = QCheckBox(self.tr("Mark the English you edited"),
                                    objectName="markEdited")
        self.machine_box = QCheckBox(self.tr("TMX: machine translations too"),
                                     objectName="machineInTmx")

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Layout:"), self.layout_widget)
        form.addRow(self.tr("Columns:"), self.columns_widget)
        form.addRow(self.tr("Pinyin:"), self.pinyin_box)
        form.addRow(self.tr("Main script:"), self.script_box)
        form.addRow(self.tr("Page size:"), self.page_box)
        for box in (self.glossary_box, self.edited_box, self.machine_box):
            form.addRow("", box)
        options_group = QGroupBox(self.tr("Options"))
        options_group.setLayout(form)

        self.note = QLabel(objectName="note", wordWrap=True)
        self.note.setStyleSheet("color: palette(mid);")
        self.preview = ExportPreview()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        # Shown while the file is written off the GUI thread (a big PDF takes a while); the
        # dialog's Cancel stops it then, and nothing is written.
        self.busy = QProgressBar(objectName="exportBusy")
        self.busy.setRange(0, 0)
        self.busy.hide()

        main = QVBoxLayout(self)
        main.addWidget(options_group)
        main.addWidget(self.note)
        main.addWidget(self.preview, 1)
        main.addWidget(self.busy)
        main.addWidget(self.buttons)
        self._options_group = options_group
        self._exporting = False
        self._task: TaskHandle | None = None

        self.format_box.currentIndexChanged.connect(self._format_changed)
        for signal in (self._layouts.buttonToggled, self.pinyin_box.currentIndexChanged,
                       self.script_box.currentIndexChanged, self.page_box.currentIndexChanged,
                       self.glossary_box.toggled, self.edited_box.toggled,
                       *(box.toggled for box in self.column_boxes.values())):
            signal.connect(self._schedule_preview)
        self.path_edit.textChanged.connect(self._path_edited)

    def _format_label(self, name: str) -> str:
        return {
            "html": self.tr("HTML page"), "pdf": self.tr("PDF document"),
            "docx": self.tr("Word document"), "markdown": self.tr("Markdown"),
            "tmx": self.tr("TMX translation memory"), "json": self.tr("Annotated JSON"),
            "srt": self.tr("SubRip subtitles of the English"),
            "vtt": self.tr("WebVTT subtitles of the English"),
        }[name]

    def _offer_not(self, name: str) -> None:
        """Grey out a subtitle format: this document has no cue times to keep."""
        model = self.format_box.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.format_box.findData(name))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(self._no_cues_message())

    def _no_cues_message(self) -> str:
        return self.tr("Subtitles of the English need a subtitle document (opened from .srt or "
                       ".vtt): this one has no cue times.")

    def offers(self, name: str) -> bool:
        """Whether the format list lets the reader choose ``name``."""
        return name not in SUBTITLE_FORMATS or bool(self.document.cues)

    # --- state ------------------------------------------------------------------------------

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def options(self) -> ExportOptions:
        columns = tuple(c for c, box in self.column_boxes.items() if box.isChecked())
        return ExportOptions(
            columns=columns or ("original",),
            layout=Layout.INTERLINEAR if self.interlinear.isChecked() else Layout.SIDE_BY_SIDE,
            pinyin_style=str(self.pinyin_box.currentData()),
            script=str(self.script_box.currentData()),
            page_size=str(self.page_box.currentData()),
            glossary_appendix=self.glossary_box.isChecked(),
            mark_edited=self.edited_box.isChecked(),
            machine_in_tmx=self.machine_box.isChecked(),
        )

    def set_options(self, options: ExportOptions) -> None:
        (self.interlinear if options.layout is Layout.INTERLINEAR
         else self.side_by_side).setChecked(True)
        for column, box in self.column_boxes.items():
            box.setChecked(column in options.columns)
        self.pinyin_box.setCurrentIndex(self.pinyin_box.findData(options.pinyin_style.value))
        self.script_box.setCurrentIndex(self.script_box.findData(options.script.value))
        self.page_box.setCurrentIndex(self.page_box.findData(options.page_size))
        self.glossary_box.setChecked(options.glossary_appendix)
        self.edited_box.setChecked(options.mark_edited)
        self.machine_box.setChecked(options.machine_in_tmx)

    def set_format(self, name: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(name))

    def _restore(self) -> None:
        raw = self._settings.text("export/options", "")
        try:
            options = ExportOptions.from_dict(json.loads(str(raw))) if raw else ExportOptions()
        except ValueError:
            options = ExportOptions()
        self.set_options(options)
        name = self._settings.text("export/format", "html")
        self.set_format(name if name in FORMATS and self.offers(name) else "html")
        folder = self._settings.text("export/folder", "")
        source = Path(self.document.source.path) if self.document.source.path else None
        if not folder or not Path(folder).is_dir():
            folder = str(source.parent) if source and source.parent.is_dir() else str(Path.home())
        stem = source.stem if source else "duizhao"
        self.path_edit.setText(str(Path(folder) / (stem + FORMATS[self.format_name()]
                                                   .extensions[0])))

    def _remember(self) -> None:
        self._settings.set("export/options", json.dumps(self.options().to_dict()))
        self._settings.set("export/format", self.format_name())
        if self.written_path is not None:
            self._settings.set("export/folder", str(self.written_path.parent))

    # --- reactions --------------------------------------------------------------------------

    def _format_changed(self) -> None:
        name = self.format_name()
        for option, widget in (
                ("layout", self.layout_widget), ("columns", self.columns_widget),
                ("pinyin", self.pinyin_box), ("script", self.script_box),
                ("page", self.page_box), ("glossary", self.glossary_box),
                ("edited", self.edited_box), ("machine", self.machine_box)):
            widget.setEnabled(option in APPLIES[name])
        path = self.path_edit.text().strip()
        if path:  # keep the name, follow the format's extension
            self.path_edit.setText(str(Path(path).with_suffix(FORMATS[name].extensions[0])))
        notes = {
            "tmx": self.tr("Human translations (yours, reviewed, from the memory) are written, "
                           "a model's only when asked; word-by-word glosses never."),
            "json": self.tr("The complete annotated document; the options do not apply."),
            "docx": self.tr("Word and LibreOffice show the columns as a table."),
            "markdown": self.tr("One block per sentence."),
            "srt": self.tr("One subtitle per cue, at the times of the subtitle file you "
                           "opened; the original stands in where a sentence has no English "
                           "yet."),
        }
        notes["vtt"] = notes["srt"]
        self.note.setText(notes.get(name, ""))
        self._schedule_preview()

    def _path_edited(self, text: str) -> None:
        name = format_of(Path(text.strip()))
        if name is not None and not self.offers(name):
            self.note.setText(self._no_cues_message())
        elif name is not None and name != self.format_name():
            self.format_box.blockSignals(True)
            self.set_format(name)
            self.format_box.blockSignals(False)
            self._format_changed()

    def _schedule_preview(self, *args: object) -> None:
        self._preview_timer.start()

    def _update_preview(self) -> None:
        self.preview.show_export(self.document, self.format_name(), self.options())

    def _browse(self) -> None:
        name = self.format_name()
        fmt = FORMATS[name]
        patterns = " ".join(f"*{e}" for e in fmt.extensions)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(),
            f"{self._format_label(name)} ({patterns})",
            options=QFileDialog.Option.DontConfirmOverwrite)  # we ask ourselves, once
        if path:
            if not Path(path).suffix:
                path += fmt.extensions[0]
            self.path_edit.setText(path)

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace file?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file to export to."))
            return
        path = Path(text).expanduser()
        force = False
        if path.exists():
            if not self.confirm_overwrite(path):
                return
            force = True
        try:
            options = self.options()
        except DuizhaoError as error:
            QMessageBox.warning(self, self.tr("Export failed"), str(error))
            return
        document, format_name = self.document, self.format_name()
        if not self.offers(format_of(path) or format_name):  # a .srt typed for a book
            QMessageBox.warning(self, self.tr("Export"), self._no_cues_message())
            return
        self._set_exporting(True)
        self._task = (
            BackgroundOp(lambda context: export_document(
                document, path, options, format=format_name, force=force,
                progress=_reporter(context)), success=self._exported)
            .progress(self._progressed)
            .failure(self._export_failed)
            .on_cancel(self._export_cancelled)
            .run())

    @property
    def exporting(self) -> bool:
        return self._exporting

    def _set_exporting(self, running: bool) -> None:
        self._exporting = running
        self.busy.setRange(0, 0)
        self.busy.setVisible(running)
        self.export_button.setEnabled(not running)
        self._options_group.setEnabled(not running)

    def _progressed(self, done: int, total: int) -> None:
        if done < total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
        else:  # every sentence rendered; writing the file (or laying out PDF pages) is left
            self.busy.setRange(0, 0)

    def _export_cancelled(self) -> None:
        self._set_exporting(False)
        self.note.setText(self.tr("Export cancelled; nothing was written."))

    def _exported(self, written: Path) -> None:
        self._set_exporting(False)
        self.written_path = written
        self._remember()
        self.accept()

    def _export_failed(self, error: BaseException) -> None:
        self._set_exporting(False)
        if isinstance(error, OutputExistsError):  # appeared since we looked: ask next time
            return
        if not isinstance(error, DuizhaoError):
            raise error
        QMessageBox.warning(self, self.tr("Export failed"), str(error))

    def reject(self) -> None:
        if self.exporting:  # Cancel (or Esc) while exporting stops the export first
            if self._task is not None:
                self._task.cancel()
            return
        super().reject()


def _reporter(context: TaskContext) -> Callable[[int, int], None]:
    """The export's progress callback: stops it when cancelled, reports every 1 %."""
    shown = {"next": 0}

    def report(done: int, total: int) -> None:
        context.check()
        if done >= shown["next"] or done >= total:
            shown["next"] = done + max(1, total // 100)
            context.report(done, total)

    return report
