"""Suggest names for the glossary: runs that look like transliterated foreign names.

Chinese writes foreign names with a small, well-known set of characters chosen for their
sound (the Xinhua transliteration tables: 斯, 基, 夫, 羅, 爾, 諾, 維, 奇, 娃…). A run of three
or more such characters, with at least one of the most typical ones, that is neither a
CC-CEDICT word nor already in the glossary is very likely a name the reader wants to add.
Both scripts are covered, so Traditional and Simplified documents work alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass

from duizhao.core.glossary.entries import Glossary
from duizhao.core.text.han import HAN_CLASS

# Characters of the Xinhua transliteration tables, Simplified and Traditional forms.
_TRANSLITERATION = set(
    "阿埃艾愛爱安昂奧奥巴拜班邦鮑鲍貝贝本比彼畢毕別别賓宾波伯博布查達达戴丹道德登迪蒂丁"
    "東东杜頓顿多厄恩爾尔法范菲費费芬豐丰夫福弗蓋盖岡冈戈格古圭哈海漢汉豪赫亨胡霍基吉加賈贾"
    "傑杰金居卡凱凯坎康考柯科克肯庫库誇夸奎拉萊莱賴赖蘭兰朗勞劳勒雷里利莉廉列林琳盧卢魯鲁"
    "倫伦羅罗洛呂吕馬马邁迈麥麦曼梅門门蒙米密明莫姆穆納纳娜內内尼涅寧宁紐纽努諾诺帕派潘佩"
    "彭皮普奇齊齐恰喬乔切欽钦丘薩萨塞桑瑟森沙莎舍什斯松蘇苏索塔泰坦湯汤唐特圖图托瓦萬万旺"
    "威韋韦維维溫温沃烏乌西希謝谢辛休雅亞亚揚扬耶伊尤約约扎詹澤泽茲兹茨娃婭娅奈廖柳捷緬缅"
    "茹佐祖卓熱热舒烈連连瑪玛朱濟济蓬爾魯索謝爾蓋弗拉基米羅維奇娃蒂克里姆林宮宫"
)
# The most typical of them: a name needs at least one.
_TYPICAL = set("斯基夫羅罗爾尔諾诺維维奇娃婭娅茨耶科克姆蒂圖图")
_LONGEST_WORD = 8
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")


@dataclass(frozen=True)
class NameSuggestion:
    text: str
    count: int  # occurrences in the document
    first: int  # offset of the first occurrence, to show it in context


def suggest_names(
    text: str,
    *,
    dictionary: Container[str] | None = None,
    glossary: Glossary | None = None,
    min_length: int = 3,
    is_known: Callable[[str], bool] | None = None,
) -> list[NameSuggestion]:
    """Name-like runs of ``text`` missing from ``dictionary`` and ``glossary``, most frequent
    first.

    ``dictionary`` defaults to the bundled CC-CEDICT. Glossary hits are masked out first, so a
    known name is never suggested again, in whole or in part.
    """
    if dictionary is None:
        from duizhao.core.language.dictionary import Dictionary

        dictionary = Dictionary.bundled()
    masked = _mask_known(text, glossary)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for run in _HAN_RUN.finditer(masked):
        if not _TYPICAL.intersection(run.group()):
            continue
        words = _mask_words(run.group(), dictionary)
        for start, candidate in _name_like(words, run.start(), min_length):
            if candidate in dictionary or (is_known is not None and is_known(candidate)):
                continue
            counts[candidate] += 1
            first.setdefault(candidate, start)
    return sorted((NameSuggestion(name, count, first[name]) for name, count in counts.items()),
                  key=lambda s: (-s.count, s.first))


def looks_like_name(word: str, min_length: int = 3) -> bool:
    """True when all of ``word`` is written like a transliterated name."""
    return _name_like(word, 0, min_length) == [(0, word)]


def _mask_known(text: str, glossary: Glossary | None) -> str:
    if glossary is None or len(glossary) == 0:
        return text
    chars = list(text)
    for hit in glossary.find(text):
        chars[hit.start:hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


def _mask_words(run: str, dictionary: Container[str]) -> str:
    """Blank out ordinary words so a name is not glued to its neighbours (俄羅斯|科學院).

    Greedy longest dictionary match; a word is blanked if it has 3+ characters (a known name
    such as 烏克蘭 is no suggestion either) or contains a character names are not written with.
    """
    out = list(run)
    index = 0
    while index < len(run):
        for length in range(min(_LONGEST_WORD, len(run) - index), 1, -1):
            word = run[index:index + length]
            if word in dictionary:
                if length >= 3 or not _TRANSLITERATION.issuperset(word):
                    out[index:index + length] = " " * length
                index += length
                break
        else:
            index += 1
    return "".join(out)


def _name_like(run: str, offset: int, min_length: int) -> list[tuple[int, str]]:
    """Maximal stretches of transliteration characters in a run of Han characters."""
    found = []
    start = None
    for index, char in enumerate(run + " "):
        if char in _TRANSLITERATION:
            if start is None:
                start = index
            continue
        if start is not None:
            stretch = run[start:index]
            if len(stretch) >= min_length and any(c in _TYPICAL for c in stretch):
                found.append((offset + start, stretch))
            start = None
    return found
