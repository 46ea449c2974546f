"""Taiwan readings (issue 15): where CC-CEDICT notes Taiwan's reading of a word (垃圾 lèsè,
星期 xīngqí), a reader who asks for them gets them in the document, the JSON and the exports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from duizhao.core.export import ExportOptions, render
from duizhao.core.language.pinyin import PinyinReader
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.language.taiwan import TaiwanReadings, TaiwanTable
from duizhao.core.pipeline import AnnotateOptions, Annotator

TEXT = "這個星期的垃圾很多，學期結束了。他說服了法國人，方法很好。"


@pytest.fixture(scope="module")
def table() -> TaiwanTable:
    return TaiwanTable.bundled()


@pytest.mark.parametrize(("word", "mainland", "taiwan"), [
    ("垃圾", "la1 ji1", "le4 se4"),  # a word CC-CEDICT notes
    ("垃圾桶", "la1 ji1 tong3", "le4 se4 tong3"),
    ("部分", "bu4 fen5", "bu4 fen4"),  # noted as bù fen there, read bù fèn here: tones vary
    ("星期", "xing1 qi1", "xing1 qi2"),  # 期 qi1 is noted on its own
    ("學期", "xue2 qi1", "xue2 qi2"),
    ("期", "ji1", "ji1"),  # its other reading is not Taiwan's qí
    ("蒙古", "Meng3 gu3", "Meng2 gu3"),  # 蒙 as Mongolia is Méng in Taiwan…
    ("內蒙古", "Nei4 meng3 gu3", "Nei4 meng2 gu3"),  # …anywhere in a name…
    ("蒙", "meng3", "meng3"),  # …not as "to deceive"
    ("俄羅斯", "E2 luo2 si1", "E2 luo2 si1"),  # noted è, but Taiwan's dictionary says é
    ("包括", "bao1 kuo4", "bao1 kuo4"),  # 括 is noted guā, but 包括 is bāokuò there
    ("概括", "gai4 kuo4", "gai4 gua1"),
    ("結巴", "jie1 ba5", "jie1 ba5"),  # 結 is noted jié, but 結巴 is jiēba there
    ("差不多", "cha4 bu4 duo1", "cha4 bu4 duo1"),  # likewise 差 chā; 不 keeps its citation tone
    ("和平", "he2 ping2", "he2 ping2"),  # 和 hàn is Taiwan's only as "and": not taken
    ("璃", "li2", "li2"),  # only its variant 琍 (simplified to 璃) is noted
    ("哪兒", "na3 r5", "na3 r5"),
])
def test_noted_words_and_characters_take_taiwans_reading(
        table: TaiwanTable, word: str, mainland: str, taiwan: str) -> None:
    assert table.read(word, mainland) == taiwan


def test_a_reading_that_does_not_fit_its_characters_is_left_alone(table: TaiwanTable) -> None:
    assert table.read("垃圾", "la1") == "la1"
    assert table.read("OK", "OK") == "OK"


@pytest.mark.parametrize(("choice", "variant", "applies"), [
    (TaiwanReadings.AUTO, "tw2s", True), (TaiwanReadings.AUTO, "s2tw", True),
    (TaiwanReadings.AUTO, "t2s", False), (TaiwanReadings.AUTO, None, False),
    (TaiwanReadings.AUTO, "hk2s", False), (TaiwanReadings.ON, None, True),
    (TaiwanReadings.OFF, "tw2s", False),
])
def test_automatic_means_with_the_taiwan_variant(choice: TaiwanReadings, variant: str | None,
                                                 applies: bool) -> None:
    assert choice.applies(variant) is applies


def test_unknown_choice_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="choose one of auto, on, off"):
        TaiwanReadings.parse("sometimes")
    assert TaiwanReadings.parse("sometimes", TaiwanReadings.OFF) is TaiwanReadings.OFF


def test_a_glossarys_pinyin_is_kept_as_written(table: TaiwanTable) -> None:
    reader = PinyinReader(taiwan=table)
    assert reader.read_words(["垃圾"], fixed={"垃圾": "lājī"}) == ["la1 ji1"]
    assert reader.read_words(["垃圾"]) == ["le4 se4"]


def _readings(options: AnnotateOptions) -> dict[str, str]:
    document = Annotator(options=options).annotate_text(TEXT)
    return {t.text: t.pinyin for s in document.sentences() for t in s.tokens}


def test_mainland_readings_by_default() -> None:
    readings = _readings(AnnotateOptions())
    assert (readings["垃圾"], readings["星期"], readings["說服"]) == (
        "la1 ji1", "xing1 qi1", "shuo1 fu2")


def test_taiwan_readings_in_the_document_the_json_and_the_exports() -> None:
    document = Annotator(options=AnnotateOptions("tw2s", taiwan_readings=True)).annotate_text(
        TEXT)
    data = json.loads(render(document, "json", ExportOptions()).decode("utf-8"))
    sentences = [s for p in data["paragraphs"] for s in p["sentences"]]
    tokens = {t["text"]: t["pinyin"] for s in sentences for t in s["tokens"]}
    assert (tokens["垃圾"], tokens["星期"], tokens["學期"], tokens["說服"]) == (
        "le4 se4", "xing1 qi2", "xue2 qi2", "shui4 fu2")
    assert tokens["方法"] == "fang1 fa3" and tokens["結束"] == "jie2 shu4"
    assert tokens["法國人"] == "Fa3 guo2 ren2"
    assert "xīngqí de lèsè" in sentences[0]["pinyin"]
    markdown = render(document, "md", ExportOptions()).decode("utf-8")
    assert "xīngqí de lèsè" in markdown and "shuìfú" in markdown
    zhuyin = render(document, "md", ExportOptions(pinyin_style=PinyinStyle.ZHUYIN)).decode(
        "utf-8")
    assert "ㄒㄧㄥ ㄑㄧˊ" in zhuyin and "ㄌㄜˋ ㄙㄜˋ" in zhuyin
    interlinear = render(document, "html", ExportOptions(layout="interlinear")).decode("utf-8")
    assert "<rt>lè</rt>" in interlinear and "<rt>qí</rt>" in interlinear


def test_the_build_keeps_only_notes_that_hold_for_every_use() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    try:
        from taiwan_build import taiwan_readings
    finally:
        sys.path.pop(0)
    entries = [
        ("期", "期", "qi1", "a period of time/Taiwan pr. [qi2]"),
        ("朞", "期", "qi1", "variant of 期[qi1]"),  # a variant does not outvote 期 itself
        ("琍", "璃", "li2", "Taiwan pr. [li4]"),
        ("璃", "璃", "li2", "glass"),  # …but 璃 itself decides 璃
        ("和", "和", "he2", "and (Taiwan pr. [han4])/peace"),  # one sense only
        ("傍", "傍", "bang4", "Taiwan pr. [pang2], [bang1], [bang4]"),  # several
        ("便秘", "便秘", "bian4 mi4", "constipation/Taiwan pr. [bian4bi4]"),
    ]
    assert taiwan_readings(entries) == [
        ("便秘", "bian mi", "= bi4"), ("期", "qi1", "qi2"), ("琍", "li2", "li4")]


def test_notes_taiwans_own_dictionary_contradicts_are_left_out() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    try:
        from taiwan_build import taiwan_readings
    finally:
        sys.path.pop(0)
    official = {"俄": ["e2"], "括": ["gua1"], "包括": ["bao1", "kuo4"], "概括": ["gai4", "gua1"]}
    entries = [
        ("俄", "俄", "E2", "Russia/Taiwan pr. [E4]"),  # how many speak, not the standard
        ("括", "括", "kuo4", "to include/Taiwan pr. [gua1]"),
        ("包括", "包括", "bao1 kuo4", "to include"),  # the dictionary keeps kuò here
        ("概括", "概括", "gai4 kuo4", "to summarise"),  # …and reads guā here
    ]
    rows = taiwan_readings(entries, official.get)
    assert rows == [("包括", "bao kuo", "= ="), ("括", "kuo4", "gua1")]
    table = TaiwanTable("\n".join("\t".join(row) for row in rows))
    assert table.read("包括", "bao1 kuo4") == "bao1 kuo4"
    assert table.read("概括", "gai4 kuo4") == "gai4 gua1"
