"""Pinyin styles: the one canonical reading of a token, shown as tone marks, tone numbers, no
tones or zhuyin.

A token's canonical reading (what the annotated document stores in ``Token.pinyin``) is one
item per character of the token, separated by spaces:

* a Han character gives its syllable in tone numbers: ``chong2 hui2``, ``lü4 se4``,
  ``yi4 wei4 zhe5`` (5 is the neutral tone);
* a syllable starting with a capital letter begins a part of a proper name:
  ``Xi1 an1`` (Xī'ān), ``Mao2 Ze2 dong1`` (Máo Zédōng);
* erhua 儿 is ``r5`` and joins the syllable before it: ``hua4 r5`` (huàr);
* any other character (a digit, a Latin letter) stands for itself: ``3 yue4``.

A token without Han characters (punctuation, a Latin word, a number) keeps its own text.

Every style is derived from that form here and nowhere else, so changing the style never
changes a reading and no style loses what another needs (apostrophes, capitals, erhua).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol

from duizhao.core.choice import Choice
from duizhao.core.text.han import is_han


class PinyinStyle(Choice):
    """How a reading is shown; settings, the CLI's ``--pinyin`` and the exports share it."""

    MARKS = "marks"  # chónghuí
    NUMBERS = "numbers"  # chong2hui2
    PLAIN = "plain"  # chonghui (no tones)
    ZHUYIN = "zhuyin"  # ㄔㄨㄥˊ ㄏㄨㄟˊ (bopomofo)

    @classmethod
    def _missing_(cls, value: object) -> PinyinStyle | None:
        # "none" is what earlier documentation called the toneless style.
        return cls.PLAIN if value in ("none", "toneless") else None


class Reads(Protocol):
    """What a token offers for rendering (``duizhao.core.document.Token`` does)."""

    @property
    def text(self) -> str: ...

    @property
    def pinyin(self) -> str: ...


Tones = tuple[tuple[int, int, int], ...]  # (start, end, tone 1-5) of each syllable shown

_SYLLABLE = re.compile(r"[A-Za-zÜü]+[1-5]")
_ERHUA = "r5"
_ZHUYIN_TONES = {"1": "", "2": "ˊ", "3": "ˇ", "4": "ˋ"}
# Syllabic nasals, which pypinyin's bopomofo table spells letter by letter.
_ZHUYIN_NASALS = {"m": "ㄇ", "n": "ㄋ", "ng": "ㄫ", "hm": "ㄏㄇ", "hng": "ㄏㄫ"}


def is_syllable(item: str) -> bool:
    return _SYLLABLE.fullmatch(item) is not None


def tone(item: str) -> int:
    """1-5 for a syllable of the canonical form, 0 for anything else."""
    return int(item[-1]) if is_syllable(item) else 0


# -- building the canonical form --------------------------------------------------------------

def canonical(syllables: Sequence[str], name_parts: Iterable[int] = ()) -> str:
    """The canonical reading from tone-number syllables (``ü`` or ``v``; any case); the
    syllables at ``name_parts`` start a capitalised part of a name."""
    parts = set(name_parts)
    items = []
    for index, item in enumerate(syllables):
        if is_syllable(item):
            item = item.lower().replace("v", "ü")
            if index in parts:
                item = item[:1].upper() + item[1:]
        items.append(item)
    return " ".join(items)


def from_written(written: str, count: int) -> str | None:
    """A reading someone wrote (a glossary's ``Kē'ěrtúnuòfū``, ``Máo Zédōng``, ``ke1er3``) in
    the canonical form, if it spells exactly ``count`` syllables; None otherwise."""
    from pypinyin.contrib.tone_convert import to_tone3

    syllables: list[str] = []
    starts: list[int] = []
    for part in written.replace("’", "'").split():
        numbered = re.findall(r"[A-Za-zÜüv:]+[1-5]", part)
        if numbered and "".join(numbered) == part.replace("'", ""):
            pieces = [p.replace("u:", "ü").replace("U:", "Ü") for p in numbered]
        else:
            marked = split_marked(part)
            if marked is None:
                return None
            pieces = [to_tone3(p, v_to_u=True, neutral_tone_with_five=True) for p in marked]
        if part[:1].isupper():
            starts.append(len(syllables))
        syllables.extend(pieces)
    if len(syllables) != count or not all(is_syllable(s) for s in syllables):
        return None
    return canonical(syllables, starts)


def cut(text: str, reading: str, start: int, end: int) -> str:
    """The reading of ``text[start:end]`` (a token split at a sentence end)."""
    if not any(is_han(ch) for ch in text):
        return text[start:end].strip()
    items = iter(reading.split())
    kept = []
    for index, char in enumerate(text):
        if char.isspace():
            continue
        item = next(items, char)
        if start <= index < end:
            kept.append(item)
    return " ".join(kept)


