"""The vocabulary dock: how much of the open document you know, tokens by HSK level, and the
words you do not know yet, most frequent first (a click goes to the first occurrence); with
the quick start (mark HSK 1…N known), importing a word list and exporting the learning words.

It listens to the session's vocabulary (``counted``, ``marks_changed``) and redraws itself,
only while it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.errors import DuizhaoError
from duizhao.core.vocab.levels import BAND, HskStandard, level_label
from duizhao.ui.docks.level_chart import LevelChart
from duizhao.ui.models.unknown_words_model import UnknownWordsModel

if TYPE_CHECKING:
    from duizhao.core.vocab.coverage import VocabStats
    from duizhao.ui.session import DocumentSession


class VocabularyPanel(QWidget):
    occurrence_activated = Signal(int)  # the row of a word's first occurrence
    message_shown = Signal(str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyPanel")
        self.session = session
        self.vocab = session.vocab
        self.stats: VocabStats | None = None
        self._stale = True
        self.summary = QLabel()
        self.summary.setObjectName("coverage")
        self.summary.setWordWrap(True)
        self.chart = LevelChart()
        self.unknown = UnknownWordsModel()
        self.table = QTableView()
        self.table.setObjectName("unknownWords")
        self.table.setModel(self.unknown)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self._clicked(index.row()))
        self.table.activated.connect(lambda index: self._clicked(index.row()))
        self.level = QSpinBox()
        self.level.setObjectName("knownLevel")
        self.level.setRange(1, BAND)
        self.level.setValue(2)
        self.mark_levels = QPushButton()
        self.mark_levels.setObjectName("markLevelsKnown")
        self.mark_levels.clicked.connect(self._mark_levels)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importKnownWords")
        self.import_button.clicked.connect(self._import)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportLearningWords")
        self.export_button.clicked.connect(self._export)
        quick = QHBoxLayout()
        quick.addWidget(self.mark_levels)
        quick.addWidget(self.level)
        quick.addStretch(1)
        quick.addWidget(self.import_button)
        quick.addWidget(self.export_button)
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.chart)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.table, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(quick)
        self.vocab.counted.connect(self.refresh)
        self.vocab.marks_changed.connect(lambda _change: self.refresh())
        session.opened.connect(self.refresh)
        self.retranslate()

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Work the statistics out again and show them (later, if the panel is hidden)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.stats = self.vocab.stats()
        self._show_summary()
        stats = self.stats
        if stats is None:
            self.chart.set_bars([])
            self.unknown.set_words([])
            return
        self.chart.set_bars([(key, tokens, stats.known_levels.get(key, 0))
                             for key, tokens in stats.levels.items()])
        self.unknown.set_words(stats.unknown)

    def _show_summary(self) -> None:
        stats = self.stats
        if stats is None:
            self.summary.setText(self.tr("Counting the words…") if self.session.model.rowCount()
                                 else "")
            return
        self.summary.setText(
            self.tr("You know %1 of the %2 words of this document, and %3 of its %4 distinct "
                    "words.")
            .replace("%1", f"{stats.coverage:.1%}").replace("%2", f"{stats.tokens:,}")
            .replace("%3", f"{stats.distinct_coverage:.1%}")
            .replace("%4", f"{stats.distinct:,}"))

    def _clicked(self, row: int) -> None:
        if self.stats is None or row >= len(self.stats.unknown):
            return
        found = self.session.model.row_of(self.stats.unknown[row].sentence_id)
        if found is not None:
            self.occurrence_activated.emit(found)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- quick start, import, export -----------------------------------------------------------
    def _mark_levels(self) -> None:
        level = self.level.value()
        request = self.session.request
        added = self.vocab.mark_levels_known(
            level, HskStandard(request.hsk_standard) if request is not None else None)
        self.message_shown.emit(self.tr("HSK 1–%1: %2 words newly marked known.")
                                .replace("%1", level_label(level)).replace("%2", str(added)))

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Known Words"), "",
            self.tr("Word lists (*.txt *.tsv *.csv);;All files (*)"))
        if not path:
            return
        try:
            read, added = self.vocab.import_list(path)
        except DuizhaoError as error:
            answer = QMessageBox.question(
                self, self.tr("Import Known Words"),
                self.tr("%1\n\nImport the readable lines anyway?").replace("%1", str(error)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                read, added = self.vocab.import_list(path, accept_partial=True)
            except DuizhaoError as again:
                QMessageBox.warning(self, self.tr("Import Known Words"), str(again))
                return
        self.message_shown.emit(self.tr("%1 words read, %2 newly marked known.")
                                .replace("%1", str(read)).replace("%2", str(added)))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Learning Words"), "duizhao-words.apkg",
            self.tr("Anki deck (*.apkg);;CSV (*.csv)"))
        if not path:
            return
        try:
            count = self.vocab.export_learning(path)
        except DuizhaoError as error:
            QMessageBox.warning(self, self.tr("Export Learning Words"), str(error))
            return
        self.message_shown.emit(self.tr("%1 words written to %2.")
                                .replace("%1", str(count)).replace("%2", path))

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.unknown.set_headers([
            self.tr("Word"), self.tr("Count"), self.tr("HSK"), self.tr("Pinyin"),
            self.tr("Meaning")])
        self.chart.none_label = self.tr("none")
        self.mark_levels.setText(self.tr("Mark HSK 1 to this level known:"))
        self.import_button.setText(self.tr("Import Known Words…"))
        self.export_button.setText(self.tr("Export Learning Words…"))
        self._show_summary()


class VocabularyDock(QDockWidget):
    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyDock")
        self.panel = VocabularyPanel(session)
        self.setWidget(self.panel)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("VocabularyPanel", "Vocabulary"))
