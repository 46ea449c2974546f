from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duizhao.core.glossary.files import load_glossary
from duizhao.core.language.convert import ScriptConverter
from duizhao.core.language.dictionary import Dictionary
from duizhao.core.language.segment import Segmenter
from duizhao.core.text.han import has_han


@pytest.fixture(scope="module")
def glossary_forms() -> list[str]:
    from duizhao.core.samples import sample_glossary_path

    return [form for entry in load_glossary(sample_glossary_path()) for form in entry.forms()]


@pytest.fixture(scope="module")
def segmenter(glossary_forms: list[str]) -> Segmenter:
    return Segmenter(extra_words=glossary_forms)


@pytest.fixture(scope="module")
def sample_simplified() -> str:
    from duizhao.core.samples import sample_path

    return ScriptConverter("t2s").to_simplified(sample_path().read_text(encoding="utf-8"))


def _tokens(segmenter: Segmenter, original: str, simplified: str) -> list[str]:
    return [original[s:e] for s, e in segmenter.segment(simplified)]


def test_names_are_single_tokens_with_the_sample_counts(
        segmenter: Segmenter, sample_text: str, sample_simplified: str) -> None:
    counts = Counter(_tokens(segmenter, sample_text, sample_simplified))
    assert counts["梅金斯基"] == 3
    assert counts["烏梅羅夫"] == 2
    assert counts["科爾圖諾夫"] == 11
    assert counts["澤連斯基"] == 17
    assert counts["多爾瑪巴赫切宮"] >= 1
    assert counts["伊斯坦布爾"] >= 1
    # and no fragment of them is left over
    for fragment in ("梅", "泽", "澤", "连斯基", "金斯基"):
        assert counts[fragment] == 0


def test_names_whole_in_simplified_text_too(segmenter: Segmenter) -> None:
    words = segmenter.words("乌克兰总统泽连斯基和乌梅罗夫在伊斯坦布尔的多尔玛巴赫切宫")
    for name in ("泽连斯基", "乌梅罗夫", "伊斯坦布尔", "多尔玛巴赫切宫"):
        assert name in words


def test_without_extra_words_names_are_split() -> None:
    # the plain word list does not know the name: the glossary is what keeps it whole
    assert "梅金斯基" not in Segmenter().words("俄罗斯总统助理梅金斯基")


def test_dictionary_coverage_of_sample_tokens(
        segmenter: Segmenter, sample_simplified: str, glossary_forms: list[str]) -> None:
    dictionary = Dictionary.bundled()
    chinese = [w for w in segmenter.words(sample_simplified) if has_han(w)]
    known = [w for w in chinese if w in dictionary or w in glossary_forms]
    assert len(chinese) > 1500
    assert len(known) / len(chinese) >= 0.98


def test_words_are_words(segmenter: Segmenter) -> None:
    words = segmenter.words("俄乌直接谈判早在2022年4月就因战事变化而中断。")
    assert words == ["俄", "乌", "直接", "谈判", "早", "在", "2022", "年", "4", "月", "就", "因",
                     "战事", "变化", "而", "中断", "。"]


def test_punctuation_and_space_are_their_own_spans(segmenter: Segmenter) -> None:
    text = "“禁止”和 普京,谈判!\n"
    words = segmenter.words(text)
    for mark in ("“", "”", " ", ",", "!", "\n"):
        assert mark in words


def test_empty_text(segmenter: Segmenter) -> None:
    assert segmenter.segment("") == []


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.one_of(
    st.sampled_from("梅金斯基泽连斯基乌克兰总统谈判。，“”  \n\r\t3.5abc"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(),
), max_size=80))
def test_spans_tile_the_text(text: str) -> None:
    spans = Segmenter(extra_words=["梅金斯基", "泽连斯基", "斯基"]).segment(text)
    position = 0
    for start, end in spans:
        assert start == position
        assert end > start
        position = end
    assert position == len(text)
