"""Where each sentence row of a pane sits: its height (estimated until it is laid out, then
exact) and its top, and which row a height falls in.

Kept apart from the pane's painting and input, and Qt-free: a row never shown costs one
number, and the tops are summed again only after a height changed.
"""

from __future__ import annotations

import bisect
from itertools import accumulate


class RowGeometry:
    def __init__(self, margin: float) -> None:
        self.margin = margin  # above the first row and below the last
        self._heights: list[float] = []
        self._exact: list[bool] = []
        self._tops: list[float] | None = None

    def __len__(self) -> int:
        return len(self._heights)

    # -- heights -------------------------------------------------------------------------------
    def reset(self, estimates: list[float]) -> None:
        """Every row's height is an estimate again (a new document, font or width)."""
        self._heights = list(estimates)
        self._exact = [False] * len(estimates)
        self._tops = None

    def append(self, estimates: list[float]) -> None:
        self._heights.extend(estimates)
        self._exact.extend([False] * len(estimates))
        self._tops = None

    def estimate(self, row: int, height: float) -> None:
        """The row's content changed: its height is unknown until it is laid out again."""
        self._heights[row] = height
        self._exact[row] = False
        self._tops = None

    def set_exact(self, row: int, height: float) -> bool:
        """The row was laid out; returns whether that changed anything."""
        if self._exact[row] and self._heights[row] == height:
            return False
        self._heights[row] = height
        self._exact[row] = True
        self._tops = None
        return True

    def is_exact(self, row: int) -> bool:
        return self._exact[row]

    # -- positions -----------------------------------------------------------------------------
    def height(self, row: int) -> float:
        return self._heights[row]

    def top(self, row: int) -> float:
        return self._row_tops()[row]

    def bottom(self, row: int) -> float:
        return self.top(row) + self._heights[row]

    def total(self) -> float:
        """The height of every row and both margins."""
        return self.bottom(len(self._heights) - 1) + self.margin if self._heights else 0.0

    def row_at(self, y: float) -> int:
        """The row whose band contains ``y`` (clamped to the rows; -1 if there are none)."""
        tops = self._row_tops()
        if not tops:
            return -1
        return max(0, min(len(tops) - 1, bisect.bisect_right(tops, y) - 1))

    def contains(self, y: float) -> bool:
        """Whether ``y`` falls on a row rather than in a margin."""
        return bool(self._heights) and self.top(0) <= y <= self.bottom(len(self._heights) - 1)

    def _row_tops(self) -> list[float]:
        if self._tops is None:
            self._tops = list(accumulate(self._heights, initial=self.margin))[:-1]
        return self._tops
