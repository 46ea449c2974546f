"""PDF with a text layer: text in reading order, wrapped lines joined into paragraphs,
running headers, footers and page numbers dropped.

pdfminer.six does the layout analysis (text boxes in reading order, each line with its
position); see docs/guide.md for why it and not pypdf. Lines become paragraphs by their
geometry: a paragraph ends at a short line, an outdent (the first line of a hanging indent)
or a wider gap than between its lines. CJK lines are joined without a space.
A PDF without text (a scan) is refused: Duizhao does not read images of text.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from duizhao.core.errors import DocumentError
from duizhao.core.text.formats._containers import broken
from duizhao.core.text.formats.builder import Extract, TextBuilder, join_wrapped

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—·.]*(?:(?:page|p\.)\s*)?(?:第\s*)?\d+(?:\s*[頁页])?(?:\s*(?:/|of|共)\s*\d+\s*[頁页]?)?"
    r"[\s\-–—·.]*$", re.I)
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running heads
# Fonts often map CJK glyphs to the Kangxi radical and radical-supplement blocks (⾼ for 高);
# NFKC turns the Kangxi radicals back into the unified ideographs; the supplement's forms that
# stand for whole characters have no decomposition and are mapped here.
_RADICALS = re.compile("[\u2e80-\u2fdf]")
_SUPPLEMENT = dict(zip(
    "⺠⺟⺬⺮⺶⻄⻅⻆⻉⻊⻋⻑⻓⻔⻘⻚⻛⻜⻝⻢⻤⻥⻦⻨⻩⻬⻮⻳",
    "民母示竹羊西见角贝足车長长门青页风飞食马鬼鱼鸟麦黄齐齿龟", strict=True))


@dataclass(frozen=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    height: float


def extract(data: bytes, name: str) -> Extract:
    pages = _read_pages(data, name)
    if not any(line.text.strip() for page in pages for line in page):
        raise DocumentError(f"{name}: has no text layer (a scanned PDF?); Duizhao reads the "
                            "text of a PDF and cannot read images of text")
    pages = _without_running_lines(pages)
    builder = TextBuilder()
    paragraph: list[str] = []
    for page in pages:
        previous: _Line | None = None
        left, right, height = _page_metrics(page)
        for line in page:
            if previous is not None and _breaks(previous, line, left, right, height):
                builder.paragraph(join_wrapped(paragraph))
                paragraph = []
            paragraph.append(line.text)
            previous = line
        if previous is not None and previous.x1 < right - 1.5 * height:
            builder.paragraph(join_wrapped(paragraph))  # a short last line ends its paragraph
            paragraph = []
    builder.paragraph(join_wrapped(paragraph))
    return builder.build()


def _read_pages(data: bytes, name: str) -> list[list[_Line]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLineHorizontal
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages: list[list[_Line]] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            lines: list[_Line] = []
            page_top = page.height
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                for item in box:
                    if not isinstance(item, LTTextLineHorizontal):
                        continue
                    # a line drawn above or below the page (clipped overflow) is not on it
                    if item.y0 >= page_top or item.y1 <= 0:
                        continue
                    text = _clean(item.get_text())
                    if text:
                        lines.append(_Line(text, item.x0, item.x1, page_top - item.y1,
                                           item.height))
            pages.append(lines)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise DocumentError(f"{name}: is encrypted; Duizhao cannot open a protected PDF") \
            from None
    except Exception as error:  # noqa: BLE001 - see broken()
        raise broken(name, "PDF", error) from error
    return pages


def _clean(text: str) -> str:
    text = _RADICALS.sub(lambda match: _SUPPLEMENT.get(match.group())
                         or unicodedata.normalize("NFKC", match.group()), text)
    return " ".join(text.split())


def _without_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers, and lines at a page's top or bottom that recur (digits aside) on
    at least half of the pages: running heads and feet."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    def edges(page: list[_Line]) -> list[_Line]:
        ordered = sorted(page, key=lambda line: line.top)
        return ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]

    counts = Counter(k for page in pages for k in {key(line) for line in edges(page)})
    repeated = {k for k, n in counts.items() if len(pages) > 1 and n >= max(2, len(pages) / 2)}
    kept: list[list[_Line]] = []
    for page in pages:
        dropped = {id(line) for line in edges(page)
                   if key(line) in repeated or _PAGE_NUMBER.match(line.text)}
        kept.append([line for line in page if id(line) not in dropped])
    return kept


def _page_metrics(page: list[_Line]) -> tuple[float, float, float]:
    """The text block's left and right edges, and the usual line height (about one CJK
    character's width)."""
    if not page:
        return 0.0, 0.0, 10.0
    height = statistics.median(line.height for line in page)
    left = min(line.x0 for line in page)
    rights = sorted(line.x1 for line in page)
    right = rights[int(0.9 * (len(rights) - 1))]
    return left, right, height


def _breaks(previous: _Line, line: _Line, left: float, right: float, height: float) -> bool:
    gap = line.top - (previous.top + previous.height)
    return (
        previous.x1 < right - 1.5 * height  # the line before ended short
        or line.x0 < previous.x0 - 0.8 * height  # outdent: a hanging indent's first line
        or gap > 0.9 * height  # more space than between the lines of a paragraph
        or gap < -2 * height  # back up the page: another column or box
    )


