"""Any text a user might load — markup, ampersands, quotes, control characters, astral
characters — comes out of every export literally and in a file its reader can parse."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from html import unescape

import docx
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duizhao.core.export import ExportOptions, render
from duizhao.core.export.common import xml_safe
from export_fixtures import MODEL, build_document

PIECES = st.sampled_from(["<script>", "</td>", "&amp;", "&", '"', "'", "<img onerror=x>",
                          "梅金斯基", "烏梅羅夫", "停火", "\x01", "\x0b", "\u200b", "𠀀",
                          "\\*_[]|#", "]]>", "\t", " ", "。", "a"])
SENTENCE = st.lists(st.one_of(PIECES, st.text(max_size=6)), min_size=1, max_size=8).map(
    "".join).filter(lambda s: s.strip() and "\n" not in s and "\r" not in s)


def cell_text(html: str, css_class: str) -> str:
    """A table cell's text as written in the file (BeautifulSoup would read the tab after a
    highlighted name, a text node of white space only, as one space)."""
    found = re.search(rf'<td class="{css_class}"[^>]*>(.*?)</td>', html, re.S)
    assert found is not None
    return unescape(re.sub(r"<[^>]*>", "", found.group(1)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(original=SENTENCE, english=SENTENCE)
def test_every_format_keeps_user_text_literal(original: str, english: str) -> None:
    document = build_document([[(original, english, MODEL)]], path=None)
    sentence = next(document.sentences())

    for layout in ("side-by-side", "interlinear"):
        html = render(document, "html", ExportOptions(layout=layout)).decode("utf-8")
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all(["script", "img"])
        english_cell = soup.select_one("main .sentence .english")
        assert english_cell.get_text() == english
    side = render(document, "html").decode("utf-8")
    assert cell_text(side, "original") == original
    assert cell_text(side, "simplified") == sentence.simplified

    tmx = ET.fromstring(render(document, "tmx", ExportOptions(machine_in_tmx=True)))
    segs = [seg.text or "" for seg in tmx.iter("seg")]
    assert segs == [xml_safe(sentence.traditional), xml_safe(sentence.simplified),
                    xml_safe(english)]

    word = docx.Document(io.BytesIO(render(document, "docx")))
    cells = [c.text for c in word.tables[0].rows[1].cells]
    assert cells[1] == xml_safe(original) and cells[4] == xml_safe(english)

    markdown = render(document, "markdown").decode("utf-8")
    assert "<script" not in markdown and "<img" not in markdown
