"""HTML and XHTML: the text content, a paragraph per block, headings as chapters.

A streaming ``html.parser`` pass, so the time is linear in the input whatever its nesting:
no tree is built and nothing is moved inside one. Scripts, styles and the like are skipped;
nothing is fetched and nothing is run.
"""

from __future__ import annotations

from html.parser import HTMLParser

from duizhao.core.text.formats.builder import Extract, TextBuilder

_BLOCKS = frozenset((
    "p", "div", "br", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "blockquote", "section", "article", "aside", "header", "footer", "nav", "main", "pre",
    "table", "ul", "ol", "dl", "figure", "figcaption", "hr", "body", "title", "caption",
))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_SKIPPED = frozenset(("script", "style", "noscript", "template", "title", "svg", "math",
                      "object", "iframe"))


def extract(html: str) -> Extract:
    builder = TextBuilder()
    extract_into(builder, html)
    return builder.build()


def extract_into(builder: TextBuilder, html: str, *, headings: bool = True) -> dict[str, int]:
    """Append the text of ``html`` to ``builder``; the offsets of the elements with an ``id``
    (for a table of contents that points into the page)."""
    parser = _TextExtractor(builder, headings)
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.anchors


class _TextExtractor(HTMLParser):
    def __init__(self, builder: TextBuilder, headings: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.headings = headings
        self.anchors: dict[str, int] = {}
        self._line: list[str] = []
        self._skipping: list[str] = []  # the open skipped elements, innermost last
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.append(tag)
            return
        if tag in _SKIPPED:
            self._skipping.append(tag)
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in _HEADINGS:
            self._in_heading = True
        for name, value in attrs:
            if name == "id" and value and value not in self.anchors:
                self.anchors[value] = self.builder.position()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skipping and tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in _HEADINGS:
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._line.append(data)

    def flush(self) -> None:
        text = "".join(self._line)
        self._line.clear()
        if self._in_heading and self.headings:
            self.builder.heading(text)
        else:
            self.builder.paragraph(text)
