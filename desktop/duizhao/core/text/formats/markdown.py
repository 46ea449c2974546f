"""Markdown: the text a reader sees, parsed by markdown-it-py (CommonMark, linear time, no
backtracking regular expressions); headings become chapters.

A big file is parsed a part at a time (:func:`extract_parts`), so a book's first chapter can
be read while the rest is still being parsed. Parts are cut only where the whole file's parse
starts a new top-level block, so the parts' texts are exactly the whole file's text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from duizhao.core.text.formats import html
from duizhao.core.text.formats.builder import Extract, TextBuilder, join_wrapped

PART_CHARS = 65536  # about 60 ms of parsing
# A blank line, then a line starting at column 0: no paragraph, table, quote or indented code
# goes on across it. What still could (a fenced code block or a raw HTML block left open) is
# checked on the part's own parse.
_BLOCK_START = re.compile(r"\n[ \t]*\n(?=[^ \t\n])")
_OPEN_TO_THE_END = ("fence", "html_block")


def extract(markdown: str) -> Extract:
    return _extract_tokens(_parser().parse(markdown))


def extract_parts(markdown: str, part_chars: int | None = None) -> Iterator[Extract]:
    """``extract(markdown)`` a part of about ``part_chars`` (:data:`PART_CHARS`) characters at
    a time: the parts' texts joined with newlines (leaving out empty ones) are the whole text,
    and each part's chapters are placed in its own text."""
    part_chars = part_chars or PART_CHARS
    if "]:" in markdown:
        # a link reference definition may be used before it: only the whole file knows
        yield extract(markdown)
        return
    parser = _parser()
    start = 0
    while start < len(markdown):
        cut = _BLOCK_START.search(markdown, start + part_chars)
        end = cut.end() if cut else len(markdown)
        part = markdown[start:end]
        tokens = parser.parse(part)
        if end < len(markdown) and _left_open(tokens, part.count("\n")):
            # a code or HTML block running on past the cut: the rest is parsed in one go
            end = len(markdown)
            tokens = parser.parse(markdown[start:])
        yield replace(_extract_tokens(tokens), read=end / len(markdown))
        start = end


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _left_open(tokens: list[Token], lines: int) -> bool:
    """A top-level fenced code or raw HTML block that takes the part's last (blank) line: it
    was not closed before the cut, and in the whole file it would run on past it."""
    return any(token.level == 0 and token.type in _OPEN_TO_THE_END and token.map
               and token.map[1] >= lines for token in tokens)


def _extract_tokens(tokens: list[Token]) -> Extract:
    builder = TextBuilder()
    in_heading = False
    row: list[str] = []
    in_cell = False
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            in_heading = True
        elif kind == "heading_close":
            in_heading = False
        elif kind == "tr_open":
            row = []
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "tr_close":
            builder.paragraph(" ".join(cell for cell in row if cell))
        elif kind == "inline":
            lines = _inline_lines(token.children or [])
            if in_cell:
                row.append(" ".join(lines))
            elif in_heading:
                builder.heading(" ".join(lines))
            else:
                for line in lines:
                    builder.paragraph(line)
        elif kind in ("fence", "code_block"):
            for line in token.content.splitlines():
                builder.paragraph(line)
        elif kind == "html_block":
            html.extract_into(builder, token.content)
    return builder.build()


def _inline_lines(children: list[Token]) -> list[str]:
    """The inline text: soft breaks joined (CJK lines without a space), hard breaks kept as
    paragraph breaks; images and inline HTML give nothing, links their text."""
    lines: list[list[str]] = [[""]]
    for child in children:
        if child.type in ("text", "code_inline"):
            lines[-1][-1] += child.content
        elif child.type == "softbreak":
            lines[-1].append("")
        elif child.type == "hardbreak":
            lines.append([""])
    return [join_wrapped(parts) for parts in lines]
