"""The word-by-word gloss used when no model is installed."""

from __future__ import annotations

from duizhao.core.document import Document, GlossaryEntry, Sentence, TermHit, Token
from duizhao.core.text.han import has_han
from duizhao.core.translate.gloss import gloss_with_links, pick_definition


def gloss_sentence(sentence: Sentence) -> str:
    """The gloss's English alone."""
    return gloss_with_links(sentence)[0]


def test_pick_definition_skips_notes_and_keeps_plain_senses() -> None:
    assert pick_definition(["surname Nian", "year", "CL:個|个[ge4]"]) == "year"
    assert pick_definition(["official (in an organization or government)"]) == "official"
    assert pick_definition(["(completed action marker)"]) == ""  # a particle: left out
    assert pick_definition(["variant of 瞭|了[liao3]"]) is None
    assert pick_definition(["Heping district of Shenyang city 瀋陽市|沈阳市, Liaoning"]) == \
        "Heping district of Shenyang city, Liaoning"


def test_gloss_uses_glossary_english_once_per_term() -> None:
    text = "梅金斯基和普京談判。"
    medinsky = GlossaryEntry("梅金斯基", "梅金斯基", "Vladimir Medinsky, aide", "person")
    tokens = [Token(0, 2, "梅金", "梅金", "mei2 jin1"), Token(2, 4, "斯基", "斯基", "si1 ji1"),
              Token(4, 5, "和", "和", "he2"), Token(5, 7, "普京", "普京", "Pu3 jing1"),
              Token(7, 9, "談判", "谈判", "tan2 pan4"), Token(9, 10, "。", "。", "。")]
    sentence = Sentence(0, 0, len(text), text, text, text, tokens=tokens,
                        terms=[TermHit(0, 4, "梅金斯基", medinsky)])
    gloss = gloss_sentence(sentence)
    assert gloss.startswith("Vladimir Medinsky and ")
    assert gloss.count("Medinsky") == 1
    assert "negotiate" in gloss
    assert gloss.endswith(".")


def test_gloss_without_tokens_segments_with_the_dictionary() -> None:
    text = "俄羅斯官員"
    sentence = Sentence(0, 0, len(text), text, text, text)
    assert gloss_sentence(sentence) == "Russia official"


def test_sample_gloss_keeps_numbers_and_names(sample_document: Document) -> None:
    first = next(sample_document.sentences())  # 歷時3年,俄羅斯、烏克蘭高級官員終于重回談判桌前。
    gloss = gloss_sentence(first)
    for word in ("3 year", "Russia", "Ukraine", "official"):
        assert word in gloss
    assert not has_han(gloss)
