"""Pinyin per word, read in context.

Give the reader the words of the *Simplified* conversion (pypinyin's dictionaries are
Simplified: on Traditional text it reads 參與 cānyǔ, on 参与 cānyù — see
``bench/bench_language.py`` for the measured difference). For each word, in order:

1. ``fixed`` (a glossary entry's pinyin) wins;
2. a word of two or more characters with exactly one CC-CEDICT reading takes it
   (重回 chónghuí, where pypinyin says zhònghuí);
3. otherwise pypinyin, which reads the word as a phrase from its own phrase dictionary,
   character by character only as a last resort.

Proper names (``names``, or words CC-CEDICT only knows as names) are capitalised, written as
one word: Méijīnsījī, and CC-CEDICT's multi-part names keep their parts: Máo Zédōng.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from duizhao.core.language.dictionary import Dictionary, DictionaryEntry
from duizhao.core.language.pinyin_format import (
    capitalise,
    join_syllables,
    marks_to_numbers,
    strip_tones,
    syllable_to_marks,
)
from duizhao.core.text.han import has_han

STYLES = ("marks", "numbers", "zhuyin")

_SYLLABLE = re.compile(r"^([a-zü]+)([1-5])$")
_EMPTY: frozenset[str] = frozenset()


class PinyinReader:
    """Readings per word; cheap to create (dictionaries load on the first word)."""

    def __init__(self, style: str = "marks", dictionary: Dictionary | None = None) -> None:
        if style not in STYLES:
            raise ValueError(f"unknown pinyin style {style!r}; choose one of {', '.join(STYLES)}")
        self.style = style
        self._dictionary = dictionary

    @property
    def dictionary(self) -> Dictionary:
        if self._dictionary is None:
            self._dictionary = Dictionary.bundled()
        return self._dictionary

    def read_words(self, words: list[str], *, names: Iterable[str] = _EMPTY,
                   fixed: Mapping[str, str] | None = None) -> list[str]:
        """One reading per word, in the reader's style; punctuation and other non-Chinese
        tokens give themselves (white space gives "")."""
        name_set = names if isinstance(names, (set, frozenset)) else set(names)
        fixed = fixed or {}
        return [self.read_word(word, is_name=word in name_set, fixed=fixed.get(word))
                for word in words]

    def read_word(self, word: str, *, is_name: bool = False, fixed: str | None = None) -> str:
        if not has_han(word):
            return word.strip()
        if fixed:
            return self._render_fixed(fixed)
        syllables, parts = self._syllables(word)
        if is_name and not parts:
            parts = [0]
        return self._render(syllables, parts)

    def _syllables(self, word: str) -> tuple[list[str], list[int]]:
        """Tone-number syllables (``zhong1``, ``lü4``, neutral ``zhe5``) and, for a proper
        name, the indices of the syllables that start a capitalised part."""
        entries = [e for e in self.dictionary.lookup(word)
                   if len(e.pinyin_numbers.split(" ")) == len(word)]
        if entries and all(e.is_proper_name for e in entries):
            syllables = _cedict_syllables(entries[0])
            parts = [i for i, s in enumerate(entries[0].pinyin_numbers.split(" "))
                     if s[:1].isupper()]
            return [s.lower() for s in syllables], parts
        if len(word) >= 2:
            readings = {e.pinyin_numbers.lower() for e in entries if not e.is_proper_name}
            if len(readings) == 1:
                return [s.lower() for s in _cedict_syllables(entries[0])], []
        return _pypinyin(word), []

    def _render(self, syllables: list[str], parts: list[int]) -> str:
        if self.style == "zhuyin":
            return "".join(_zhuyin(s) for s in syllables)
        if self.style == "numbers":
            pieces = list(syllables)
        else:
            pieces = [syllable_to_marks(s) for s in syllables]
        if not parts:
            return join_syllables(pieces) if self.style == "marks" else "".join(pieces)
        words = []
        bounds = [*parts, len(pieces)] if parts[0] == 0 else [0, *parts, len(pieces)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            chunk = pieces[start:end]
            text = join_syllables(chunk) if self.style == "marks" else "".join(chunk)
            words.append(capitalise(text) if start in parts else text)
        return " ".join(w for w in words if w)

    def _render_fixed(self, reading: str) -> str:
        """A glossary reading is written in tone marks; other styles re-spell it."""
        if self.style == "marks":
            return reading
        rendered = []
        for part in reading.split():
            syllables = split_marked(part)
            if syllables is None:
                return reading
            numbered = [marks_to_numbers(s) for s in syllables]
            if self.style == "zhuyin":
                rendered.append("".join(_zhuyin(s) for s in numbered))
            else:
                text = "".join(numbered)
                rendered.append(capitalise(text) if part[:1].isupper() else text)
        return " ".join(rendered)


def _cedict_syllables(entry: DictionaryEntry) -> list[str]:
    return [s.replace("u:", "ü").replace("U:", "Ü") for s in entry.pinyin_numbers.split(" ")]


@lru_cache(maxsize=65536)
def _pypinyin_cached(word: str) -> tuple[str, ...]:
    # imported here: pypinyin loads its dictionaries on import (~0.3 s), which the window
    # should not pay before it is shown
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True,
                           errors=_one_item_per_character)
    return tuple(readings)


def _one_item_per_character(chars: str) -> Any:  # pypinyin accepts a list (its stubs: str)
    return list(chars)


def _pypinyin(word: str) -> list[str]:
    return list(_pypinyin_cached(word))


def _zhuyin(syllable: str) -> str:
    if syllable in ("r5", "r"):  # erhua: 儿 after the syllable it colours
        return "ㄦ"
    if not _SYLLABLE.match(syllable):
        return syllable
    from pypinyin.style.bopomofo import converter as bopomofo

    zhuyin = str(bopomofo.to_bopomofo(syllable_to_marks(syllable)))
    if zhuyin.endswith("˙"):  # the neutral-tone dot is written before the syllable: ˙ㄓㄜ
        zhuyin = "˙" + zhuyin[:-1]
    return zhuyin


@lru_cache(maxsize=1)
def _toneless_syllables() -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    syllables = {strip_tones(reading) for value in pinyin_dict.values()
                 for reading in value.split(",")}
    return frozenset(s for s in syllables if s.isalpha())


def split_marked(word: str) -> list[str] | None:
    """``Kē'ěrtúnuòfū`` → ``[kē, ěr, tú, nuò, fū]`` (lower case); None if it is not pinyin."""
    result: list[str] = []
    for chunk in word.lower().replace("’", "'").split("'"):
        if not chunk:
            continue
        parsed = _split_chunk(chunk, strip_tones(chunk), _toneless_syllables())
        if parsed is None:
            return None
        result.extend(parsed)
    return result


def _split_chunk(chunk: str, bare: str, known: frozenset[str]) -> list[str] | None:
    if not bare:
        return []
    for length in range(min(6, len(bare)), 0, -1):
        if bare[:length] in known:
            rest = _split_chunk(chunk[length:], bare[length:], known)
            if rest is not None:
                return [chunk[:length], *rest]
    return None
