from __future__ import annotations

import pytest

from duizhao.core.language.convert import ScriptConverter
from duizhao.core.language.pinyin import PinyinReader
from duizhao.core.language.pinyin_style import PinyinStyle, split_marked, word
from duizhao.core.language.segment import Segmenter


@pytest.fixture(scope="module")
def reader() -> PinyinReader:
    return PinyinReader()


@pytest.mark.parametrize(("text", "reading"), [
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
def test_words_read_in_context(reader: PinyinReader, text: str, reading: str) -> None:
    assert [word(r, PinyinStyle.MARKS) for r in reader.read_words([text])] == [reading]


def test_sentence_from_traditional_text_reads_right(reader: PinyinReader) -> None:
    original = "俄羅斯、烏克蘭高級官員終于重回談判桌前,參與談判。這意味著和平。"
    simplified = ScriptConverter("t2s").to_simplified(original)
    words = [simplified[s:e] for s, e in Segmenter().segment(simplified)]
    readings = {w: word(r, PinyinStyle.MARKS)
                for w, r in zip(words, reader.read_words(words), strict=True)}
    assert readings["重回"] == "chónghuí"
    assert readings["参与"] == "cānyù"
    assert readings["意味着"] == "yìwèizhe"
    assert readings["俄罗斯"] == "Éluósī"
    assert readings["乌克兰"] == "Wūkèlán"


def marks(reader: PinyinReader, words: list[str], **kwargs: object) -> list[str]:
    return [word(r, PinyinStyle.MARKS) for r in reader.read_words(words, **kwargs)]  # type: ignore[arg-type]


def test_readings_are_stored_in_one_canonical_form(reader: PinyinReader) -> None:
    assert reader.read_words(["重回", "绿色", "意味着", "西安", "毛泽东", "画儿", "3月"]) == [
        "chong2 hui2", "lü4 se4", "yi4 wei4 zhe5", "Xi1 an1", "Mao2 Ze2 dong1", "hua4 r5",
        "3 yue4"]


def test_names_are_capitalised_and_one_word(reader: PinyinReader) -> None:
    assert marks(reader, ["梅金斯基"], names={"梅金斯基"}) == ["Méijīnsījī"]
    assert marks(reader, ["梅金斯基"]) == ["méijīnsījī"]  # not known as a name
    assert marks(reader, ["普京", "伊斯坦布尔"]) == ["Pǔjīng", "Yīsītǎnbù'ěr"]  # CC-CEDICT
    assert marks(reader, ["毛泽东"]) == ["Máo Zédōng"]


def test_fixed_reading_wins(reader: PinyinReader) -> None:
    fixed = {"科尔图诺夫": "Kē'ěrtúnuòfū"}
    assert reader.read_words(["科尔图诺夫", "说"], fixed=fixed) == [
        "Ke1 er3 tu2 nuo4 fu1", "shuo1"]
    assert marks(reader, ["科尔图诺夫"], fixed=fixed) == ["Kē'ěrtúnuòfū"]
    assert marks(reader, ["科尔图诺夫"], fixed={"科尔图诺夫": "Ke1er3tu2nuo4fu1"}) == [
        "Kē'ěrtúnuòfū"]
    # a reading that does not spell one syllable per character is not used
    assert marks(reader, ["重回"], fixed={"重回": "chóng"}) == ["chónghuí"]


def test_punctuation_and_other_tokens(reader: PinyinReader) -> None:
    assert reader.read_words(["，", "“", " ", "\n", "2022", "。"]) == [
        "，", "“", "", "", "2022", "。"]


@pytest.mark.parametrize(("reading", "styles"), [
    ("chong2 hui2", ("chónghuí", "chong2hui2", "chonghui", "ㄔㄨㄥˊ ㄏㄨㄟˊ")),
    ("lü4 se4", ("lǜsè", "lü4se4", "lüse", "ㄌㄩˋ ㄙㄜˋ")),
    ("yi4 wei4 zhe5", ("yìwèizhe", "yi4wei4zhe5", "yiweizhe", "ㄧˋ ㄨㄟˋ ˙ㄓㄜ")),
    ("Xi1 an1", ("Xī'ān", "Xi1an1", "Xi'an", "ㄒㄧ ㄢ")),
    ("dang4 an4", ("dàng'àn", "dang4an4", "dang'an", "ㄉㄤˋ ㄢˋ")),
    ("Mao2 Ze2 dong1", ("Máo Zédōng", "Mao2 Ze2dong1", "Mao Zedong", "ㄇㄠˊ ㄗㄜˊ ㄉㄨㄥ")),
    ("hua4 hua4 r5", ("huàhuàr", "hua4huar4", "huahuar", "ㄏㄨㄚˋ ㄏㄨㄚˋㄦ")),
    ("qian2", ("qián", "qian2", "qian", "ㄑㄧㄢˊ")),
    ("3 yue4", ("3yuè", "3yue4", "3yue", "3 ㄩㄝˋ")),
    ("，", ("，", "，", "，", "，")),
])
def test_every_style_is_derived_from_the_canonical_reading(
        reading: str, styles: tuple[str, str, str, str]) -> None:
    shown = tuple(word(reading, style) for style in (
        PinyinStyle.MARKS, PinyinStyle.NUMBERS, PinyinStyle.PLAIN, PinyinStyle.ZHUYIN))
    assert shown == styles


def test_style_names_old_and_new() -> None:
    assert [PinyinStyle(v) for v in ("marks", "numbers", "plain", "zhuyin", "none")] == [
        PinyinStyle.MARKS, PinyinStyle.NUMBERS, PinyinStyle.PLAIN, PinyinStyle.ZHUYIN,
        PinyinStyle.PLAIN]
    assert PinyinStyle.parse("ipa", PinyinStyle.MARKS) is PinyinStyle.MARKS
    with pytest.raises(ValueError, match="unknown pinyin style"):
        PinyinStyle.parse("ipa")


def test_split_marked() -> None:
    assert split_marked("Duō'ěrmǎbāhèqiē") == ["duō", "ěr", "mǎ", "bā", "hè", "qiē"]
    assert split_marked("Zéliánsījī") == ["zé", "lián", "sī", "jī"]
    assert split_marked("hello world") is None


def test_the_shipped_syllable_table_is_what_pypinyin_spells() -> None:
    """The window shows readings from resources/syllables.tsv (no pypinyin import before the
    first screen); it must say what pypinyin says. Stale: python tools/syllables_build.py."""
    from duizhao.core.language.pinyin_style import (
        _shipped_syllables,
        spell_syllable,
        toneless_syllables,
    )

    shipped = _shipped_syllables()
    expected = {f"{base}{tone}" for base in toneless_syllables() for tone in "12345"} | {"r5"}
    assert set(shipped) == expected
    assert all(shipped[item] == spell_syllable(item) for item in expected)
    assert shipped["lü4"] == ("lǜ", "lü", "ㄌㄩˋ") and shipped["zhe5"][2] == "˙ㄓㄜ"
