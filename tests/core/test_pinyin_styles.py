"""One reading per token, styled on the way out: every export style of every format shows the
pipeline's reading of the sentence (重回 chónghuí, not zhònghuí), whatever the reader's
preferences were when it was annotated."""

from __future__ import annotations

import dataclasses
import io
import json
import re

import docx
import pytest
from bs4 import BeautifulSoup

from duizhao.core.document import Document
from duizhao.core.export import ExportOptions, render
from duizhao.core.export.annotated_json import read_json
from duizhao.core.language.pinyin_style import PinyinStyle, syllable
from duizhao.core.pipeline import AnnotateOptions, Annotator

TEXT = "俄羅斯、烏克蘭高級官員終于重回談判桌前。"
CANONICAL = ["E2 luo2 si1", "、", "Wu1 ke4 lan2", "gao1 ji2", "guan1 yuan2", "zhong1 yu2",
             "chong2 hui2", "tan2 pan4 zhuo1", "qian2", "。"]
SENTENCE = {
    PinyinStyle.MARKS: "Éluósī、 Wūkèlán gāojí guānyuán zhōngyú chónghuí tánpànzhuō qián。",
    PinyinStyle.NUMBERS:
        "E2luo2si1、 Wu1ke4lan2 gao1ji2 guan1yuan2 zhong1yu2 chong2hui2 tan2pan4zhuo1 qian2。",
    PinyinStyle.PLAIN: "Eluosi、 Wukelan gaoji guanyuan zhongyu chonghui tanpanzhuo qian。",
    PinyinStyle.ZHUYIN: "ㄜˊ ㄌㄨㄛˊ ㄙ、 ㄨ ㄎㄜˋ ㄌㄢˊ ㄍㄠ ㄐㄧˊ ㄍㄨㄢ ㄩㄢˊ ㄓㄨㄥ ㄩˊ "
                        "ㄔㄨㄥˊ ㄏㄨㄟˊ ㄊㄢˊ ㄆㄢˋ ㄓㄨㄛ ㄑㄧㄢˊ。",
}
SYLLABLES = [s for reading in CANONICAL for s in reading.split() if s[-1].isdigit()]


@pytest.fixture(scope="module")
def document() -> Document:
    return Annotator().annotate_text(TEXT)


def test_annotation_keeps_the_canonical_reading(document: Document) -> None:
    sentence = next(document.sentences())
    assert [t.pinyin for t in sentence.tokens] == CANONICAL
    # nothing of the annotation depends on how pinyin will be shown
    assert not [f.name for f in dataclasses.fields(AnnotateOptions) if "pinyin" in f.name]


def exported(document: Document, fmt: str, style: PinyinStyle, layout: str) -> str:
    options = ExportOptions(pinyin_style=style, layout=layout)
    data = render(document, fmt, options)
    if fmt == "docx":
        table = docx.Document(io.BytesIO(data)).tables[0]
        column = [c.text for c in table.rows[0].cells].index("Pinyin")
        return table.rows[1].cells[column].text
    soup = BeautifulSoup(data.decode("utf-8"), "html.parser")
    if fmt == "markdown":
        line = next(m for m in re.findall(r"\*(.+?)\*", data.decode("utf-8")) if "、" in m)
        return line.replace("\\", "")
    if layout == "interlinear":
        return " ".join(rt.get_text() for rt in soup.select("p.zh ruby rt"))
    return soup.select_one("tr.sentence td.pinyin").get_text()


@pytest.mark.parametrize("style", list(PinyinStyle))
@pytest.mark.parametrize(("fmt", "layout"), [
    ("html", "side-by-side"), ("html", "interlinear"), ("markdown", "side-by-side"),
    ("docx", "side-by-side")])
def test_every_export_style_shows_the_pipelines_reading(
        document: Document, fmt: str, layout: str, style: PinyinStyle) -> None:
    shown = exported(document, fmt, style, layout)
    if layout == "interlinear":  # one syllable over each character
        assert shown == " ".join(syllable(s, style) for s in SYLLABLES)
    else:
        assert shown == SENTENCE[style]


def test_json_keeps_the_canonical_reading_and_reads_back(document: Document) -> None:
    data = json.loads(render(document, "json", ExportOptions()).decode("utf-8"))
    sentence = data["paragraphs"][0]["sentences"][0]
    assert [t["pinyin"] for t in sentence["tokens"]] == CANONICAL
    assert sentence["pinyin"] == SENTENCE[PinyinStyle.MARKS]
    assert read_json(data) == document


@pytest.mark.parametrize(("old_reading", "token"), [
    ("chónghuí", "重回"), ("chong2hui2", "重回"), ("Xī'ān", "西安"), ("ㄔㄨㄥˊㄏㄨㄟˊ", "重回")])
def test_files_of_the_first_format_are_read_with_their_readings(
        old_reading: str, token: str) -> None:
    data = {"schema": "duizhao.annotated/1", "text": token, "paragraphs": [{"sentences": [{
        "id": 0, "start": 0, "end": 2, "original": token, "pinyin": old_reading,
        "tokens": [{"start": 0, "end": 2, "text": token, "pinyin": old_reading}]}]}]}
    read = read_json(data)
    reading = next(read.sentences()).tokens[0].pinyin
    # zhuyin is not parsed back: the characters are read again, in context
    assert reading == {"重回": "chong2 hui2", "西安": "Xi1 an1"}[token]
