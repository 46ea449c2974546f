"""Offsets at the Qt boundary: Python counts code points, Qt's text layouts count UTF-16 units.

An emoji or a CJK Extension B–G character (U+20000…) is one character in Python and two units
in a ``QTextLayout``, so every offset into a row's text is converted here on its way into or
out of Qt, and nowhere else.
"""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_qt(text: str, offset: int) -> int:
    """The UTF-16 position in ``text`` of code point ``offset`` (for a QTextLayout)."""
    if not _ASTRAL.search(text, 0, offset):
        return offset
    return offset + len(_ASTRAL.findall(text, 0, offset))


def from_qt(text: str, position: int) -> int:
    """The code point offset of UTF-16 ``position`` in ``text`` (from a QTextLayout); a
    position inside a surrogate pair counts as the character's own start."""
    if not _ASTRAL.search(text):
        return position
    units = 0
    for offset, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > position:
            return offset
    return len(text)
