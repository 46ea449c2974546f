"""Pinyin spelling: CC-CEDICT's numbered syllables (``lu:4 se4``) to tone marks (``lǜ sè``).

Tone placement follows the standard rule: ``a`` or ``e`` takes the mark; in ``ou`` the ``o``
does; otherwise the last vowel. Tone 5 (neutral) has no mark.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}
_SYLLABLE = re.compile(r"^([A-Za-züÜ:v]+?)([1-5])$")
_VOWELS = "aeiouü"


def syllable_to_marks(syllable: str) -> str:
    """``zhong1`` → ``zhōng``, ``lu:4`` → ``lǜ``, ``Xi1`` → ``Xī``; anything else unchanged
    (``·``, ``，``, letters such as ``A``)."""
    match = _SYLLABLE.match(syllable)
    if not match:
        return syllable.replace("u:", "ü").replace("U:", "Ü")
    letters, tone = match.groups()
    letters = letters.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    if tone == "5":
        return letters
    lower = letters.lower()
    if "a" in lower:
        index = lower.index("a")
    elif "e" in lower:
        index = lower.index("e")
    elif "ou" in lower:
        index = lower.index("o")
    else:
        vowels = [i for i, ch in enumerate(lower) if ch in _VOWELS]
        if not vowels:  # syllabic m / n / ng (呣 m2, 嗯 ng4): the mark goes on the m or n
            vowels = [i for i, ch in enumerate(lower) if ch in "mn"][:1]
            if not vowels:
                return letters
        index = vowels[-1]
    marked = letters[: index + 1] + _MARKS[tone] + letters[index + 1:]
    return unicodedata.normalize("NFC", marked)


def numbers_to_marks(pinyin: str) -> str:
    """A CC-CEDICT reading, syllables separated by spaces: ``chong2 hui2`` → ``chóng huí``."""
    return " ".join(syllable_to_marks(s) for s in pinyin.split(" "))


def join_syllables(syllables: list[str]) -> str:
    """Syllables of one word written together, with the apostrophe pinyin requires before a
    syllable starting with a, o or e (``Xī'ān``, ``Kē'ěrtúnuòfū``)."""
    out = ""
    for syllable in syllables:
        if out and out[-1].isalpha() and _starts_with_aoe(syllable):
            out += "'"
        out += syllable
    return out


def _starts_with_aoe(syllable: str) -> bool:
    if not syllable:
        return False
    base = unicodedata.normalize("NFD", syllable[0])[0].lower()
    return base in "aoe"


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def strip_tones(syllable: str) -> str:
    """``lǜ`` → ``lü``, ``zhōng`` → ``zhong`` (keeps the diaeresis of ü)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(ch for ch in decomposed if ch not in "\u0304\u0301\u030c\u0300")
    return unicodedata.normalize("NFC", kept)


_TONE_OF_MARK = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def marks_to_numbers(syllable: str) -> str:
    """``Zhōng`` → ``zhong1``, ``lǜ`` → ``lü4``, ``zhe`` → ``zhe5`` (one syllable, lower case)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tone = next((_TONE_OF_MARK[ch] for ch in decomposed if ch in _TONE_OF_MARK), "5")
    return strip_tones(syllable.lower()) + tone
