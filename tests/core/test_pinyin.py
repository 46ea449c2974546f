from __future__ import annotations

import pytest

from duizhao.core.language.convert import ScriptConverter
from duizhao.core.language.pinyin import PinyinReader, split_marked
from duizhao.core.language.segment import Segmenter


@pytest.fixture(scope="module")
def reader() -> PinyinReader:
    return PinyinReader()


@pytest.mark.parametrize(("word", "reading"), [
    ("重回", "chónghuí"),  # pypinyin alone: zhònghuí
    ("了解", "liǎojiě"),
    ("参与", "cānyù"),
    ("意味着", "yìwèizhe"),
    ("银行", "yínháng"),
    ("进行", "jìnxíng"),
    ("谈判桌", "tánpànzhuō"),
    ("西安", "Xī'ān"),
    ("女儿", "nǚ'ér"),
])
def test_words_read_in_context(reader: PinyinReader, word: str, reading: str) -> None:
    assert reader.read_words([word]) == [reading]


def test_sentence_from_traditional_text_reads_right(reader: PinyinReader) -> None:
    original = "俄羅斯、烏克蘭高級官員終于重回談判桌前,參與談判。這意味著和平。"
    simplified = ScriptConverter("t2s").to_simplified(original)
    words = [simplified[s:e] for s, e in Segmenter().segment(simplified)]
    readings = dict(zip(words, reader.read_words(words), strict=True))
    assert readings["重回"] == "chónghuí"
    assert readings["参与"] == "cānyù"
    assert readings["意味着"] == "yìwèizhe"
    assert readings["俄罗斯"] == "Éluósī"
    assert readings["乌克兰"] == "Wūkèlán"


def test_names_are_capitalised_and_one_word(reader: PinyinReader) -> None:
    assert reader.read_words(["梅金斯基"], names={"梅金斯基"}) == ["Méijīnsījī"]
    assert reader.read_words(["梅金斯基"]) == ["méijīnsījī"]  # not known as a name
    assert reader.read_words(["普京", "伊斯坦布尔"]) == ["Pǔjīng", "Yīsītǎnbù'ěr"]  # CC-CEDICT
    assert reader.read_words(["毛泽东"]) == ["Máo Zédōng"]


def test_fixed_reading_wins(reader: PinyinReader) -> None:
    fixed = {"科尔图诺夫": "Kē'ěrtúnuòfū"}
    assert reader.read_words(["科尔图诺夫", "说"], fixed=fixed) == ["Kē'ěrtúnuòfū", "shuō"]
    assert PinyinReader("numbers").read_words(["科尔图诺夫"], fixed=fixed) == [
        "Ke1er3tu2nuo4fu1"]


def test_punctuation_and_other_tokens(reader: PinyinReader) -> None:
    assert reader.read_words(["，", "“", " ", "\n", "2022", "。"]) == [
        "，", "“", "", "", "2022", "。"]


def test_numbers_style() -> None:
    assert PinyinReader("numbers").read_words(["重回", "绿色", "意味着"]) == [
        "chong2hui2", "lü4se4", "yi4wei4zhe5"]


def test_zhuyin_style() -> None:
    zhuyin = PinyinReader("zhuyin")
    assert zhuyin.read_words(["重回", "参与", "绿"]) == ["ㄔㄨㄥˊㄏㄨㄟˊ", "ㄘㄢㄩˋ", "ㄌㄩˋ"]
    assert zhuyin.read_words(["中国"]) == ["ㄓㄨㄥㄍㄨㄛˊ"]
    assert zhuyin.read_words(["意味着"]) == ["ㄧˋㄨㄟˋ˙ㄓㄜ"]  # neutral tone: dot first


def test_unknown_style() -> None:
    with pytest.raises(ValueError, match="unknown pinyin style"):
        PinyinReader("ipa")


def test_split_marked() -> None:
    assert split_marked("Duō'ěrmǎbāhèqiē") == ["duō", "ěr", "mǎ", "bā", "hè", "qiē"]
    assert split_marked("Zéliánsījī") == ["zé", "lián", "sī", "jī"]
    assert split_marked("hello world") is None
