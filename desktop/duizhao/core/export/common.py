"""Helpers every exporter shares: which text to show for a sentence, pinyin per character (styled
by :mod:`duizhao.core.language.pinyin_style`), where the glossary terms are, and cleaning text
for XML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from duizhao.core.document import (
    CATEGORY_COLOURS,
    USER_SOURCE,
    Document,
    GlossaryEntry,
    Sentence,
    Source,
    Status,
    TermHit,
    printable_name,
)
from duizhao.core.export.options import ExportOptions, ScriptChoice
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.text.han import is_han

# XML 1.0 forbids these code points even as character references.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

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

def sentence_syllables(sentence: Sentence, text: str, *,
                       sandhi: bool = False) -> list[str | None]:
    """The canonical syllable over each character of ``text`` (the original or a conversion of
    the same length), None where there is none; style each with ``pinyin_style.syllable``."""
    syllables: list[str | None] = [None] * len(text)
    covered = [False] * len(text)
    if len(text) == len(sentence.original):
        spoken = pinyin_style.spoken(sentence.tokens) if sandhi else [
            token.pinyin for token in sentence.tokens]
        for token, reading in zip(sentence.tokens, spoken, strict=True):
            start, end = token.start - sentence.start, token.end - sentence.start
            if start < 0 or end > len(text) or start >= end:
                continue
            readings = pinyin_style.character_readings(text[start:end], reading)
            syllables[start:end] = readings
            covered[start:end] = [True] * (end - start)
    missing = [i for i, c in enumerate(text) if is_han(c) and not covered[i]]
    if missing:  # no usable tokens for these characters: read them in context
        read = pinyin_style.character_readings(text, "")
        for i in missing:
            syllables[i] = read[i]
    return syllables


def sentence_pinyin(sentence: Sentence, style: PinyinStyle, *, sandhi: bool = False) -> str:
    if sentence.tokens:
        return pinyin_style.sentence(sentence.tokens, style, sandhi=sandhi)
    syllables = [s for s in sentence_syllables(sentence, sentence.simplified) if s]
    return pinyin_style.word(" ".join(syllables), style)


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


def document_title(source: Source | Document, options: ExportOptions) -> str:
    if options.title:
        return options.title
    source = source.source if isinstance(source, Document) else source
    if source.path:
        return printable_name(PurePath(source.path).name)
    return "Duizhao document"


def main_language_tag(source: Source | Document, options: ExportOptions) -> str:
    """BCP 47 tag of the main Chinese text, so browsers and CAT tools pick the right glyphs."""
    script = options.script
    if script is ScriptChoice.SIMPLIFIED:
        return "zh-Hans"
    if script is ScriptChoice.TRADITIONAL:
        return "zh-Hant"
    source = source.source if isinstance(source, Document) else source
    return "zh-Hans" if source.script.value == "simplified" else "zh-Hant"
