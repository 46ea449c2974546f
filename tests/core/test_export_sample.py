"""Every export of the real sample, annotated by the pipeline with its glossary."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import docx
import pytest
from bs4 import BeautifulSoup

from duizhao.core.document import Document
from duizhao.core.export import ExportOptions, render
from duizhao.core.glossary.files import load_glossary
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.pipeline import annotate_file
from duizhao.core.text.han import han_count


@pytest.fixture(scope="module")
def sample() -> Document:
    root = Path(__file__).resolve().parents[2] / "seeds"
    path = root / "000_bacf4da327376ca6.txt"
    return annotate_file(path, load_glossary(path.with_name(path.stem + ".glossary.csv")))


def test_interlinear_reads_every_character_with_the_pipelines_pinyin(sample: Document) -> None:
    html = render(sample, "html", ExportOptions(layout="interlinear")).decode("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    blocks = soup.select("div.sentence")
    assert len(blocks) == sample.sentence_count()
    letters = re.compile(r"[^\w]|[\d_]")
    for block, sentence in zip(blocks, sample.sentences(), strict=True):
        rubies = block.select("p.zh ruby")
        assert len(rubies) == han_count(sentence.original)
        # the syllables over the characters spell the sentence's own pinyin, in order
        over = "".join(r.rt.get_text() for r in rubies).lower()
        shown = pinyin_style.sentence(sentence.tokens, PinyinStyle.MARKS)
        assert over == letters.sub("", shown).lower(), sentence.original
    medinsky = [t for t in soup.select("p.zh .term") if "Medinsky" in t["title"]]
    assert len(medinsky) == 3
    assert [r.rt.get_text().lower() for r in medinsky[0].select("ruby")] == [
        "méi", "jīn", "sī", "jī"]


def test_side_by_side_rows_and_terms(sample: Document) -> None:
    soup = BeautifulSoup(render(sample, "html").decode("utf-8"), "html.parser")
    assert len(soup.select("tr.sentence")) == sample.sentence_count()
    umerov = [t for t in soup.select("td.simplified .term") if t.get_text() == "乌梅罗夫"]
    assert len(umerov) == 2 and all("Umerov" in t["title"] for t in umerov)
    glossary = [r.find("td").get_text() for r in soup.select("section.glossary tbody tr")]
    assert glossary == [e.traditional for e in sample.glossary_entries()]
    assert "梅金斯基" in glossary and "澤連斯基" in glossary


def test_markdown_docx_and_json_hold_every_sentence(sample: Document) -> None:
    markdown = render(sample, "markdown").decode("utf-8")
    assert len(re.findall(r"^\*\*\d+\.\*\* ", markdown, re.M)) == sample.sentence_count()
    word = docx.Document(io.BytesIO(render(sample, "docx")))
    assert len(word.tables[0].rows) == sample.sentence_count() + 1
    cells = "".join(c.text for r in word.tables[0].rows for c in r.cells)
    assert "烏梅羅夫" in cells and "乌梅罗夫" in cells and cells.count("梅金斯基") == 6
    assert Document.from_dict(__import__("json").loads(render(sample, "json"))).to_dict() \
        == sample.to_dict()


def test_tmx_only_takes_real_translations(sample: Document) -> None:
    assert ET.fromstring(render(sample, "tmx")).findall("body/tu") == []  # nothing translated
    sentences = list(sample.sentences())
    for sentence in sentences:
        sentence.translation, sentence.translation_source = "word gloss", "gloss"
    for sentence in sentences[:5]:
        sentence.translation, sentence.translation_source = "Edited by me.", "user"
    try:
        units = ET.fromstring(render(sample, "tmx")).findall("body/tu")
        assert [u.get("tuid") for u in units] == [str(s.id) for s in sentences[:5]]
    finally:
        for sentence in sentences:
            sentence.translation = sentence.translation_source = None
