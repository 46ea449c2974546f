"""Traditional ↔ Simplified: script detection and conversion.

Conversion is OpenCC (opencc-python-reimplemented) plus CC-CEDICT's word-level knowledge where
OpenCC has none: OpenCC leaves 著 untouched, so 意味著 would stay 意味著 in Simplified; the
CC-CEDICT word pairs in ``resources/script_fixes.tsv`` (built by ``tools.cedict_build``)
give 意味着, 隨著 → 随着, while 著名, 著作, 土著 keep 著. Outside every known word such a character
takes the simplification most CC-CEDICT words give it (看著 → 看着).

The output always has exactly as many code points as the input, so an offset in the converted
text is the same offset in the original: the whole pipeline relies on that.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import opencc

from duizhao.core.document import Script
from duizhao.core.errors import DuizhaoError
from duizhao.core.language.variants import VARIANTS
from duizhao.core.text.han import is_han

KEEP = "*"
# A document is one script when the other script's own characters are at most this share.
MINORITY_SHARE = 0.1
DECIDING_CHARACTERS = 20_000


def detect_script(text: str) -> Script:
    """Traditional, Simplified or mixed, from the characters only one script writes (後 / 后
    is not one: 后 is also Traditional). Han text with no such character at all reads the same
    in both scripts and is reported as Simplified."""
    script = ScriptTally().feed(text, complete=True)
    assert script is not None
    return script


_WINDOW = 65536


class ScriptTally:
    """:func:`detect_script` of a text that grows (a book read a part at a time): it counts
    the same windows of the text as the whole text's detection does, so it decides the same."""

    def __init__(self) -> None:
        self._tables = _script_characters()
        self._counted = 0  # characters of the text looked at
        self._traditional = self._simplified = 0
        self._han = False

    def feed(self, text: str, *, complete: bool) -> Script | None:
        """The script of ``text`` (the whole text so far), or ``None`` while it is not decided
        and the text is not ``complete``."""
        # a big document is decided by its first DECIDING_CHARACTERS telling characters
        while (self._counted < len(text)
               and self._traditional + self._simplified < DECIDING_CHARACTERS):
            if self._counted + _WINDOW > len(text) and not complete:
                return None  # this window is still to be read to its end
            self._count(text[self._counted:self._counted + _WINDOW])
            self._counted += _WINDOW
        if not complete and self._traditional + self._simplified < DECIDING_CHARACTERS:
            return None
        return self._script()

    def _count(self, window: str) -> None:
        tables = self._tables
        for ch in window:
            if ch in tables.traditional_only:
                self._traditional += 1
            elif ch in tables.simplified_only:
                self._simplified += 1
            elif not self._han and is_han(ch):
                self._han = True

    def _script(self) -> Script:
        traditional, simplified = self._traditional, self._simplified
        total = traditional + simplified
        if total == 0:
            return Script.SIMPLIFIED if self._han else Script.NONE
        if simplified <= MINORITY_SHARE * total:
            return Script.TRADITIONAL
        if traditional <= MINORITY_SHARE * total:
            return Script.SIMPLIFIED
        return Script.MIXED


def default_variant(script: Script | None) -> str:
    return "s2t" if script is Script.SIMPLIFIED else "t2s"


class ScriptConverter:
    """Converts both ways with one regional flavour: ``tw2s``/``s2tw`` both mean Taiwan
    Traditional, ``hk2s``/``s2hk`` Hong Kong, ``t2s``/``s2t`` OpenCC's standard.
    ``variant=None``: chosen from ``source_script`` (the detected script of the document)."""

    def __init__(self, variant: str | None = None, *, source_script: Script | None = None
                 ) -> None:
        if variant is None:
            variant = default_variant(source_script)
        if variant not in VARIANTS:
            raise DuizhaoError(f"Unknown conversion {variant!r}: choose one of "
                               f"{', '.join(VARIANTS)}.")
        self.variant = variant
        self.source_script = source_script
        self._to_simplified_config, self._to_traditional_config = VARIANTS[variant]

    def to_simplified(self, text: str) -> str:
        converted = _convert(self._to_simplified_config, text)
        return _fixes().forward.apply(text, converted)

    def to_traditional(self, text: str) -> str:
        converted = _convert(self._to_traditional_config, text)
        return _fixes().reverse.apply(text, converted)


# --- OpenCC with the same-length guarantee ---------------------------------------------------

_opencc_lock = threading.Lock()


@cache
def _opencc(config: str) -> Any:
    with _opencc_lock:
        converter = opencc.OpenCC(config)
        converter.convert("")  # loads its dictionaries now, under the lock
        return converter


_PIECES = re.compile(r"(\s+|[^\w]+)")


def _convert(config: str, text: str) -> str:
    converter = _opencc(config)
    converted: str = converter.convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase mapped to a different length (none of the configured dictionaries does so
    # today, but a dictionary update could): convert piece by piece, and character by
    # character wherever a piece still changes length.
    parts: list[str] = []
    for piece in _PIECES.split(text):
        out = converter.convert(piece)
        if len(out) != len(piece):
            out = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in piece)
        parts.append(out)
    return "".join(parts)


