"""How much of a document a reader knows: the document's words counted once, then measured
against the reader's marks (cheap, so it can be redone after every mark).

A word token is a token with Han characters that is neither a number (三百, 两) nor a name from
the glossary (a person, place or organisation): a reader is not expected to learn a novel's
names, and a number is read, not learnt. Punctuation and Latin text have no Han characters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from duizhao.core.document import NAME_CATEGORIES, Document, Sentence, Token
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.text.han import has_han
from duizhao.core.vocab.levels import LEVELS

NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳陸")


def is_number(word: str) -> bool:
    return all(ch in NUMERALS or ch.isdigit() for ch in word)


def word_token_indices(sentence: Sentence) -> Iterator[int]:
    """Which of a sentence's tokens count as words a reader knows or not."""
    names = {(hit.start, hit.end) for hit in sentence.terms
             if hit.entry.category in NAME_CATEGORIES}
    for index, token in enumerate(sentence.tokens):
        if has_han(token.text) and not is_number(token.simplified) and \
                (token.start, token.end) not in names:
            yield index


def word_tokens(sentence: Sentence) -> Iterator[Token]:
    tokens = sentence.tokens
    return (tokens[i] for i in word_token_indices(sentence))


@dataclass
class WordCount:
    """One word of a document: how often it occurs and where first."""

    word: str  # Simplified
    count: int
    hsk: int | None
    pinyin: str
    definitions: list[str]
    sentence_id: int  # the sentence of its first occurrence
    start: int  # its first occurrence's offset in the document text

    @property
    def gloss(self) -> str:
        return "; ".join(self.definitions[:3])


class DocumentWords:
    """Every word of a document (or of some of its sentences) with its count, in order of
    first occurrence."""

    def __init__(self, document: Document | Iterable[Sentence]) -> None:
        self.words: dict[str, WordCount] = {}
        sentences = document.sentences() if isinstance(document, Document) else document
        counts: dict[str, bool] = {}  # token text → counts as a word (names aside)
        words = self.words
        for sentence in sentences:
            names = {(hit.start, hit.end) for hit in sentence.terms
                     if hit.entry.category in NAME_CATEGORIES} if sentence.terms else ()
            for token in sentence.tokens:
                counted = counts.get(token.text)
                if counted is None:
                    counted = counts[token.text] = has_han(token.text) and \
                        not is_number(token.simplified)
                if not counted or (names and (token.start, token.end) in names):
                    continue
                found = words.get(token.simplified)
                if found is None:
                    words[token.simplified] = WordCount(
                        token.simplified, 1, token.hsk,
                        pinyin_style.word(token.pinyin, PinyinStyle.MARKS), token.definitions,
                        sentence.id, token.start)
                else:
                    found.count += 1
        self.tokens = sum(w.count for w in words.values())

    def stats(self, is_known: Callable[[str], bool]) -> VocabStats:
        levels = {str(level): 0 for level in LEVELS}
        levels["none"] = 0
        known_levels = dict(levels)
        known = distinct_known = 0
        unknown: list[WordCount] = []
        for word in self.words.values():
            level = str(word.hsk) if word.hsk is not None else "none"
            levels[level] += word.count
            if is_known(word.word):
                known += word.count
                distinct_known += 1
                known_levels[level] += word.count
            else:
                unknown.append(word)
        # most frequent first; among equals, the one met first
        unknown.sort(key=lambda w: -w.count)
        return VocabStats(self.tokens, known, len(self.words), distinct_known, levels, unknown,
                          known_levels)


@dataclass
class VocabStats:
    tokens: int  # word tokens
    known: int  # word tokens whose word is known
    distinct: int
    distinct_known: int
    levels: dict[str, int]  # "1"…"7" (7: the band 7-9) and "none" → word tokens
    unknown: list[WordCount] = field(default_factory=list)  # most frequent first
    known_levels: dict[str, int] = field(default_factory=dict)  # known tokens by level

    @property
    def coverage(self) -> float:
        return self.known / self.tokens if self.tokens else 0.0

    @property
    def distinct_coverage(self) -> float:
        return self.distinct_known / self.distinct if self.distinct else 0.0

    def to_json(self) -> dict[str, Any]:
        """The documented, stable form of ``duizhao vocab stats --json``."""
        return {
            "tokens": self.tokens,
            "known": self.known,
            "coverage": round(self.coverage, 4),
            "distinct": self.distinct,
            "distinct_known": self.distinct_known,
            "levels": dict(self.levels),
            "unknown": [{"word": w.word, "count": w.count, "hsk": w.hsk, "pinyin": w.pinyin}
                        for w in self.unknown],
        }
