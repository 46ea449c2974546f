"""Word links between Chinese words and the English: exact for the gloss, rules for what is
certain, attention (constructed matrices, and the tiny real model's) for the rest."""

from __future__ import annotations

import json

from duizhao.core.document import Document, GlossaryEntry, Sentence, TermHit, Token
from duizhao.core.translate import TranslateOptions, TranslationService
from duizhao.core.translate.alignment import (
    AttentionOutput,
    attention_links,
    certain_links,
    merge,
)
from duizhao.core.translate.gloss import gloss_with_links

MEDINSKY = GlossaryEntry("梅金斯基", "梅金斯基", "Vladimir Medinsky, aide", "person")
TEXT = "梅金斯基和普京2022年談判。"
TOKENS = [Token(0, 4, "梅金斯基", "梅金斯基", "Mei2 jin1 si1 ji1"), Token(4, 5, "和", "和", "he2"),
          Token(5, 7, "普京", "普京", "Pu3 jing1", ["Putin (name)"]),
          Token(7, 11, "2022", "2022", "2022"), Token(11, 12, "年", "年", "nian2", ["year"]),
          Token(12, 14, "談判", "谈判", "tan2 pan4", ["to negotiate", "negotiation", "talks"]),
          Token(14, 15, "。", "。", "。")]


def _sentence() -> Sentence:
    return Sentence(0, 0, len(TEXT), TEXT, TEXT, TEXT, tokens=list(TOKENS),
                    terms=[TermHit(0, 4, "梅金斯基", MEDINSKY)])


def _linked(sentence: Sentence, english: str, links: list[tuple[int, int, int]]) -> dict[str, str]:
    return {sentence.tokens[k].text: english[s:e] for k, s, e in links}


def test_gloss_links_are_exact_by_construction() -> None:
    sentence = _sentence()
    english, links = gloss_with_links(sentence)
    linked = _linked(sentence, english, links)
    assert linked["梅金斯基"] == "Vladimir Medinsky"
    assert linked["2022"] == "2022"
    assert linked["年"] == "year"
    assert linked["談判"] == "to negotiate"
    assert "。" not in linked  # punctuation links to nothing


def test_a_name_spread_over_two_words_links_both_to_its_english() -> None:
    sentence = _sentence()
    sentence.tokens[0:1] = [Token(0, 2, "梅金", "梅金", ""), Token(2, 4, "斯基", "斯基", "")]
    english, links = gloss_with_links(sentence)
    assert english.count("Medinsky") == 1
    assert [english[s:e] for k, s, e in links if k in (0, 1)] == ["Vladimir Medinsky"] * 2


def test_certain_links_name_number_and_dictionary_sense() -> None:
    sentence = _sentence()
    english = "Vladimir Medinsky and Putin held talks in 2022."
    linked = _linked(sentence, english, certain_links(sentence, english))
    assert linked == {"梅金斯基": "Vladimir Medinsky", "2022": "2022", "普京": "Putin",
                      "談判": "talks"}


def test_a_sense_word_two_chinese_words_share_is_not_certain() -> None:
    sentence = _sentence()
    sentence.tokens[4] = Token(11, 12, "年", "年", "nián", ["talks"])  # now ambiguous
    english = "talks"
    assert not [k for k, _, _ in certain_links(sentence, english) if k in (4, 5)]


def test_attention_diagonal_links_each_word_to_its_token() -> None:
    # three English words, three Chinese tokens, a clear one-to-one attention
    output = AttentionOutput(source_owners=[0, 1, 2], target_pieces=["▁a", "▁b", "▁c"],
                             attention=[[0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]])
    assert attention_links(output, "a b c", 3) == [(0, 0, 1), (1, 2, 3), (2, 4, 5)]


def test_attention_follows_reordering_and_joins_pieces_of_one_word() -> None:
    # "Medinsky said": Medinsky = two pieces attending to token 1; "said" to token 0
    output = AttentionOutput(source_owners=[0, 1, None],
                             target_pieces=["▁Med", "insky", "▁said", "."],
                             attention=[[0.1, 0.9, 0.0], [0.2, 0.8, 0.0], [0.9, 0.1, 0.0],
                                        [0.3, 0.3, 0.4]])
    assert attention_links(output, "Medinsky said.", 2) == [(1, 0, 8), (0, 9, 13)]


def test_attention_grows_to_a_neighbour_the_other_direction_proposed() -> None:
    # token 1 and 2 both attend most to word 1; word 1's best is token 1; token 2 is unaligned
    # in the intersection but its proposal (1, 2) neighbours (1, 1): grown
    output = AttentionOutput(source_owners=[0, 1, 2], target_pieces=["▁x", "▁y"],
                             attention=[[0.9, 0.05, 0.05], [0.1, 0.5, 0.4]])
    links = attention_links(output, "x y", 3)
    assert (2, 2, 3) in links and (1, 2, 3) in links and (0, 0, 1) in links


def test_certain_links_win_over_attention() -> None:
    weak = [(0, 0, 3), (1, 4, 7)]
    certain = [(1, 0, 3)]
    assert merge(certain, weak) == [(1, 0, 3)]  # token 1 and span 0-3 are taken


def test_tiny_model_translation_fills_alignment_and_the_cache_keeps_it(  # type: ignore[no-untyped-def]
        installed_tiny, sample_document: Document) -> None:
    options = TranslateOptions(beam_size=2, num_hypotheses=2, max_decoding_length=16)
    TranslationService(options).translate_document(sample_document)
    sentences = list(sample_document.sentences())
    with_links = [s for s in sentences if s.alignment]
    assert len(with_links) > len(sentences) // 2  # attention gives links to nonsense too
    for sentence in sentences:
        for token, start, end in sentence.alignment:
            assert 0 <= token < len(sentence.tokens)
            assert 0 <= start < end <= len(sentence.translation or "")
    named = [s for s in sentences if any(t.entry.english.startswith("Vladimir Medinsky")
                                         for t in s.terms)]
    kept = [s for s in named if "Vladimir Medinsky" in (s.translation or "")]
    for sentence in kept:  # the name's link is certain, whatever the attention says
        assert "Vladimir Medinsky" in _linked(sentence, sentence.translation or "",
                                              sentence.alignment).values()
    first_run = [list(s.alignment) for s in sentences]
    for sentence in sentences:
        sentence.alignment = []
    again = TranslationService(options)
    summary = again.translate_document(sample_document)
    assert summary.from_cache == summary.total
    assert [s.alignment for s in sample_document.sentences()] == first_run
    data = json.loads(json.dumps(sample_document.to_dict()))
    exported = [s["alignment"] for p in data["paragraphs"] for s in p["sentences"]]
    assert exported == [[list(link) for link in links] for links in first_run]
    restored = Document.from_dict(data)
    assert [s.alignment for s in restored.sentences()] == first_run
