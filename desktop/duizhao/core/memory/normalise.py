"""The key under which a translation memory finds a sentence, whatever its script and width.

A unit written in Traditional matches the same sentence in Simplified (characters folded with
the pipeline's converter), and half-/full-width punctuation, CJK quotation marks and white
space make no difference: 「你好，世界。」 and “你好, 世界.” have one key.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache

from duizhao.core.language.convert import fold_table, fold_to_simplified

# CJK punctuation NFKC leaves alone, onto the ASCII its full-width forms become
_PUNCTUATION = {
    ord(k): v for k, v in {
    "。": ".", "、": ",", "「": '"', "」": '"', "『": '"', "』": '"', "“": '"', "”": '"',
    "„": '"', "‘": "'", "’": "'", "《": "<", "》": ">", "〈": "<", "〉": ">", "【": "[",
    "】": "]", "〔": "[", "〕": "]", "—": "-", "–": "-", "・": "·", "•": "·",
    }.items()
}


def match_key(text: str) -> str:
    """``text`` folded to one script, one width of punctuation, lower case, no white space."""
    return unicodedata.normalize("NFKC", text).translate(_key_table()).casefold()


def comparable(text: str) -> str:
    """``text`` with only its script folded: same length, so a difference found in it is at the
    same place in ``text`` (for marking the characters a fuzzy match differs in)."""
    return fold_to_simplified(text)


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str | None]:
    """One ``str.translate`` table for the whole key: script, punctuation, white space."""
    table: dict[int, str | None] = dict(fold_table())
    table.update(_PUNCTUATION)
    for code in range(min(sys.maxunicode, 0x3000) + 1):
        if chr(code).isspace():
            table[code] = None
    return table