@lru_cache(maxsize=65536)
def _pypinyin_cached(text: str) -> tuple[str, ...]:
    # imported here: pypinyin loads its dictionaries on import (~0.3 s), which the window
    # should not pay before it is shown
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True,
                             errors=_one_item_per_character))


def _one_item_per_character(chars: str) -> Any:  # pypinyin accepts a list (its stubs: str)
    return [ch for ch in chars if not ch.isspace()]


def pypinyin_syllables(text: str) -> list[str]:
    """pypinyin's reading of ``text`` (its phrases first), one item per character that is not
    white space: the last resort when nothing better knows the reading."""
    return list(_pypinyin_cached(text))


# -- syllables of a written word --------------------------------------------------------------

def strip_tones(syllable: str) -> str:
    """``lǜ`` → ``lü``, ``zhōng`` → ``zhong`` (keeps the diaeresis of ü)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(ch for ch in decomposed if ch not in "\u0304\u0301\u030c\u0300")
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=1)
def toneless_syllables() -> frozenset[str]:
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
        parsed = _split_chunk(chunk, strip_tones(chunk), toneless_syllables())
        if parsed is None:
            return None
        result.extend(parsed)
    return result


def _split_chunk(chunk: str, bare: str, known: frozenset[str]) -> list[str] | None:
    if not bare:
        return []
    for length in range(min(6, len(bare)), 0, -1):
        if bare[:length] in known and _marks(chunk[:length]) <= 1:
            rest = _split_chunk(chunk[length:], bare[length:], known)
            if rest is not None:
                return [chunk[:length], *rest]
    return None


def _marks(text: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", text) if c in "\u0304\u0301\u030c\u0300")


# -- showing a reading ------------------------------------------------------------------------

SYLLABLES_FILE = "syllables.tsv"  # every syllable in every style, written by tools/


@lru_cache(maxsize=1)
def _shipped_syllables() -> dict[str, tuple[str, str, str]]:
    """``zhong1`` → (``zhōng``, ``zhong``, ``ㄓㄨㄥ``): read from the bundled table so that
    showing a reading never imports pypinyin, which loads its dictionaries on import (~0.5 s
    before the first screen)."""
    from importlib import resources

    text = resources.files("duizhao.resources").joinpath(SYLLABLES_FILE).read_text("utf-8")
    table: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            numbered, marks, plain, zhuyin = line.split("\t")
            table[numbered] = (marks, plain, zhuyin)
    return table


@lru_cache(maxsize=8192)
def syllable(item: str, style: PinyinStyle) -> str:
    """One item of the canonical form in ``style`` (anything not a syllable unchanged)."""
    if not is_syllable(item):
        return item
    lower = item.lower()
    if style is PinyinStyle.NUMBERS:
        text = "r" if lower == _ERHUA else lower
    else:
        shipped = _shipped_syllables().get(lower)
        marks, plain, zhuyin = shipped or spell_syllable(lower)
        text = {PinyinStyle.MARKS: marks, PinyinStyle.PLAIN: plain}.get(style, zhuyin)
    return text[:1].upper() + text[1:] if item[:1].isupper() else text


def spell_syllable(lower: str) -> tuple[str, str, str]:
    """A lower-case tone-number syllable with tone marks, without tones and in zhuyin, spelt by
    pypinyin (what the bundled table holds)."""
    from pypinyin.contrib.tone_convert import to_normal, to_tone

    if lower == _ERHUA:
        return "r", "r", "ㄦ"
    return to_tone(lower), to_normal(lower, v_to_u=True), _zhuyin(lower)


def _zhuyin(lower: str) -> str:
    letters, number = lower[:-1], lower[-1]
    if letters in _ZHUYIN_NASALS:
        base = _ZHUYIN_NASALS[letters]
    else:
        from pypinyin.contrib.tone_convert import to_tone
        from pypinyin.style.bopomofo import converter

        # Spelt from the marked syllable: the bare letters would read as neutral tone.
        spelt = str(converter.to_bopomofo(to_tone(lower)))
        base = "".join(ch for ch in spelt if ch not in "ˊˇˋ˙")
    # The neutral-tone dot is written before the syllable: ˙ㄓㄜ.
    return "˙" + base if number == "5" else base + _ZHUYIN_TONES[number]


def word(reading: str, style: PinyinStyle) -> str:
    """A token's reading as one written word: ``chónghuí``, ``Xī'ān``, ``Máo Zédōng``,
    ``huàr``, ``chong2hui2``, ``huar4``, ``Xi'an``, ``ㄔㄨㄥˊ ㄏㄨㄟˊ``."""
    return word_with_tones(reading, style)[0]


