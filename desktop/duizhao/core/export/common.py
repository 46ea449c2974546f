"""Helpers every exporter shares: which text to show for a sentence, pinyin per character,
where the glossary terms are, and cleaning text for XML."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from duizhao.core.document import (
    CATEGORY_COLOURS,
    USER_SOURCE,
    Document,
    GlossaryEntry,
    Sentence,
    Status,
    TermHit,
)
from duizhao.core.export.options import ExportOptions, PinyinStyle, ScriptChoice
from duizhao.core.language.pinyin_format import strip_tones
from duizhao.core.text.han import han_count, is_han

# XML 1.0 forbids these code points even as character references.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SYLLABLE_SPLIT = re.compile(r"[\s'’\-]+")
_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}

CATEGORY_LABELS: dict[str, str] = {
    "person": "person",
    "place": "place",
    "organisation": "organisation",
    "term": "term",
    "custom": "other",
}


def category_of(hit_category: str) -> str:
    return hit_category if hit_category in CATEGORY_COLOURS else "custom"


def xml_safe(text: str | None) -> str:
    """Drop the control characters XML cannot carry (a pasted document may hold them)."""
    return _XML_INVALID.sub("", text or "")


def chinese_text(sentence: Sentence, script: ScriptChoice | str) -> str:
    script = ScriptChoice(script)
    if script is ScriptChoice.TRADITIONAL:
        return sentence.traditional or sentence.original
    if script is ScriptChoice.SIMPLIFIED:
        return sentence.simplified or sentence.original
    return sentence.original


def column_text(sentence: Sentence, column: str) -> str:
    if column in ("original", "traditional", "simplified"):
        return chinese_text(sentence, column)
    if column == "english":
        return sentence.translation or ""
    raise ValueError(column)


# --- pinyin -------------------------------------------------------------------------------

def convert_syllable(syllable: str, style: PinyinStyle | str) -> str:
    """One syllable with tone marks (lǜ) in the chosen style: lǜ, lü4 or lü."""
    style = PinyinStyle(style)
    if style is PinyinStyle.MARKS or not syllable:
        return syllable
    if style is PinyinStyle.ZHUYIN:
        return _zhuyin(syllable.lower())
    plain = strip_tones(syllable)
    if style is PinyinStyle.PLAIN:
        return plain
    tone = next((_TONE_MARKS[c] for c in unicodedata.normalize("NFD", syllable)
                 if c in _TONE_MARKS), "")
    return plain + tone if tone and plain[-1:].isalpha() else plain


@functools.lru_cache(maxsize=4096)
def _zhuyin(syllable: str) -> str:
    from pypinyin.style.bopomofo import BopomofoConverter

    return str(BopomofoConverter().to_bopomofo(syllable)) or syllable


def _fallback_syllables(text: str) -> list[str]:
    import pypinyin  # only when a token's own pinyin cannot be aligned

    keep_each: Any = list  # characters without a reading: one item each, kept as they are
    return [item[0] for item in pypinyin.pinyin(text, style=pypinyin.Style.TONE,
                                                errors=keep_each)]


# One toneless pinyin syllable (initial + final, or a syllabic nasal).
_PINYIN_SYLLABLE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|üan|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ün"
    r"|ia|ie|iu|ua|uo|ui|ue|üe|er|a|o|e|i|u|ü|v)|hng|hm|ng|m|n)"
)


def _marks(text: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", text) if c in _TONE_MARKS)


def split_joined_pinyin(pinyin: str, count: int, hint: list[str] | None = None) -> list[str] | None:
    """Cut a word's joined pinyin (``lìshí``) into ``count`` syllables (``lì``, ``shí``).

    ``hint`` (pypinyin's reading of the same characters) settles ambiguous cuts (fāngàn) when
    it spells the same letters; otherwise the longest valid syllables with at most one tone
    mark each are taken. None when no cut fits.
    """
    word = pinyin.replace("'", "").replace("’", "")
    plain = "".join(strip_tones(c) for c in word).lower()
    if hint and len(hint) == count:
        hint_plain = ["".join(strip_tones(c) for c in h).lower() for h in hint]
        if "".join(hint_plain) == plain:
            cuts, position = [], 0
            for part in hint_plain:
                cuts.append(word[position:position + len(part)])
                position += len(part)
            return cuts

    def solve(position: int, left: int) -> list[int] | None:
        if position == len(plain):
            return [] if left == 0 else None
        if left == 0:
            return None
        for end in range(min(len(plain), position + 6), position, -1):
            if _PINYIN_SYLLABLE.fullmatch(plain, position, end) and \
                    _marks(word[position:end]) <= 1:
                rest = solve(end, left - 1)
                if rest is not None:
                    return [end, *rest]
        return None

    ends = solve(0, count)
    if ends is None:
        return None
    starts = [0, *ends[:-1]]
    return [word[s:e] for s, e in zip(starts, ends, strict=True)]


def token_syllables(text: str, pinyin: str) -> list[str | None]:
    """Pinyin syllable for each character of ``text`` (None where it is not Han).

    Cached: a document repeats its words, and the export dialog's preview re-renders.

    The token's own reading (the pipeline's, chosen for the context) is used whenever it can
    be cut into one syllable per Han character; otherwise pypinyin reads the characters, so
    the interlinear view never shows a syllable over the wrong character.
    """
    return list(_token_syllables(text, pinyin))


@functools.lru_cache(maxsize=65536)
def _token_syllables(text: str, pinyin: str) -> tuple[str | None, ...]:
    count = han_count(text)
    if count == 0:
        return (None,) * len(text)
    parts: list[str] | None = [p for p in _SYLLABLE_SPLIT.split(pinyin.strip()) if p]
    if parts is not None and len(parts) != count:
        han_only = "".join(c for c in text if is_han(c))
        if han_only == text:  # no digits or Latin mixed into the reading
            hint = _fallback_syllables(text)
            parts = split_joined_pinyin("".join(parts), count, hint)
        else:
            parts = None
    if parts is None or len(parts) != count:
        read = _fallback_syllables(text)
        if len(read) == len(text):
            parts = [s for s, c in zip(read, text, strict=False) if is_han(c)]
        else:
            parts = [_fallback_syllables(c)[0] for c in text if is_han(c)]
    syllables = iter(parts)
    return tuple(next(syllables) if is_han(char) else None for char in text)


def sentence_syllables(sentence: Sentence, text: str) -> list[str | None]:
    """Syllables aligned with ``text`` (the original or its conversion of the same length)."""
    syllables: list[str | None] = [None] * len(text)
    covered = [False] * len(text)
    same_length = len(text) == len(sentence.original)
    if same_length:
        for token in sentence.tokens:
            start, end = token.start - sentence.start, token.end - sentence.start
            if start < 0 or end > len(text) or start >= end:
                continue
            for offset, syllable in enumerate(token_syllables(text[start:end], token.pinyin)):
                syllables[start + offset] = syllable
                covered[start + offset] = True
    missing = [i for i, c in enumerate(text) if is_han(c) and not covered[i]]
    if missing:
        # No usable tokens for these characters: read them in context with pypinyin.
        read = _fallback_syllables(text)
        aligned = len(read) == len(text)
        for i in missing:
            syllables[i] = read[i] if aligned else _fallback_syllables(text[i])[0]
    return syllables


def sentence_pinyin(sentence: Sentence, style: PinyinStyle | str) -> str:
    style = PinyinStyle(style)
    if style is PinyinStyle.MARKS and sentence.pinyin:
        return sentence.pinyin
    if not sentence.tokens:
        return " ".join(convert_syllable(s, style) for s in sentence.pinyin.split())
    words = []
    joiner = " " if style is PinyinStyle.ZHUYIN else ""  # bopomofo is written per syllable
    for token in sentence.tokens:
        syllables = token_syllables(token.text, token.pinyin)
        if any(s is not None for s in syllables):
            words.append(joiner.join(convert_syllable(s, style) if s is not None else c
                                     for s, c in zip(syllables, token.text, strict=False)))
        elif token.text.strip():
            words.append(token.text.strip())
    return " ".join(words)


# --- glossary terms -----------------------------------------------------------------------

@dataclass(frozen=True)
class TermSpan:
    start: int  # relative to the shown text
    end: int
    hit: TermHit


def term_spans(sentence: Sentence, text: str) -> list[TermSpan]:
    """Where each glossary hit lies in ``text`` (the original or one of its conversions)."""
    spans: list[TermSpan] = []
    if len(text) == len(sentence.original):
        for hit in sentence.terms:
            start, end = hit.start - sentence.start, hit.end - sentence.start
            if 0 <= start < end <= len(text):
                spans.append(TermSpan(start, end, hit))
    else:  # a conversion changed the length: find the written forms instead
        position = 0
        for hit in sorted(sentence.terms, key=lambda h: h.start):
            for form in (*hit.entry.forms(), hit.text):
                found = text.find(form, position)
                if found >= 0:
                    spans.append(TermSpan(found, found + len(form), hit))
                    position = found + len(form)
                    break
    spans.sort(key=lambda s: s.start)
    clean: list[TermSpan] = []
    for span in spans:  # overlapping hits would nest markup; keep the first
        if not clean or span.start >= clean[-1].end:
            clean.append(span)
    return clean


def term_tooltip(entry: GlossaryEntry) -> str:
    parts = [entry.english or "(no English in the glossary)"]
    if entry.note:
        parts.append(entry.note)
    return " — ".join(parts)


# --- translations -------------------------------------------------------------------------

EDITED_NOTE = "(edited)"


def is_real_translation(sentence: Sentence) -> bool:
    """A model's, the memory's or a person's translation; the word-by-word gloss is not one."""
    return bool(sentence.translation and sentence.translation.strip()) and sentence.status in (
        Status.MACHINE, Status.TM, Status.EDITED, Status.REVIEWED)


