"""Han characters: the one definition every step uses (unified ideographs, extension A, the
compatibility block and the supplementary-plane extensions)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

# The blocks, first and last code point of each.
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2EBEF),
           (0x30000, 0x3134F))
# The ranges as the inside of a regular-expression class, for patterns built around them.
HAN_CLASS = "".join(f"{chr(first)}-{chr(last)}" for first, last in _BLOCKS)
_BOUNDS = [bound for first, last in _BLOCKS for bound in (first, last + 1)]
# The common block alone (U+4E00-U+9FFF), where most text lives and fonts are complete.
UNIFIED_IDEOGRAPHS = range(0x4E00, 0xA000)


def is_han(char: str) -> bool:
    # by code point: compiling the class as a regular expression takes milliseconds, and a
    # window showing a cached document never needs it
    return len(char) == 1 and bisect_right(_BOUNDS, ord(char)) % 2 == 1


@cache
def _han() -> re.Pattern[str]:
    return re.compile(f"[{HAN_CLASS}]")


def has_han(text: str) -> bool:
    return _han().search(text) is not None


def han_count(text: str) -> int:
    return len(_han().findall(text))
