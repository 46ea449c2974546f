"""Preferences: language, pinyin, conversion, font and panes — saved when OK is pressed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duizhao.core.language.taiwan import TaiwanReadings
from duizhao.core.vocab.levels import HskStandard
from duizhao.ui import i18n
from duizhao.ui.panes.pane_group import KINDS
from duizhao.ui.pinyin_styles import add_pinyin_styles
from duizhao.ui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, Settings

VARIANTS = ("", "t2s", "tw2s", "hk2s")  # see duizhao.core.language.convert.ScriptConverter


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.language = self._choices(
            "language", [(self.tr("System language"), ""),
                         *((name, code) for code, name in i18n.LANGUAGE_NAMES.items())],
            settings.language())

        self.tone_colours = QCheckBox(self.tr("Colour pinyin by tone"))
        self.tone_colours.setChecked(settings.tone_colours())
        self.tone_sandhi = QCheckBox(self.tr("Show 一 and 不 as spoken (tone sandhi: búshì, yígè)"))
        self.tone_sandhi.setObjectName("toneSandhi")
        self.tone_sandhi.setChecked(settings.tone_sandhi())
        self.pinyin_style = QComboBox()
        self.pinyin_style.setObjectName("pinyinStyle")
        add_pinyin_styles(self.pinyin_style)
        self._select(self.pinyin_style, settings.pinyin_style().value)
        self.variant = self._choices(
            "variant", zip((self.tr("Automatic (from the document)"),
                            self.tr("Standard (OpenCC)"), self.tr("Taiwan"),
                            self.tr("Hong Kong")), VARIANTS, strict=False),
            settings.variant())
        self.taiwan_readings = self._choices(
            "taiwanReadings", [(self.tr("With the Taiwan conversion"), TaiwanReadings.AUTO.value),
                               (self.tr("Always"), TaiwanReadings.ON.value),
                               (self.tr("Never (mainland readings)"), TaiwanReadings.OFF.value)],
            settings.taiwan_readings().value)
        self.taiwan_readings.setToolTip(self.tr(
            "Where CC-CEDICT gives Taiwan's reading of a word, show it: 垃圾 lèsè, 星期 xīngqí"))
        self.hsk_standard = self._choices(
            "hskStandard",
            [(self.tr("HSK 3.0, 2025 examination syllabus"), HskStandard.SYLLABUS_2025.value),
             (self.tr("HSK 3.0, GF0025-2021 standard"), HskStandard.STANDARD_2021.value),
             (self.tr("HSK 2.0 (levels 1-6)"), HskStandard.HSK_2.value)],
            settings.hsk_standard().value)

        self.font_family = QFontComboBox()
        if settings.font_family():
            self.font_family.setCurrentFont(QFont(settings.font_family()))
        self.font_size = QSpinBox()
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setValue(settings.font_size())
        self.font_size.setSuffix(" pt")
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)

        panes_box = QGroupBox(self.tr("Panes shown"))
        panes_layout = QHBoxLayout(panes_box)
        titles = {"original": self.tr("Original"), "converted": self.tr("Converted"),
                  "pinyin": self.tr("Pinyin"), "english": self.tr("English")}
        visible = settings.visible_panes()
        self.panes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(titles[kind])
            box.setObjectName(f"show-{kind}")
            box.setChecked(kind in visible)
            self.panes[kind] = box
            panes_layout.addWidget(box)
        self.interlinear = QCheckBox(self.tr("Interlinear view (pinyin above the characters)"))
        self.interlinear.setChecked(settings.interlinear())

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Pinyin:"), self.pinyin_style)
        form.addRow("", self.tone_colours)
        form.addRow("", self.tone_sandhi)
        form.addRow(self.tr("Conversion:"), self.variant)
        form.addRow(self.tr("Taiwan readings:"), self.taiwan_readings)
        form.addRow(self.tr("HSK levels:"), self.hsk_standard)
        form.addRow(self.tr("Font:"), font_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(panes_box)
        layout.addWidget(self.interlinear)
        layout.addWidget(buttons)

    @staticmethod
    def _choices(name: str, items: Iterable[tuple[str, str]], current: str) -> QComboBox:
        """A combo box named ``name`` of (label, value) items, with ``current`` chosen."""
        combo = QComboBox()
        combo.setObjectName(name)
        for label, value in items:
            combo.addItem(label, value)
        PreferencesDialog._select(combo, current)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        s = self.settings
        s.blockSignals(True)  # one "changed" at the end, not one per field
        try:
            s.set_tone_colours(self.tone_colours.isChecked())
            s.set_tone_sandhi(self.tone_sandhi.isChecked())
            s.set_pinyin_style(self.pinyin_style.currentData())
            s.set_variant(self.variant.currentData())
            s.set_taiwan_readings(TaiwanReadings(self.taiwan_readings.currentData()))
            s.set_hsk_standard(HskStandard(self.hsk_standard.currentData()))
            s.set_font_family(self.font_family.currentFont().family())
            s.set_font_size(self.font_size.value())
            s.set_visible_panes([k for k, box in self.panes.items() if box.isChecked()])
            s.set_interlinear(self.interlinear.isChecked())
        finally:
            s.blockSignals(False)
        s.changed.emit()
        language = self.language.currentData()
        if language != s.language() or i18n.current_language() != (
                language or i18n.system_language()):
            s.set_language(language)
            i18n.apply_language(language)