def is_human_translation(sentence: Sentence) -> bool:
    """English a person wrote, reviewed or translated before (the memory's)."""
    return is_real_translation(sentence) and sentence.status is not Status.MACHINE


def shows_edited(sentence: Sentence, options: ExportOptions) -> bool:
    return options.mark_edited and bool(sentence.translation) and \
        sentence.translation_source == USER_SOURCE


def is_gloss(sentence: Sentence) -> bool:
    return bool(sentence.translation) and (sentence.translation_source or "") == "gloss"


def translation_sources(document: Document) -> list[str]:
    return list(dict.fromkeys(s.translation_source for s in document.sentences()
                              if s.translation and s.translation_source))


def document_title(document: Document, options: ExportOptions) -> str:
    if options.title:
        return options.title
    if document.source.path:
        return PurePath(document.source.path).name
    return "Duizhao document"


def main_language_tag(document: Document, options: ExportOptions) -> str:
    """BCP 47 tag of the main Chinese text, so browsers and CAT tools pick the right glyphs."""
    script = options.script
    if script is ScriptChoice.SIMPLIFIED:
        return "zh-Hans"
    if script is ScriptChoice.TRADITIONAL:
        return "zh-Hant"
    return "zh-Hans" if document.source.script.value == "simplified" else "zh-Hant"
