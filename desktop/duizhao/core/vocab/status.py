"""A word's mark: what the reader says they know.

Apart from the store of marks (:mod:`duizhao.core.vocab.known`, SQLite), so that the window's
menus and cards can name a mark without opening or importing the store at start-up.
"""

from __future__ import annotations

from enum import Enum


class WordStatus(str, Enum):
    UNKNOWN = "unknown"
    LEARNING = "learning"
    KNOWN = "known"
