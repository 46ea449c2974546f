from __future__ import annotations

import pytest

from duizhao.core.language.dictionary import Dictionary


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return Dictionary.bundled()


def test_bundled_is_shared(dictionary: Dictionary) -> None:
    assert Dictionary.bundled() is dictionary
    assert dictionary.load().loaded
    assert len(dictionary) > 150_000  # both written forms of ~119,000 CC-CEDICT entries


def test_lookup_by_traditional_and_simplified_gives_the_same_entry(dictionary: Dictionary) -> None:
    for traditional, simplified in [("參與", "参与"), ("意味著", "意味着"), ("談判", "谈判")]:
        by_traditional = dictionary.lookup(traditional)
        assert by_traditional
        assert by_traditional == dictionary.lookup(simplified)
        assert by_traditional[0].traditional == traditional
        assert by_traditional[0].simplified == simplified


def test_entry_has_tone_mark_pinyin_and_definitions(dictionary: Dictionary) -> None:
    (entry,) = dictionary.lookup("参与")
    assert entry.pinyin == "cān yù"
    assert entry.pinyin_numbers == "can1 yu4"
    assert "to participate (in sth)" in entry.definitions
    (entry,) = dictionary.lookup("重回")
    assert entry.pinyin == "chóng huí"
    readings = {e.pinyin for e in dictionary.lookup("著")}
    assert {"zhe", "zhù", "zháo", "zhuó"} <= readings


def test_proper_names_are_recognisable(dictionary: Dictionary) -> None:
    assert all(e.is_proper_name for e in dictionary.lookup("普京"))
    assert not any(e.is_proper_name for e in dictionary.lookup("谈判"))


def test_contains(dictionary: Dictionary) -> None:
    assert "談判" in dictionary
    assert "谈判" in dictionary
    assert "梅金斯基" not in dictionary  # glossary only
    assert 42 not in dictionary
    assert dictionary.lookup("not chinese") == []


def test_attribution_keeps_the_licence(dictionary: Dictionary) -> None:
    assert "CC-CEDICT" in dictionary.attribution
    assert "creativecommons.org/licenses/by-sa/4.0" in dictionary.attribution
    assert "MDBG" in dictionary.attribution


@pytest.mark.parametrize(("numbers", "marks"), [
    ("chong2 hui2", "chóng huí"),
    ("lu:4 se4", "lǜ sè"),
    ("nu:3 er2", "nǚ ér"),
    ("liu2 gui4", "liú guì"),
    ("hou4 zhou1", "hòu zhōu"),
    ("yi4 wei4 zhe5", "yì wèi zhe"),
    ("Xi1 an1", "Xī ān"),
    ("xiong1 r5", "xiōng r"),
    ("A B", "A B"),
    ("an1 de2 lie4 · ke1", "ān dé liè · kē"),
])
def test_entries_show_cedict_readings_in_tone_marks(numbers: str, marks: str) -> None:
    small = Dictionary.from_text(f"字\t字\t{numbers}\tdefinition\n")
    assert [e.pinyin for e in small.lookup("字")] == [marks]


def test_small_dictionary_from_text() -> None:
    text = ("# CC-CEDICT\n# licence line\n#! version=1\n"
            "重回\t重回\tchong2 hui2\tto return\n"
            "著\t着\tzhe5\taspect particle\n著\t著\tzhu4\tto write/book\n")
    small = Dictionary.from_text(text)
    assert len(small) == 3  # 重回, 著, 着
    assert [e.pinyin for e in small.lookup("著")] == ["zhe", "zhù"]
    assert [e.definitions for e in small.lookup("着")] == [["aspect particle"]]
    assert small.lookup("著")[1].definitions == ["to write", "book"]
    assert small.attribution == "CC-CEDICT\nlicence line"