# --- CC-CEDICT word-level fixes ---------------------------------------------------------------

@dataclass
class _FixTable:
    automaton: Any  # ahocorasick.Automaton of word -> (length, pattern), or None when empty
    defaults: dict[str, str]  # character -> its replacement outside known words
    keep: dict[str, frozenset[str]]  # character -> readings in which it is not replaced
    trigger: re.Pattern[str] | None  # any character a fix can touch

    def apply(self, original: str, converted: str) -> str:
        if self.trigger is None or not self.trigger.search(original):
            return converted
        chars = list(converted)
        decided = [False] * len(chars)
        if self.automaton is not None:
            for end, (length, pattern) in self.automaton.iter_long(original):
                start = end - length + 1
                for i, target in enumerate(pattern):
                    if target != KEEP:
                        chars[start + i] = target
                        decided[start + i] = True
        if self.defaults:
            for i, ch in enumerate(original):
                target = self.defaults.get(ch)
                # only where OpenCC had no opinion either (tw2s already turns 著 into 着)
                if target and not decided[i] and converted[i] == ch:
                    if ch in self.keep and _phrase_reading(converted, i) in self.keep[ch]:
                        continue  # 撰著 zhuànzhù: a phrase CC-CEDICT lacks but pypinyin has
                    chars[i] = target
        return "".join(chars)


@dataclass
class _Fixes:
    forward: _FixTable
    reverse: _FixTable


def _phrase_reading(text: str, index: int) -> str | None:
    """The reading pypinyin's phrase dictionary gives ``text[index]`` inside the longest
    phrase around it (tone numbers), or None when no phrase covers it."""
    from pypinyin.contrib.tone_convert import to_tone3
    from pypinyin.phrases_dict import phrases_dict  # loaded only when a fix needs it

    for length in (4, 3, 2):
        for start in range(max(0, index - length + 1), min(index, len(text) - length) + 1):
            readings = phrases_dict.get(text[start:start + length])
            if readings:
                return str(to_tone3(readings[index - start][0], v_to_u=True,
                                    neutral_tone_with_five=True))
    return None


def _build_table(words: list[tuple[str, str]], defaults: dict[str, str],
                 keep: dict[str, frozenset[str]]) -> _FixTable:
    automaton = None
    chars = set(defaults)
    if words:
        automaton = ahocorasick.Automaton()
        for word, pattern in words:
            automaton.add_word(word, (len(word), pattern))
            chars.update(ch for ch, target in zip(word, pattern, strict=True)
                         if target != KEEP)
        automaton.make_automaton()
    trigger = re.compile("[" + re.escape("".join(sorted(chars))) + "]") if chars else None
    return _FixTable(automaton, defaults, keep, trigger)


@lru_cache(maxsize=1)
def _fixes() -> _Fixes:
    text = resources.files("duizhao.resources").joinpath("script_fixes.tsv").read_text("utf-8")
    forward: list[tuple[str, str]] = []
    reverse: list[tuple[str, str]] = []
    defaults: dict[str, str] = {}
    keep: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, word, target = line.split("\t")
        if kind == "char":
            defaults[word] = target
        elif kind == "keep":
            keep[word] = frozenset(target.split(" "))
        elif len(word) == len(target):
            (forward if kind == "t2s" else reverse).append((word, target))
    return _Fixes(_build_table(forward, defaults, keep), _build_table(reverse, {}, {}))


# --- detection tables -------------------------------------------------------------------------

@dataclass(frozen=True)
class _ScriptCharacters:
    traditional_only: frozenset[str]
    simplified_only: frozenset[str]


@lru_cache(maxsize=1)
def _script_characters() -> _ScriptCharacters:
    root = Path(opencc.__file__).parent / "dictionary"

    def one_way(name: str) -> frozenset[str]:
        """Characters the table always converts to something else (not to themselves)."""
        result = set()
        with open(root / name, encoding="utf-8") as table:
            for line in table:
                key, values = line.rstrip("\n").split("\t")
                if len(key) == 1 and key not in values.split(" "):
                    result.add(key)
        return frozenset(result)

    traditional = one_way("TSCharacters.txt")
    simplified = one_way("STCharacters.txt")
    # a character both tables claim (rare variant overlaps) decides nothing
    return _ScriptCharacters(traditional - simplified, simplified - traditional)


# --- folding for matching ---------------------------------------------------------------------

def fold_to_simplified(text: str) -> str:
    """Each character replaced by its usual Simplified form (OpenCC's character table), with no
    word-level choices: not a conversion to show anyone, but a fast key under which the same
    sentence in either script compares equal (the translation memory's). Same length."""
    return text.translate(fold_table())


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """``fold_to_simplified`` as a ``str.translate`` table (code point → character)."""
    table: dict[int, str] = {}
    with open(Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt",
              encoding="utf-8") as characters:
        for line in characters:
            key, values = line.rstrip("\n").split("\t")
            target = values.split(" ")[0]
            if len(key) == 1 and len(target) == 1 and target != key:
                table[ord(key)] = target
    return table
