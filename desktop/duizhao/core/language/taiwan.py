"""Taiwan readings: where Taiwan's standard reading of a word differs from the mainland's
(垃圾 lèsè, 星期 xīngqí), as CC-CEDICT notes them ("Taiwan pr.").

The data is ``resources/taiwan_readings.tsv`` (built by ``python tools/cedict_build.py`` from
the newest CC-CEDICT; how it is chosen is in docs/pinyin.md). A canonical reading (see
:mod:`duizhao.core.language.pinyin_style`) is changed in two steps:

1. a word CC-CEDICT notes (垃圾, 部分, 說服), wherever it stands in the word read, when its
   syllables are the mainland ones in any tones: 垃圾桶 lèsètǒng; a word Taiwan's dictionary
   reads with a character's mainland syllable keeps it (``=``: 包括 bāokuò, 括 noted guā);
2. then each other character CC-CEDICT notes on its own, when it has the noted mainland
   syllable: 期 qī → qí in 星期, 學期, 時期 (not in 期 jī).

A character's note on a name (蒙 Méng, Mongolia) holds anywhere in a name (內蒙古 Nèiménggǔ),
never in an ordinary word. Capitals and erhua are kept; a reading that does not give one
syllable per character is left as it is.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from duizhao.core.choice import Choice
from duizhao.core.language.pinyin_style import is_syllable

RESOURCE = "taiwan_readings.tsv"
KEEP = "="  # a word's syllable that stays as read, whatever its character's note says
# The conversion variants that write Taiwan's standard (see duizhao.core.language.convert)
TAIWAN_VARIANTS = frozenset({"tw2s", "s2tw"})


class TaiwanReadings(Choice):
    """When Taiwan readings are used; settings and the CLI's ``--taiwan-readings`` share it."""

    AUTO = "auto"  # with the Taiwan conversion variant
    ON = "on"
    OFF = "off"

    def applies(self, variant: str | None) -> bool:
        """Whether readings are Taiwan's with this conversion variant (None: by detection)."""
        return self is TaiwanReadings.ON or (
            self is TaiwanReadings.AUTO and variant in TAIWAN_VARIANTS)


def _toneless(items: list[str]) -> str:
    return " ".join(item[:-1].lower() for item in items)


class TaiwanTable:
    """The noted words and characters, parsed from the resource's text."""

    def __init__(self, text: str) -> None:
        self.words: dict[str, dict[str, list[str]]] = {}  # form → toneless mainland → Taiwan
        self.characters: dict[tuple[str, str], str] = {}  # (character, syllable) → Taiwan
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            form, mainland, taiwan = line.replace("u:", "ü").split("\t")
            syllables = taiwan.split()
            if len(form) == 1:  # case kept: 法 Fa3 (France) is Fà in Taiwan, 法 fa3 stays
                self.characters[(form, mainland)] = syllables[0]
            else:
                self.words.setdefault(form, {})[mainland] = syllables
        self._longest = max((len(form) for form in self.words), default=0)
        # the noted characters and the first character of each noted word: a word with none
        # of them (most of a text) is passed over at once
        self._noted = frozenset(char for char, _ in self.characters) | frozenset(
            form[0] for form in self.words)

    @staticmethod
    def bundled() -> TaiwanTable:
        return _bundled()

    def read(self, word: str, reading: str) -> str:
        """``reading`` (canonical, of ``word``'s characters) with Taiwan's readings."""
        if self._noted.isdisjoint(word):
            return reading
        items = reading.split()
        if len(items) != len(word) or not any(is_syllable(item) for item in items):
            return reading
        changed = [False] * len(items)
        for length in range(min(self._longest, len(word)), 1, -1):
            for start in range(len(word) - length + 1):
                noted = self.words.get(word[start:start + length])
                span = slice(start, start + length)
                if noted is None or any(changed[span]):
                    continue
                if not all(is_syllable(item) for item in items[span]):
                    continue
                taiwan = noted.get(_toneless(items[span]))
                if taiwan is not None:
                    items[span] = [old if new == KEEP else _cased(new, old)
                                   for new, old in zip(taiwan, items[span], strict=True)]
                    changed[span] = [True] * length
        name = items[0][:1].isupper()  # a note on a name's syllable (蒙 Meng3) holds in it
        for index, (char, item) in enumerate(zip(word, items, strict=True)):
            if not changed[index]:
                taiwan_item = self.characters.get((char, item)) or (
                    self.characters.get((char, item.capitalize())) if name else None)
                if taiwan_item is not None:
                    items[index] = _cased(taiwan_item, item)
        return " ".join(items)


def _cased(new: str, old: str) -> str:
    """``new`` capitalised as ``old`` is (a part of a name starts with a capital)."""
    new = new.lower()
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


@lru_cache(maxsize=1)
def _bundled() -> TaiwanTable:
    return TaiwanTable(resources.files("duizhao.resources").joinpath(RESOURCE)
                       .read_text("utf-8"))
