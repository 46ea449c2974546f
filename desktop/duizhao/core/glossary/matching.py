"""Finding glossary forms in a text: an Aho–Corasick automaton (pyahocorasick) over every written
form of every entry, so one pass over the text finds all of them whatever the glossary's size.
Where hits overlap the longest wins (ties: the leftmost), and a form shared by two entries
belongs to the one listed first — which is how a per-document entry takes precedence over a
personal one (see :mod:`duizhao.core.glossary.glossary_set`).
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from duizhao.core.document import GlossaryEntry, TermHit


class GlossaryMatcher:
    """Every occurrence of every entry's forms; longest wins, no overlaps."""

    def __init__(self, entries: Iterable[GlossaryEntry] = (), *,
                 owners: dict[str, GlossaryEntry] | None = None) -> None:
        self._automaton = ahocorasick.Automaton()
        if owners is None:
            owners = {}
            for entry in entries:
                for form in entry.forms():
                    owners.setdefault(form, entry)  # the first entry listed owns a shared form
        for form, entry in owners.items():
            self._automaton.add_word(form, (len(form), entry))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def candidates(self, text: str) -> list[tuple[int, int, GlossaryEntry]]:
        """Every occurrence, overlapping ones included, in order of their end."""
        if self._empty or not text:
            return []
        return [(end + 1 - length, end + 1, entry)
                for end, (length, entry) in self._automaton.iter(text)]

    def find(self, text: str, offset: int = 0) -> list[TermHit]:
        """Hits in ``text``, offsets shifted by ``offset`` (the text's start in a document)."""
        return hits_in(text, self.candidates(text), offset)


def hits_in(text: str, found: list[tuple[int, int, GlossaryEntry]], offset: int) -> list[TermHit]:
    if not found:
        return []
    chosen = found if _disjoint(found) else _longest_first(found)
    return [TermHit(start + offset, end + offset, text[start:end], entry)
            for start, end, entry in chosen]


def _disjoint(found: list[tuple[int, int, GlossaryEntry]]) -> bool:
    # The automaton reports in order of end position; disjoint hits are then sorted by start too.
    previous_end = -1
    for start, end, _ in found:
        if start < previous_end:
            return False
        previous_end = end
    return True


def _longest_first(
    found: list[tuple[int, int, GlossaryEntry]],
) -> list[tuple[int, int, GlossaryEntry]]:
    found.sort(key=lambda hit: (hit[0] - hit[1], hit[0]))
    base = min(hit[0] for hit in found)
    taken_chars = bytearray(max(hit[1] for hit in found) - base)
    taken: list[tuple[int, int, GlossaryEntry]] = []
    for hit in found:
        start, end = hit[0] - base, hit[1] - base
        if taken_chars.find(1, start, end) == -1:
            taken_chars[start:end] = b"\x01" * (end - start)
            taken.append(hit)
    taken.sort(key=lambda hit: hit[0])
    return taken

