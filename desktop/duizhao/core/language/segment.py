"""Words: spans that tile a text, made from dictionary words.

jieba's dynamic programming over a word list made of CC-CEDICT's words (``resources/
words.txt.gz``, jieba's frequencies where jieba knows the word), HMM off, so a token is a word
the dictionary can explain or a single character; jieba's default list gives tokens such as
俄方 or 梅/金斯基 that no dictionary explains. Extra words (the glossary's terms, in both scripts)
are found first with an Aho–Corasick automaton, longest match wins, and are never split.

Run it on the Simplified conversion: the word list is Simplified, and the conversion has the
same length as the original, so the spans apply to both.
"""

from __future__ import annotations

import gzip
import sys
import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick

from duizhao.core.storage.derived_cache import load_or_build

RESOURCE = "words.txt.gz"

Span = tuple[int, int]


class Segmenter:
    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        self.extra_words = frozenset(w for w in extra_words if w)
        self._tokenizer = _tokenizer()
        self._automaton: Any = None
        if self.extra_words:
            automaton = ahocorasick.Automaton()
            for word in self.extra_words:
                automaton.add_word(word, len(word))
            automaton.make_automaton()
            self._automaton = automaton

    def segment(self, text: str) -> list[Span]:
        """Spans ``(start, end)`` covering every character of ``text`` exactly once, in order;
        punctuation and white space are spans of their own."""
        spans: list[Span] = []
        position = 0
        if self._automaton is not None and text:
            for end, length in self._automaton.iter_long(text):
                start = end - length + 1
                self._cut(text, position, start, spans)
                spans.append((start, end + 1))
                position = end + 1
        self._cut(text, position, len(text), spans)
        return spans

    def words(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.segment(text)]

    def _cut(self, text: str, start: int, end: int, spans: list[Span]) -> None:
        if start >= end:
            return
        position = start
        first = len(spans)
        for word in self._tokenizer.cut(text[start:end], HMM=False):
            spans.append((position, position + len(word)))
            position += len(word)
        if position != end:  # never seen; keeps the tiling promise whatever jieba does
            del spans[first:]
            spans.extend((i, i + 1) for i in range(start, end))


_lock = threading.Lock()
_shared: Any = None


def _tokenizer() -> Any:
    """One jieba tokenizer for the process (private, never jieba's global one). Its word list
    is read-only after loading, so segmenters with different extra words can share it."""
    global _shared
    with _lock:
        if _shared is None:
            jieba = _import_jieba()  # here: the window need not pay for it at start
            frequencies, total = _load_frequencies()
            tokenizer = jieba.Tokenizer()
            tokenizer.FREQ = frequencies
            tokenizer.total = total
            tokenizer.initialized = True  # skip jieba's own dictionary and its temp-dir cache
            _shared = tokenizer
        return _shared


def _import_jieba() -> Any:
    """jieba imports pkg_resources (~0.3 s: it scans every installed distribution) only to find
    its own dictionary, which Duizhao never loads; without pkg_resources (as on Python 3.12,
    whose virtual environments lack setuptools) it falls back to a plain path."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _load_frequencies() -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary of the bundled word list, from the derived-data cache when it
    has it."""
    resource = resources.files("duizhao.resources").joinpath(RESOURCE)
    return load_or_build("jieba-prefixes", Path(str(resource)),
                         lambda: _build_frequencies(resource.read_bytes()))


def _build_frequencies(data: bytes) -> tuple[dict[str, int], int]:
    frequencies: dict[str, int] = {}
    total = 0
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, count = line.split(" ")
        frequency = int(count)
        frequencies[word] = frequency
        total += frequency
        # jieba's prefix dictionary: every prefix of a word is a key (0 if not a word itself)
        for i in range(1, len(word)):
            frequencies.setdefault(word[:i], 0)
    return frequencies, total
