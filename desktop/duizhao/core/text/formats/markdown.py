"""Markdown: the text a reader sees, parsed by markdown-it-py (CommonMark, linear time, no
backtracking regular expressions); headings become chapters."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from duizhao.core.text.formats import html
from duizhao.core.text.formats.builder import Extract, TextBuilder, join_wrapped


def extract(markdown: str) -> Extract:
    parser = MarkdownIt("commonmark").enable("table")
    builder = TextBuilder()
    in_heading = False
    row: list[str] = []
    in_cell = False
    for token in parser.parse(markdown):
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
