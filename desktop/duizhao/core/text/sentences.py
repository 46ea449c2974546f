"""Paragraphs and sentences as (start, end) spans into the text.

A paragraph is a line with its surrounding white space trimmed; its sentences tile it, so
joining a paragraph's sentences and the white space between them gives the paragraph back.
A sentence ends after a Chinese or ASCII terminator (。！？!?…；;), and the closing quotes and
brackets that follow it stay with it (。”). A full stop between digits (3.5) is not a terminator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TERMINATORS = r"(?:[。！？!?；;｡︒﹒]|…+|\.+(?!\d))+"
_CLOSERS = r"[”’」』）)\]】》〉〕〗〙〛\"'»›]*"
_SENTENCE_END = re.compile(_TERMINATORS + _CLOSERS)
_LINE = re.compile(r"[^\n]+")


def iter_paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Lazily, so a big document can be annotated paragraph by paragraph; ``start``: from a
    line's beginning on (a text that grows)."""
    for line in _LINE.finditer(text, start):
        start, end = line.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``; white space between sentences goes with the next one's
    gap, so each span starts and ends on a visible character."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.end() > position:
            spans.append((position, match.end()))
            position = match.end()
    if position < end:
        spans.append((position, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
