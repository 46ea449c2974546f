"""Where each sentence row of a pane sits: its height (estimated until it is laid out, then
exact) and its top, and which row a height falls in — for one pane, or for the panes read
side by side as one grid (:class:`AlignedRows`: each row as tall as its tallest pane).

Kept apart from the pane's painting and input, and Qt-free: a row never shown costs one
number, and the tops are summed again only from the first row whose height changed (rows
appended while a book is annotated cost their own tops, not the document's).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import accumulate

Listener = Callable[[int, int], None]  # rows first..end changed height


class RowGeometry:
    def __init__(self, margin: float) -> None:
        self.margin = margin  # above the first row and below the last
        self._heights: list[float] = []
        self._exact: list[bool] = []
        self._tops: list[float] = []
        self._tops_valid = 0  # rows before this one have their top in ``_tops``
        self.generation = 0  # counts the changes: a view painted at this one is up to date
        self.listener: Listener | None = None  # told of every change (AlignedRows)

    def __len__(self) -> int:
        return len(self._heights)

    # -- heights -------------------------------------------------------------------------------
    def reset(self, estimates: list[float]) -> None:
        """Every row's height is an estimate again (a new document, font or width)."""
        dropped = len(self._heights)
        self._heights = list(estimates)
        self._exact = [False] * len(estimates)
        self._stale_from(0)
        self._tell(0, max(dropped, len(estimates)))

    def append(self, estimates: list[float]) -> None:
        first = len(self._heights)
        self._heights.extend(estimates)
        self._exact.extend([False] * len(estimates))
        self._stale_from(first)
        self._tell(first, len(self._heights))

    def set_heights(self, first: int, heights: list[float], *, truncate: bool = False) -> None:
        """Rows from ``first`` on take ``heights`` (the rows grow to fit; with ``truncate``,
        rows after them are dropped)."""
        if truncate:
            del self._heights[first + len(heights):]
        self._heights[first:first + len(heights)] = heights
        self._exact[len(self._heights):] = []
        self._exact += [True] * (len(self._heights) - len(self._exact))
        self._stale_from(first)

    def estimate(self, row: int, height: float) -> None:
        """The row's content changed: its height is unknown until it is laid out again."""
        self._heights[row] = height
        self._exact[row] = False
        self._stale_from(row)
        self._tell(row, row + 1)

    def set_exact(self, row: int, height: float) -> bool:
        """The row was laid out; returns whether that changed anything."""
        if self._exact[row] and self._heights[row] == height:
            return False
        self._heights[row] = height
        self._exact[row] = True
        self._stale_from(row)
        self._tell(row, row + 1)
        return True

    def is_exact(self, row: int) -> bool:
        return self._exact[row]

    def heights(self) -> list[float]:
        return self._heights

    def _tell(self, first: int, end: int) -> None:
        if self.listener is not None and end > first:
            self.listener(first, end)

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

    def _stale_from(self, row: int) -> None:
        self._tops_valid = min(self._tops_valid, row)
        self.generation += 1

    def _row_tops(self) -> list[float]:
        heights = self._heights
        valid = min(self._tops_valid, len(heights))
        if valid < len(heights) or len(self._tops) != len(heights):
            start = self._tops[valid - 1] + heights[valid - 1] if valid else self.margin
            del self._tops[valid:]
            self._tops += list(accumulate(heights[valid:], initial=start))[:-1]
            self._tops_valid = len(heights)
        return self._tops


class AlignedRows(RowGeometry):
    """The rows of the side-by-side panes as one grid: every sentence starts at the same height
    in every shown pane, its row as tall as its tallest shown pane.

    Each pane keeps its own heights (a :class:`RowGeometry` member); a change to one of them
    re-computes only the rows it names, so laying out the rows in view, a translation arriving
    or a glossary edit costs those rows, not the document. ``changed`` is called when the grid
    moved, so every pane can repaint and share one scroll position.
    """

    def __init__(self, margin: float) -> None:
        super().__init__(margin)
        self._members: list[tuple[RowGeometry, Callable[[], bool], Callable[[], None]]] = []
        self.changed: Callable[[], None] | None = None
        self.moved_from = 0  # the first row that moved since the panes last followed
        self._laying_out = False

    def add(self, member: RowGeometry, shown: Callable[[], bool],
            lay_out_visible: Callable[[], None]) -> None:
        """A pane's own heights; ``shown`` says whether it counts, ``lay_out_visible`` lays
        out its rows in view (before any pane paints, so all of them paint the same grid)."""
        self._members.append((member, shown, lay_out_visible))
        member.listener = self._member_changed
        self.refresh()

    def refresh(self) -> None:
        """A pane was shown or hidden: every row's height is taken again (numbers only, no
        text is laid out)."""
        self._member_changed(0, max((len(m) for m, _s, _l in self._members), default=0))

    def take_moved_from(self) -> int:
        """The first row that moved since the last call (the row count if none did)."""
        first, self.moved_from = self.moved_from, len(self)
        return first

    def lay_out_visible(self) -> None:
        if self._laying_out:
            return
        self._laying_out = True
        try:
            for _member, _shown, lay_out_visible in self._counted():
                lay_out_visible()
        finally:
            self._laying_out = False

    def _counted(self) -> list[tuple[RowGeometry, Callable[[], bool], Callable[[], None]]]:
        shown = [entry for entry in self._members if entry[1]()]
        return shown or self._members  # none shown (the interlinear view): keep every pane's

    def _member_changed(self, first: int, end: int) -> None:
        lists = [member.heights() for member, _shown, _lay_out in self._counted()]
        count = max((len(heights) for heights in lists), default=0)
        mine = self.heights()
        moved = len(mine) > count
        if moved:
            self.set_heights(count, [], truncate=True)
            self.moved_from = min(self.moved_from, count)
        first = min(first, len(mine))  # rows no pane had before are new to the grid too
        end = count if len(mine) < count else min(end, count)
        if first == 0 and end == count and all(len(h) == count for h in lists):
            grid = [max(row) for row in zip(*lists, strict=True)]
        else:
            grid = [max(h[row] for h in lists if row < len(h)) for row in range(first, end)]
        if mine[first:end] != grid:
            self.set_heights(first, grid)
            self.moved_from = min(self.moved_from, first)
            moved = True
        if moved and self.changed is not None:
            self.changed()
