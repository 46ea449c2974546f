"""Colours shared by the panes, the legend and the cards (category tints, tone colours)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from duizhao.core.document import CATEGORY_COLOURS as CATEGORY_TINTS

CATEGORY_COLOURS = {name: QColor(tint) for name, tint in CATEGORY_TINTS.items()}
# Tone colours as most learners' dictionaries use them (1 red, 2 green, 3 blue, 4 purple).
TONE_COLOURS = {
    1: QColor("#d0302a"),
    2: QColor("#23913b"),
    3: QColor("#1f5fd1"),
    4: QColor("#8b3fb0"),
    5: QColor("#7a7a7a"),
}
CURRENT_SENTENCE = QColor("#fff4c7")
CURRENT_SENTENCE_EDGE = QColor("#e0a800")
HOVER_SENTENCE = QColor("#f1f4f8")
FIND_MATCH = QColor("#ffb347")
LINKED_WORD = QColor("#b9dcff")  # a word and what it was translated as, under the pointer
PENDING_TEXT = QColor("#9a9a9a")


def category_colour(category: str) -> QColor:
    return CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["custom"])


def category_label(category: str) -> str:
    labels = {
        "person": QCoreApplication.translate("Categories", "Person"),
        "place": QCoreApplication.translate("Categories", "Place"),
        "organisation": QCoreApplication.translate("Categories", "Organisation"),
        "term": QCoreApplication.translate("Categories", "Term"),
        "custom": QCoreApplication.translate("Categories", "Custom"),
    }
    return labels.get(category, category)
