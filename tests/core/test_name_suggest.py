from __future__ import annotations

from pathlib import Path

from opencc import OpenCC

from duizhao.core.glossary.files import load_glossary
from duizhao.core.glossary.name_suggest import suggest_names
from duizhao.core.glossary.prefill import prefill_entry

NAMES = {"澤連斯基": 17, "科爾圖諾夫": 11, "梅金斯基": 3, "烏梅羅夫": 2}


def test_sample_names_are_suggested_with_counts(sample_text: str) -> None:
    found = {s.text: s.count for s in suggest_names(sample_text)}
    for name, count in NAMES.items():
        assert found[name] == count
    # Ordinary words written with "name" characters are not suggested.
    assert not any(word in found for word in ("俄羅斯", "烏克蘭", "伊斯坦布爾", "安德烈"))
    assert all(not any(name in other and name != other for name in NAMES) for other in found)
    top = list(found)[:2]
    assert top == ["澤連斯基", "科爾圖諾夫"]


def test_names_already_in_the_glossary_are_not_suggested(sample_text: str,
                                                         sample_glossary_path: Path) -> None:
    glossary = load_glossary(sample_glossary_path)
    found = {s.text for s in suggest_names(sample_text, glossary=glossary)}
    assert not found & set(NAMES)


def test_simplified_text_gives_the_same_names(sample_text: str) -> None:
    simplified = OpenCC("t2s").convert(sample_text)
    found = {s.text: s.count for s in suggest_names(simplified)}
    assert found["泽连斯基"] == 17 and found["科尔图诺夫"] == 11


def test_suggestion_prefills_an_entry_in_both_scripts(sample_text: str) -> None:
    suggestion = next(s for s in suggest_names(sample_text) if s.text == "烏梅羅夫")
    assert sample_text[suggestion.first:suggestion.first + 4] == "烏梅羅夫"
    entry = prefill_entry(suggestion.text, category="person")  # as Suggest Names adds it
    assert (entry.traditional, entry.simplified, entry.category, entry.pinyin) == \
        ("烏梅羅夫", "乌梅罗夫", "person", "Wūméiluófū")


def test_dictionary_can_be_given(sample_text: str) -> None:
    found = {s.text for s in suggest_names(sample_text, dictionary={"澤連斯基"})}
    assert "澤連斯基" not in found and "梅金斯基" in found
