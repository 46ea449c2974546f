"""Readings of polyphonic characters that stand alone as a word, read in their sentence.

A word of two or more characters is read as a word (see :mod:`duizhao.core.language.pinyin`);
a single character that has several readings (长 cháng/zhǎng, 为 wèi/wéi, 着 zhe/zháo…) is
decided here, in order:

1. the original character, when it has fewer readings than its Simplified form (隻 is only
   zhī, 乾 gān, 幹 gàn, 髮 fà);
2. the rules of ``resources/polyphone_rules.tsv``: what grammar books say about the character's
   neighbours (长 after a degree word is cháng, 只 after a numeral zhī…);
3. the longest phrase of pypinyin's phrase dictionary or CC-CEDICT that covers the character
   and its neighbours in this sentence, across the segmenter's word boundaries (一场, 名为);
4. otherwise the word's own reading stays.

The method and its measured accuracy are in docs/pinyin.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from duizhao.core.language.dictionary import Dictionary
from duizhao.core.text.han import is_han

RULES = "polyphone_rules.tsv"
_CONTEXT = 12  # characters each side a rule looks at
_LONGEST_PHRASE = 4
_CACHED_WINDOWS = 100_000
# Stored in citation tone; how they change before another syllable is tone sandhi, a display
# preference (pypinyin's phrases spell 一个 yí gè).
_CITATION_ONLY = frozenset("一不")


@dataclass(frozen=True)
class Rule:
    reading: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None

    def matches(self, before: str, after: str) -> bool:
        return (self.before is None or self.before.search(before) is not None) and (
            self.after is None or self.after.match(after) is not None)


def parse_rules(text: str) -> dict[str, list[Rule]]:
    """The rules file: ``@NAME<TAB>pattern`` lines define classes, the others are rules."""
    classes: dict[str, str] = {}
    rules: dict[str, list[Rule]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if line.startswith("@"):
            classes[fields[0][1:]] = fields[1]
            continue
        if len(fields) != 4:
            raise ValueError(f"{RULES} line {number}: expected 4 fields, got {len(fields)}")
        char, reading, before, after = (_expand(f, classes) for f in fields)
        rules.setdefault(char, []).append(Rule(
            reading,
            re.compile(f"(?:{before})$") if before else None,
            re.compile(f"(?:{after})") if after else None))
    return rules


def _expand(field: str, classes: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z]+)\}", lambda m: classes[m.group(1)], field)


@lru_cache(maxsize=1)
def bundled_rules() -> dict[str, list[Rule]]:
    return parse_rules(resources.files("duizhao.resources").joinpath(RULES).read_text("utf-8"))


@lru_cache(maxsize=65536)
def readings_of(char: str) -> frozenset[str]:
    """Every reading pypinyin knows of ``char``, in tone numbers (converted as characters are
    met: converting all 40,000 at once would keep a new document's first screen waiting)."""
    from pypinyin.contrib.tone_convert import to_tone3
    from pypinyin.pinyin_dict import pinyin_dict

    value = pinyin_dict.get(ord(char)) if len(char) == 1 else None
    if not value:
        return frozenset()
    return frozenset(to_tone3(r, v_to_u=True, neutral_tone_with_five=True)
                     for r in value.split(","))


class ContextReader:
    """Decides single polyphonic characters from their sentence; cheap to create."""

    def __init__(self, dictionary: Dictionary | None = None,
                 rules: dict[str, list[Rule]] | None = None) -> None:
        self._dictionary = dictionary
        self._rules = rules
        # phrase readings by the characters around: a text repeats its phrases (的, 和, 都…)
        self._phrases: dict[tuple[str, int], str | None] = {}

    @property
    def dictionary(self) -> Dictionary:
        if self._dictionary is None:
            self._dictionary = Dictionary.bundled()
        return self._dictionary

    @property
    def rules(self) -> dict[str, list[Rule]]:
        if self._rules is None:
            self._rules = bundled_rules()
        return self._rules

    def reading(self, simplified: str, index: int, original: str, *,
                phrases: bool = True) -> str | None:
        """The reading of ``simplified[index]`` (its original form ``original``), or None
        when nothing here decides it (``phrases``: also from the phrases around it)."""
        char = simplified[index]
        known = readings_of(char)
        if len(known) < 2 or char in _CITATION_ONLY:
            return None
        if original != char:
            settled = known & readings_of(original)
            if len(settled) == 1:
                return next(iter(settled))
        before = simplified[max(0, index - _CONTEXT):index]
        after = simplified[index + 1:index + 1 + _CONTEXT]
        for rule in self.rules.get(char, ()):
            if rule.matches(before, after):
                return rule.reading
        if not phrases:
            return None
        start = max(0, index - _LONGEST_PHRASE + 1)
        window = simplified[start:index + _LONGEST_PHRASE]
        key = (window, index - start)
        if key not in self._phrases:
            if len(self._phrases) >= _CACHED_WINDOWS:
                self._phrases.clear()
            self._phrases[key] = self._phrase_reading(window, index - start)
        return self._phrases[key]

    def _phrase_reading(self, text: str, index: int) -> str | None:
        """The character's reading in the longest known phrase around it in ``text``."""
        from pypinyin.contrib.tone_convert import to_tone3
        from pypinyin.phrases_dict import phrases_dict

        for length in range(_LONGEST_PHRASE, 1, -1):
            first = max(0, index - length + 1)
            for start in range(first, min(index, len(text) - length) + 1):
                phrase = text[start:start + length]
                if not all(is_han(ch) for ch in phrase):
                    continue
                # pypinyin's phrases first: its readings follow frequency (到了 dào le), where
                # CC-CEDICT lists the rarer sense too (dàoliǎo, "in the end")
                found = phrases_dict.get(phrase)
                if found and len(found) == length:
                    return str(to_tone3(found[index - start][0], v_to_u=True,
                                        neutral_tone_with_five=True))
                entries = [e for e in self.dictionary.lookup(phrase)
                           if not e.is_proper_name and len(e.syllables()) == length]
                readings = {e.syllables()[index - start].lower() for e in entries}
                if len(readings) == 1:
                    return readings.pop()
        return None