@lru_cache(maxsize=65536)
def word_with_tones(reading: str, style: PinyinStyle) -> tuple[str, Tones]:
    """The written word and where each syllable lies in it, with its tone (for colouring)."""
    items = reading.split()
    if not any(is_syllable(item) for item in items):
        return reading.strip(), ()
    out = ""
    spans: list[tuple[int, int, int]] = []
    previous_syllable = False
    for item in items:
        if not is_syllable(item):
            out += item
            previous_syllable = False
            continue
        if item.lower() == _ERHUA and previous_syllable and spans:
            start, _end, kept = spans[-1]
            if style is PinyinStyle.NUMBERS:  # huar4: the tone number closes the syllable
                out = out[:-1] + "r" + out[-1]
            else:
                out += syllable(item, style)
            spans[-1] = (start, len(out), kept)
            continue
        piece = syllable(item, style)
        if out and (item[:1].isupper() or style is PinyinStyle.ZHUYIN):
            out += " "  # a new part of a name; zhuyin is written syllable by syllable
        elif (out and out[-1].isalpha() and style in (PinyinStyle.MARKS, PinyinStyle.PLAIN)
              and _starts_with_aoe(piece)):
            out += "'"
        spans.append((len(out), len(out) + len(piece), int(item[-1])))
        out += piece
        previous_syllable = True
    return out, tuple(spans)


def _starts_with_aoe(piece: str) -> bool:
    return unicodedata.normalize("NFD", piece[:1])[:1].lower() in ("a", "o", "e")


def is_punctuation(text: str) -> bool:
    return bool(text) and not any(ch.isalnum() for ch in text)


def sentence(tokens: Sequence[Reads], style: PinyinStyle, *, sandhi: bool = False) -> str:
    """Words separated by spaces; punctuation sticks to the word before it (``sandhi``: 一 and
    不 as spoken, see :func:`spoken`)."""
    parts: list[str] = []
    readings = spoken(tokens) if sandhi else [token.pinyin for token in tokens]
    for token, reading in zip(tokens, readings, strict=True):
        shown = word(reading, style) if reading.strip() else token.text.strip()
        if not shown:
            continue
        if parts and is_punctuation(shown):
            parts[-1] += shown
        else:
            parts.append(shown)
    return " ".join(parts)


def character_readings(text: str, reading: str) -> list[str | None]:
    """The canonical syllable over each character of ``text`` (None where there is none): the
    token's own reading, or pypinyin's when the reading does not fit the characters."""
    if not any(is_han(ch) for ch in text):
        return [None] * len(text)
    items = reading.split()
    visible = [i for i, ch in enumerate(text) if not ch.isspace()]
    if len(items) != len(visible) or not all(
            is_syllable(items[n]) or not is_han(text[i]) for n, i in enumerate(visible)):
        items = pypinyin_syllables(text)
        if len(items) != len(visible):
            items = [pypinyin_syllables(text[i])[0] for i in visible]
    shown: list[str | None] = [None] * len(text)
    for item, index in zip(items, visible, strict=True):
        if is_han(text[index]) and is_syllable(item):
            shown[index] = item
    return shown


_NUMERAL_CHARS = frozenset("〇零一二两三四五六七八九十百千万亿第")


def spoken(tokens: Sequence[Reads]) -> list[str]:
    """The tokens' readings with 一 and 不 in the tones they are spoken in (tone sandhi: 不是
    búshì, 一个 yígè, 一天 yìtiān); 一 in numbers and ordinals (十一, 第一) keeps yī. A display
    preference: the document keeps the citation tones."""
    items = [token.pinyin.split() for token in tokens]
    chain: list[tuple[int, int, str] | None] = []  # (token, item, character); None breaks it
    for number, token in enumerate(tokens):
        chars = [ch for ch in token.text if not ch.isspace()]
        if len(chars) != len(items[number]) or not any(is_syllable(i) for i in items[number]):
            chain.append(None)
            continue
        chain.extend((number, k, ch) for k, ch in enumerate(chars))
    for place, link in enumerate(chain):
        if link is None or link[2] not in "一不":
            continue
        number, k, char = link
        item = items[number][k]
        following = chain[place + 1] if place + 1 < len(chain) else None
        if following is None or not is_syllable(item) or item[-1] == "5":
            continue
        next_item = items[following[0]][following[1]]
        if not is_syllable(next_item):
            continue
        if char == "不":
            if next_item[-1] == "4":
                items[number][k] = item[:-1] + "2"
            continue
        before = chain[place - 1] if place > 0 else None
        if following[2] in _NUMERAL_CHARS or (before is not None and
                                               before[2] in _NUMERAL_CHARS):
            continue
        items[number][k] = item[:-1] + ("2" if next_item[-1] in "45" else "4")
    return [" ".join(i) if i else token.pinyin for i, token in zip(items, tokens, strict=True)]
