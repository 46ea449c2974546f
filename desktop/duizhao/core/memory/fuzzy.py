"""Fuzzy suggestions from the translation memory: similar sentences and where they differ.

Similarity is rapidfuzz's normalised Indel ratio (0-100) between match keys; a suggestion
needs at least :data:`MIN_SIMILARITY`. The keys are held in memory (a list of strings,
refreshed when the memory changes), so one sentence is compared against 100,000 units in C++.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from duizhao.core.memory.normalise import comparable, match_key
from duizhao.core.memory.store import TranslationMemory, Unit

MIN_SIMILARITY = 75.0
MAX_SUGGESTIONS = 4


@dataclass(frozen=True)
class Suggestion:
    unit: Unit
    similarity: float  # 0-100
    # (start, end) spans of ``unit.source`` that differ from the sentence looked up
    differences: tuple[tuple[int, int], ...]


class FuzzyMatcher:
    def __init__(self, memory: TranslationMemory) -> None:
        self.memory = memory
        self._lock = threading.Lock()
        self._keys: list[str] = []
        self._generation = -1

    def _current_keys(self) -> list[str]:
        with self._lock:
            if self._generation != self.memory.generation:
                self._generation = self.memory.generation
                self._keys = self.memory.keys()
            return self._keys

    def suggest(self, sentence: str, *, limit: int = MAX_SUGGESTIONS,
                min_similarity: float = MIN_SIMILARITY) -> list[Suggestion]:
        """The most similar units, best first; each differing character of their Chinese is
        marked in ``differences``."""
        query = match_key(sentence)
        if not query:
            return []
        hits = process.extract(query, self._current_keys(), scorer=fuzz.ratio,
                               score_cutoff=min_similarity, limit=limit)
        units = self.memory.units_for_keys(key for key, _score, _index in hits)
        suggestions: list[Suggestion] = []
        for key, score, _index in hits:
            for unit in units.get(key, [])[:1]:  # the newest English for that sentence
                suggestions.append(Suggestion(unit, float(score),
                                              differences(sentence, unit.source)))
        return suggestions[:limit]


def differences(sentence: str, other: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``other`` whose characters are not in ``sentence`` (script differences are not
    differences)."""
    spans: list[tuple[int, int]] = []
    for op in Indel.opcodes(comparable(sentence), comparable(other)):
        if op.tag in ("replace", "insert") and op.dest_end > op.dest_start:
            if spans and spans[-1][1] == op.dest_start:
                spans[-1] = (spans[-1][0], op.dest_end)
            else:
                spans.append((op.dest_start, op.dest_end))
    return tuple(spans)
