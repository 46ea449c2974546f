"""What a change to the open document changed: the data the session's signals carry.

Plain data, no Qt: a view receiving one decides for itself what to redraw (as Anki's screens do
with ``OpChanges``). See docs/architecture.md, "Session and change signals".
"""

from __future__ import annotations

from dataclasses import dataclass

from duizhao.core.document import GlossaryEntry


@dataclass(frozen=True)
class EntryEdit:
    """One entry added (``old`` is None), removed (``new`` is None) or replaced, at
    ``position`` in the glossary of ``kind`` (DOCUMENT or PERSONAL)."""

    kind: str
    position: int
    old: GlossaryEntry | None
    new: GlossaryEntry | None


@dataclass(frozen=True)
class GlossaryChange:
    """What one glossary edit changed (announced by ``DocumentSession.glossary_changed``).

    ``reset``: the glossaries were replaced as a whole (another document was opened); the
    other fields are then empty.
    """

    edits: tuple[EntryEdit, ...] = ()
    forms: frozenset[str] = frozenset()  # forms whose matching may have changed
    rows: tuple[int, ...] = ()  # sentence rows whose terms changed
    reset: bool = False

    def replacement(self, entry: GlossaryEntry) -> GlossaryEntry | None:
        """What ``entry`` became if this change edited it."""
        for edit in self.edits:
            if edit.old == entry and edit.new is not None:
                return edit.new
        return None
