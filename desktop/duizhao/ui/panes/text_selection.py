"""A text selection across the rows of a pane (for Copy and "Add Selection to Glossary").

Positions are (row, caret offset in that row's text); the selection runs from where a drag
started (the anchor) to where it is now (the caret), whichever comes first.
"""

from __future__ import annotations

from collections.abc import Callable

Position = tuple[int, int]  # row, caret offset in that row's text


class TextSelection:
    def __init__(self, text_of: Callable[[int], str]) -> None:
        self._text_of = text_of  # a row's text, as the pane shows it
        self.anchor: Position | None = None
        self.caret: Position | None = None

    def clear(self) -> None:
        self.anchor = self.caret = None

    def start(self, position: Position | None) -> None:
        self.anchor = self.caret = position

    def set(self, anchor: Position, caret: Position) -> None:
        self.anchor, self.caret = anchor, caret

    def extend(self, caret: Position) -> bool:
        """Drag on to ``caret``; returns whether the selection changed."""
        if self.anchor is None or caret == self.caret:
            return False
        self.caret = caret
        return True

    def bounds(self) -> tuple[Position, Position] | None:
        if self.anchor is None or self.caret is None or self.anchor == self.caret:
            return None
        return min(self.anchor, self.caret), max(self.anchor, self.caret)

    def text(self) -> str:
        """The selected text; sentences are joined by a line break."""
        bounds = self.bounds()
        if bounds is None:
            return ""
        (first, start), (last, end) = bounds
        parts = []
        for row in range(first, last + 1):
            text = self._text_of(row)
            parts.append(text[start if row == first else 0:end if row == last else len(text)])
        return "\n".join(parts)

    def in_row(self, row: int) -> tuple[int, int] | None:
        """The selected stretch of ``row``'s text, if any."""
        bounds = self.bounds()
        if bounds is None:
            return None
        (first, start), (last, end) = bounds
        if not first <= row <= last:
            return None
        return (start if row == first else 0,
                end if row == last else len(self._text_of(row)))
