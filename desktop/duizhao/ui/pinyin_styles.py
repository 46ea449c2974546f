"""The pinyin styles as a reader sees them in a combo box (Preferences, Export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from duizhao.core.language.pinyin_style import PinyinStyle


def add_pinyin_styles(combo: QComboBox) -> None:
    """One item per style, its value the style's setting."""
    labels = {
        PinyinStyle.MARKS: QCoreApplication.translate("PinyinStyle", "Tone marks (lìshí)"),
        PinyinStyle.NUMBERS: QCoreApplication.translate("PinyinStyle", "Tone numbers (li4shi2)"),
        PinyinStyle.PLAIN: QCoreApplication.translate("PinyinStyle", "No tones (lishi)"),
        PinyinStyle.ZHUYIN: QCoreApplication.translate("PinyinStyle", "Zhuyin (ㄌㄧˋ ㄕˊ)"),
    }
    for style in PinyinStyle:
        combo.addItem(labels[style], style.value)
