"""The word-colouring preference: which words the Chinese panes colour by what the reader knows.

Apart from the colouring itself (:mod:`duizhao.ui.panes.word_colours`), so that reading the
settings at start-up does not load the known-words store and the text formats.
"""

from __future__ import annotations

from enum import Enum


class WordColouring(str, Enum):
    NONE = "none"
    LEVELS = "levels"
    UNKNOWN = "unknown"
