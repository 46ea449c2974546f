from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duizhao.core.document import Document, Script
from duizhao.core.glossary.files import load_glossary
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.pipeline import Annotator, annotate_file

NAMES = {"梅金斯基": 3, "烏梅羅夫": 2, "科爾圖諾夫": 11, "澤連斯基": 17}


@pytest.fixture(scope="module")
def annotated() -> Document:
    root = Path(__file__).resolve().parents[2] / "seeds"
    sample = root / "000_bacf4da327376ca6.txt"
    return annotate_file(sample, load_glossary(sample.with_name(sample.stem + ".glossary.csv")))


def test_names_are_single_tokens_and_terms(annotated: Document) -> None:
    tokens = Counter(t.text for s in annotated.sentences() for t in s.tokens)
    terms = Counter(t.text for s in annotated.sentences() for t in s.terms)
    for name, count in NAMES.items():
        assert tokens[name] == count, name
        assert terms[name] == count, name
    medinsky = next(t for s in annotated.sentences() for t in s.terms if t.text == "梅金斯基")
    assert "Medinsky" in medinsky.entry.english


def test_offsets_reproduce_the_original(annotated: Document) -> None:
    text = annotated.text
    assert annotated.source.script is Script.TRADITIONAL
    for sentence in annotated.sentences():
        assert text[sentence.start:sentence.end] == sentence.original
        assert len(sentence.simplified) == len(sentence.original)
        assert "".join(t.text for t in sentence.tokens) == sentence.original
        for token in sentence.tokens:
            assert text[token.start:token.end] == token.text
        for term in sentence.terms:
            assert text[term.start:term.end] == term.text
    assert 90 <= annotated.sentence_count() <= 120


def test_simplified_pinyin_and_definitions(annotated: Document) -> None:
    first = next(annotated.sentences())
    assert first.simplified == "历时3年,俄罗斯、乌克兰高级官员终于重回谈判桌前。"
    assert [t.pinyin for t in first.tokens if t.text == "重回"] == ["chong2 hui2"]
    assert "chónghuí" in pinyin_style.sentence(first.tokens, PinyinStyle.MARKS).split()
    assert any("意味着" in s.simplified for s in annotated.sentences())
    assert not any("意味著" in s.simplified for s in annotated.sentences())
    medinsky = next(t for s in annotated.sentences() for t in s.tokens if t.text == "梅金斯基")
    assert medinsky.pinyin == "Mei2 jin1 si1 ji1"
    talks = next(t for s in annotated.sentences() for t in s.tokens if t.text == "談判")
    assert any("negotiat" in d for d in talks.definitions)


def test_json_round_trip(annotated: Document) -> None:
    data = json.loads(json.dumps(annotated.to_dict(), ensure_ascii=False))
    assert data["schema"] == "duizhao.annotated/2"
    assert Document.from_dict(data) == annotated


def test_simplified_source_gets_traditional_form() -> None:
    document = Annotator().annotate_text("俄罗斯和乌克兰进行了谈判。")
    sentence = next(document.sentences())
    assert document.source.script is Script.SIMPLIFIED
    assert sentence.traditional == "俄羅斯和烏克蘭進行了談判。"


_shared_annotator = Annotator()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_annotates_consistently(text: str) -> None:
    document = _shared_annotator.annotate_text(text)
    position = 0
    for sentence in document.sentences():
        assert position <= sentence.start < sentence.end
        assert text[position:sentence.start].strip() == ""
        assert text[sentence.start:sentence.end] == sentence.original
        assert "".join(t.text for t in sentence.tokens) == sentence.original
        position = sentence.end
    assert text[position:].strip() == ""
