"""Placing a piece of text among spans already taken (glossary names in a sentence or in its
English)."""

from __future__ import annotations

from collections.abc import Sequence


def find_free(text: str, needle: str,
              taken: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The first place of ``needle`` in ``text`` that overlaps none of the ``taken`` spans."""
    index = text.find(needle)
    while index >= 0:
        span = (index, index + len(needle))
        if not any(a < span[1] and span[0] < b for a, b in taken):
            return span
        index = text.find(needle, index + 1)
    return None
