"""Single polyphonic characters read in their sentence (issue 15): the readings a teacher
would sign, in the pipeline, the JSON and every export."""

from __future__ import annotations

import json

import pytest

from duizhao.core.export import ExportOptions, render
from duizhao.core.language.pinyin import PinyinReader
from duizhao.core.language.pinyin_style import PinyinStyle, sentence
from duizhao.core.language.polyphones import ContextReader, parse_rules
from duizhao.core.pipeline import Annotator

TABLE = [
    ("這條路很長。", "hěn cháng"),
    ("兩隻鳥飛走了。", "liǎng zhī"),
    ("昨晚下了一場雪。", "yī cháng"),
    ("他熱得睡不著。", "rè de shuì bù zháo"),
    ("他被提名為候選人。", "tímíng wéi"),
    ("他給了我一行地址。", "yīháng"),
    ("他被任命為大使。", "rènmìng wéi"),
    ("以此為由拒絕了。", "yǐcǐ wéi yóu"),
    ("或長或短。", "huò cháng huò duǎn"),
]


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator()


@pytest.mark.parametrize(("text", "reading"), TABLE)
def test_single_characters_are_read_in_their_sentence(
        annotator: Annotator, text: str, reading: str) -> None:
    document = annotator.annotate_text(text)
    shown = sentence(next(document.sentences()).tokens, PinyinStyle.MARKS)
    assert reading in shown


def test_the_table_is_right_in_the_json_and_every_export(annotator: Annotator) -> None:
    document = annotator.annotate_text("\n".join(text for text, _ in TABLE))
    data = json.loads(render(document, "json", ExportOptions()).decode("utf-8"))
    lines = " ".join(s["pinyin"] for p in data["paragraphs"] for s in p["sentences"])
    html = render(document, "html", ExportOptions()).decode("utf-8")
    markdown = render(document, "markdown", ExportOptions()).decode("utf-8")
    numbers = render(document, "html", ExportOptions(pinyin_style="numbers")).decode("utf-8")
    for _text, reading in TABLE:
        assert reading in lines and reading in html and reading in markdown
    assert "chang2" in numbers and "zhi1" in numbers and "zhao2" in numbers


def test_the_traditional_character_settles_the_reading() -> None:
    reader = PinyinReader()
    assert reader.read_words(["只"], originals=["隻"]) == ["zhi1"]
    assert reader.read_words(["干"], originals=["乾"]) == ["gan1"]
    assert reader.read_words(["干"], originals=["幹"]) == ["gan4"]
    assert reader.read_words(["只"], originals=["只"]) == ["zhi3"]


def test_rules_are_data() -> None:
    rules = parse_rules("@NUM\t[一两]\n行\thang2\t(?:{NUM})\t\n")
    context = ContextReader(rules=rules)
    assert context.reading("两行字", 1, "行") == "hang2"
    assert context.reading("不行", 1, "行") is None or context.reading("不行", 1, "行") != "hang2"
    with pytest.raises(ValueError, match="4 fields"):
        parse_rules("行\thang2\n")


def test_without_the_context_step_the_word_reading_stays() -> None:
    reader = PinyinReader(in_context=False)
    assert reader.read_words(["很", "长"]) == ["hen3", "zhang3"]
    assert PinyinReader().read_words(["很", "长"]) == ["hen3", "chang2"]


def test_tone_sandhi_is_an_export_option_off_by_default(annotator: Annotator) -> None:
    document = annotator.annotate_text("他不是一個人，第一天。")
    spoken = render(document, "html", ExportOptions(tone_sandhi=True)).decode("utf-8")
    cited = render(document, "html", ExportOptions()).decode("utf-8")
    assert "búshì yí" in spoken and "dìyī" in spoken
    assert "bùshì yī" in cited
    tokens = next(document.sentences()).tokens
    assert [t.pinyin for t in tokens if t.text == "不是"] == ["bu4 shi4"]  # stored as cited
    interlinear = render(document, "html", ExportOptions(layout="interlinear",
                                                         tone_sandhi=True)).decode("utf-8")
    assert "<rt>bú</rt>" in interlinear and "<rt>yí</rt>" in interlinear
