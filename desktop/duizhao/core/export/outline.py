"""What an export marks beside its paragraphs: the document's chapters (as headings) and, for a
subtitle document, each cue's times (beside the sentence that begins the cue).

Both are known before the text is annotated (the loader finds them), so a streamed export is
given them up front and walks them alongside the paragraphs as it writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from duizhao.core.document import Chapter, Cue, Document, Paragraph, Script, Sentence
from duizhao.core.export.options import ScriptChoice
from duizhao.core.language.convert import ScriptConverter
from duizhao.core.text.formats.subtitles import format_time


@dataclass(frozen=True)
class ChapterHeading:
    number: int  # 1, 2, …: in ids and bookmarks, so a reader can go to it
    title: str

    @property
    def anchor(self) -> str:
        return f"chapter-{self.number}"


@dataclass(frozen=True)
class Outline:
    chapters: tuple[Chapter, ...] = ()
    cues: tuple[Cue, ...] = ()

    @classmethod
    def of(cls, document: Document) -> Outline:
        return cls(tuple(document.chapters), tuple(document.cues))

    def headings(self) -> list[ChapterHeading]:
        """Every chapter's heading, for a table of contents."""
        return [ChapterHeading(number, chapter.title)
                for number, chapter in enumerate(self._ordered_chapters(), start=1)]

    def in_script(self, script: ScriptChoice, source_script: Script) -> Outline:
        """The outline with its titles in the export's main script (the text's sentences
        carry both scripts; a title from a table of contents is converted here)."""
        if script is ScriptChoice.ORIGINAL or not self.chapters:
            return self
        converter = ScriptConverter(source_script=source_script)
        convert = converter.to_simplified if script is ScriptChoice.SIMPLIFIED \
            else converter.to_traditional
        return replace(self, chapters=tuple(replace(c, title=convert(c.title))
                                            for c in self.chapters))

    def walk(self) -> OutlineWalk:
        return OutlineWalk(self)

    def _ordered_chapters(self) -> list[Chapter]:
        return sorted((c for c in self.chapters if c.title.strip()), key=lambda c: c.start)


class OutlineWalk:
    """The outline met paragraph by paragraph, in the text's order (as an export writes)."""

    def __init__(self, outline: Outline) -> None:
        self._chapters = list(zip(outline.headings(), outline._ordered_chapters(), strict=True))
        self._cues = sorted(outline.cues, key=lambda c: c.start)
        self._next_chapter = 0
        self._next_cue = 0

    def chapters_before(self, paragraph: Paragraph) -> list[ChapterHeading]:
        """The headings to write before ``paragraph``: the chapters that start in it (or
        before it, not yet written)."""
        headings = []
        while self._next_chapter < len(self._chapters) and \
                self._chapters[self._next_chapter][1].start < max(paragraph.end,
                                                                  paragraph.start + 1):
            headings.append(self._chapters[self._next_chapter][0])
            self._next_chapter += 1
        return headings

    def cue_of(self, sentence: Sentence) -> Cue | None:
        """The cue ``sentence`` begins, or None (no cue, or the cue began with an earlier
        sentence)."""
        while self._next_cue < len(self._cues) and self._cues[self._next_cue].end <= \
                sentence.start:
            self._next_cue += 1
        if self._next_cue < len(self._cues) and self._cues[self._next_cue].start <= \
                sentence.start:
            cue = self._cues[self._next_cue]
            self._next_cue += 1  # shown once, beside its first sentence
            return cue
        return None


def cue_label(cue: Cue) -> str:
    """``00:01:02,000 → 00:01:04,000``: when the cue is shown and hidden, as in SubRip."""
    return f"{format_time(cue.shown_ms)} → {format_time(cue.hidden_ms)}"


def cue_datetime(ms: int) -> str:
    """An HTML ``datetime`` duration: ``PT62.5S``."""
    seconds = f"{ms / 1000:.3f}".rstrip("0").rstrip(".")
    return f"PT{seconds}S"
