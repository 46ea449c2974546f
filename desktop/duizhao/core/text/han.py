"""Han characters: the one definition every step uses (unified ideographs, extension A, the
compatibility block and the supplementary-plane extensions)."""

from __future__ import annotations

import re

# The ranges as the inside of a regular-expression class, for patterns built around them.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U0003134f"
HAN = re.compile(f"[{HAN_CLASS}]")
# The common block alone (U+4E00-U+9FFF), where most text lives and fonts are complete.
UNIFIED_IDEOGRAPHS = range(0x4E00, 0xA000)


def is_han(char: str) -> bool:
    return HAN.fullmatch(char) is not None


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


def han_count(text: str) -> int:
    return len(HAN.findall(text))
