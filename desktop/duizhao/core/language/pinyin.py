"""Pinyin per word, read in context, in the canonical form of
:mod:`duizhao.core.language.pinyin_style` (``chong2 hui2``; styled only when shown).

Give the reader the words of the *Simplified* conversion (pypinyin's dictionaries are
Simplified: on Traditional text it reads 參與 cānyǔ, on 参与 cānyù — see
``bench/bench_language.py`` for the measured difference). For each word, in order:

1. ``fixed`` (a glossary entry's pinyin) wins, when it spells one syllable per character;
2. a word of two or more characters with exactly one CC-CEDICT reading takes it
   (重回 chónghuí, where pypinyin says zhònghuí);
3. a single polyphonic character is read in its sentence
   (:mod:`duizhao.core.language.polyphones`: 很长 cháng, 一只 zhī, 睡不着 zháo);
4. otherwise pypinyin, which reads the word as a phrase from its own phrase dictionary,
   character by character only as a last resort;
5. with Taiwan readings (``taiwan``), what CC-CEDICT notes as Taiwan's reading replaces the
   mainland one (:mod:`duizhao.core.language.taiwan`: 垃圾 lèsè, 星期 xīngqí); a glossary's
   pinyin is kept as written.

Proper names (``names``, or words CC-CEDICT only knows as names) are capitalised, written as
one word: Méijīnsījī, and CC-CEDICT's multi-part names keep their parts: Máo Zédōng.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from duizhao.core.language.dictionary import Dictionary
from duizhao.core.language.pinyin_style import canonical, from_written, pypinyin_syllables
from duizhao.core.language.polyphones import ContextReader
from duizhao.core.language.taiwan import TaiwanTable
from duizhao.core.text.han import has_han, is_han

_EMPTY: frozenset[str] = frozenset()
_CITATION = {"一": "yi1", "不": "bu4"}
NUMERALS = frozenset("一二两三四五六七八九十几半每这那哪某")


class PinyinReader:
    """Readings per word; cheap to create (dictionaries load on the first word)."""

    def __init__(self, dictionary: Dictionary | None = None, *,
                 context: ContextReader | None = None, in_context: bool = True,
                 taiwan: TaiwanTable | None = None) -> None:
        self._dictionary = dictionary
        self.context = (context or ContextReader(dictionary)) if in_context else None
        self.taiwan = taiwan
        # a word's reading out of context, per (word, is a name, glossary pinyin): a text
        # repeats a few thousand words tens of thousands of times
        self._read: dict[tuple[str, bool, str | None], str] = {}

    @property
    def dictionary(self) -> Dictionary:
        if self._dictionary is None:
            self._dictionary = Dictionary.bundled()
        return self._dictionary

    def read_words(self, words: list[str], *, names: Iterable[str] = _EMPTY,
                   fixed: Mapping[str, str] | None = None,
                   originals: list[str] | None = None) -> list[str]:
        """One canonical reading per word of a sentence or paragraph (its Simplified form;
        ``originals``: the words as written, for the Traditional characters that settle a
        reading); punctuation and other tokens without Han give themselves (white space "")."""
        name_set = names if isinstance(names, (set, frozenset)) else set(names)
        fixed = fixed or {}
        readings = [self.read_word(word, is_name=word in name_set, fixed=fixed.get(word))
                    for word in words]
        if self.context is not None:
            self._read_in_context(words, readings, name_set, fixed, originals)
        if self.taiwan is not None:
            readings = [reading if word in fixed else self.taiwan.read(word, reading)
                        for word, reading in zip(words, readings, strict=True)]
        return readings

    def _read_in_context(self, words: list[str], readings: list[str], name_set: Iterable[str],
                         fixed: Mapping[str, str], originals: list[str] | None) -> None:
        assert self.context is not None
        text = "".join(words)
        position = 0
        for index, word in enumerate(words):
            if word not in fixed and word not in name_set and is_han(word[-1]) and (
                    len(word) == 1 or (len(word) == 2 and word[0] in NUMERALS)):
                # a numeral and its measure word read as two words: 一行 yī háng (a line)
                original = originals[index] if originals is not None else word
                decided = self.context.reading(text, position + len(word) - 1, original[-1],
                                               phrases=len(word) == 1)
                if decided is not None:
                    readings[index] = " ".join([*readings[index].split()[:-1], decided])
            position += len(word)

    def read_word(self, word: str, *, is_name: bool = False, fixed: str | None = None) -> str:
        key = (word, is_name, fixed)
        known = self._read.get(key)
        if known is None:
            known = self._read[key] = self._read_word(word, is_name, fixed)
        return known

    def _read_word(self, word: str, is_name: bool, fixed: str | None) -> str:
        if not has_han(word):
            return word.strip()
        if fixed:
            written = from_written(fixed, len(word)) if len(word.split()) == 1 else None
            if written is not None:
                return written
        syllables, parts = self._syllables(word)
        # 一 and 不 are stored in their citation tones (CC-CEDICT writes 不是 bu2 shi4):
        # their tone sandhi is a display preference (pinyin_style.spoken)
        syllables = [_CITATION.get(ch, s) if s[:-1].lower() in ("yi", "bu") else s
                     for ch, s in zip(word, syllables, strict=False)] + syllables[len(word):]
        if is_name and not parts:
            parts = [0]
        return canonical(syllables, parts)

    def _syllables(self, word: str) -> tuple[list[str], list[int]]:
        """Tone-number syllables (``zhong1``, ``lü4``, neutral ``zhe5``), one per character,
        and, for a proper name, the indices of the syllables that start a capitalised part."""
        entries = [e for e in self.dictionary.lookup(word)
                   if len(e.pinyin_numbers.split(" ")) == len(word)]
        if entries and all(e.is_proper_name for e in entries):
            syllables = entries[0].syllables()
            return syllables, [i for i, s in enumerate(syllables) if s[:1].isupper()]
        if len(word) >= 2:
            readings = {e.pinyin_numbers.lower() for e in entries if not e.is_proper_name}
            if len(readings) == 1:
                return entries[0].syllables(), []
        return pypinyin_syllables(word), []


def from_legacy(text: str, reading: str) -> str:
    """A token's reading from an older file (tone marks, tone numbers or zhuyin, joined per
    word) in the canonical form; read again from the (Simplified) characters when it cannot
    be parsed."""
    if not any(is_han(ch) for ch in text):
        return reading.strip()
    han = sum(1 for ch in text if is_han(ch))
    if han == len(text.strip()):
        parsed = from_written(reading, han)
        if parsed is not None:
            return parsed
    return PinyinReader().read_word(text)
