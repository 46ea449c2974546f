"""The text a reader extracts, built a paragraph (one line) at a time, with its chapters."""

from __future__ import annotations

from dataclasses import dataclass, field

from duizhao.core.document import Chapter, Cue
from duizhao.core.text.han import is_han


@dataclass(frozen=True)
class Extract:
    """Text read from a file (or a part of it), with the chapters or cues it holds."""

    text: str
    chapters: tuple[Chapter, ...] = ()
    cues: tuple[Cue, ...] = ()
    read: float = 1.0  # the share of the file read once this part is (a file read in parts)


@dataclass
class TextBuilder:
    """Paragraphs are lines of the text; white space inside one is collapsed to single spaces."""

    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)

    def position(self) -> int:
        """Where the next paragraph will start."""
        return self._length + 1 if self._parts else 0

    def paragraph(self, text: str) -> tuple[int, int] | None:
        """Add a paragraph; its span in the text, or ``None`` if it was blank."""
        line = " ".join(text.split())
        if not line:
            return None
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(line)
        self._length += len(line)
        return start, self._length

    def heading(self, text: str) -> None:
        """A paragraph that starts a chapter titled by it."""
        span = self.paragraph(text)
        if span is not None:
            self.chapters.append(Chapter(" ".join(text.split()), span[0]))

    def chapter(self, title: str, start: int | None = None) -> None:
        """A chapter whose title is not in the text (a table of contents names it)."""
        title = " ".join(title.split())
        start = self.position() if start is None else start
        if title and not (self.chapters and self.chapters[-1].start == start):
            self.chapters.append(Chapter(title, start))

    def cue(self, text: str, shown_ms: int, hidden_ms: int) -> None:
        span = self.paragraph(text)
        if span is not None:
            self.cues.append(Cue(span[0], span[1], shown_ms, hidden_ms))

    def build(self) -> Extract:
        chapters = sorted(self.chapters, key=lambda chapter: chapter.start)
        return Extract("".join(self._parts), tuple(chapters), tuple(self.cues))


@dataclass
class JoinedText:
    """A document's text put together from the parts its reader gives one after another (a
    big file is read in parts): a newline between two parts, empty parts left out, chapters
    and cues moved to their place in the whole."""

    text: str = ""
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    read: float = 0.0  # the share of the file read

    def add(self, part: Extract) -> None:
        self.read = part.read
        if not part.text:
            return
        base = len(self.text) + 1 if self.text else 0
        self.text = f"{self.text}\n{part.text}" if self.text else part.text
        self.chapters += [Chapter(c.title, c.start + base) for c in part.chapters]
        self.cues += [Cue(c.start + base, c.end + base, c.shown_ms, c.hidden_ms)
                      for c in part.cues]

    def expected_length(self) -> int:
        """The whole text's length as far as can be told from the part read."""
        return round(len(self.text) / self.read) if self.read else len(self.text)


def join_wrapped(lines: list[str]) -> str:
    """Lines of one paragraph joined again: CJK has no spaces between words, so a line break
    next to a CJK character disappears; between two Latin words it becomes a space."""
    parts: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if parts and not (_is_cjk(parts[-1][-1]) or _is_cjk(line[0])):
            parts.append(" ")
        parts.append(line)
    return "".join(parts)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return is_han(ch) or 0x3000 <= code <= 0x30FF or 0xFF00 <= code <= 0xFFEF
