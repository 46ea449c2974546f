"""Protect / restore / check of glossary names, on their own (the tiny model cannot judge)."""

from __future__ import annotations

from duizhao.core.document import GlossaryEntry, Sentence, TermHit
from duizhao.core.translate.terms import (
    choose,
    missing,
    protect,
    restore,
    sentence_english,
    term_english,
)

MEDINSKY = GlossaryEntry("梅金斯基", "梅金斯基", "Vladimir Medinsky, aide to the Russian president",
                         "person")
UMEROV = GlossaryEntry("烏梅羅夫", "乌梅罗夫", "Rustem Umerov, Ukraine's defence minister",
                       "person")
TURKIYE = GlossaryEntry("土耳其", "土耳其", "Türkiye", "place")


def _hit(text: str, entry: GlossaryEntry, form: str, base: int = 0) -> TermHit:
    start = text.index(form)
    return TermHit(base + start, base + start + len(form), form, entry)


def test_term_english_is_the_name_without_its_description() -> None:
    assert term_english(MEDINSKY) == "Vladimir Medinsky"
    assert term_english(TURKIYE) == "Türkiye"
    assert term_english(GlossaryEntry("x", "x", "Dolmabahçe Palace (Istanbul)")) == \
        "Dolmabahçe Palace"


def test_protect_puts_the_english_in_place_of_each_term() -> None:
    original = "俄羅斯總統助理梅金斯基和烏克蘭國防部長烏梅羅夫率領"
    simplified = "俄罗斯总统助理梅金斯基和乌克兰国防部长乌梅罗夫率领"
    base = 1000  # the sentence's offset in its document
    hits = [_hit(original, MEDINSKY, "梅金斯基", base), _hit(original, UMEROV, "烏梅羅夫", base)]
    protected = protect(simplified, base, hits)
    assert protected.text == "俄罗斯总统助理 Vladimir Medinsky 和乌克兰国防部长 Rustem Umerov 率领"
    assert protected.english == ("Vladimir Medinsky", "Rustem Umerov")


def test_protect_finds_terms_when_conversion_changed_the_length() -> None:
    original = "在土耳其會談"
    hits = [_hit(original, TURKIYE, "土耳其")]
    converted = "于是在土耳其会谈"  # two characters longer than the original
    assert protect(converted, 0, hits).text == "于是在 Türkiye 会谈"


def test_protect_without_terms_changes_nothing() -> None:
    assert protect("歷時3年", 0, []).text == "歷時3年"


def test_restore_repairs_near_copies_only() -> None:
    names = ["Vladimir Medinsky", "Türkiye"]
    assert restore("vladimir med insky met in Turkiye.", names) == \
        "Vladimir Medinsky met in Türkiye."
    assert restore("VLADIMIR-MEDINSKY spoke", names) == "Vladimir Medinsky spoke"
    # a different word that merely contains the letters is not a copy
    assert restore("Turkiyeans", ["Türkiye"]) == "Turkiyeans"
    assert restore("Medinski spoke", names) == "Medinski spoke"


def test_missing_lists_the_lost_names() -> None:
    assert missing("Vladimir Medinsky met Umerov", ["Vladimir Medinsky", "Rustem Umerov"]) == \
        ["Rustem Umerov"]
    assert missing("anything", []) == []


def test_choose_prefers_a_hypothesis_that_keeps_every_name() -> None:
    names = ["Vladimir Medinsky", "Rustem Umerov"]
    hypotheses = [
        "Medinsky and Umerov led the delegations.",  # best scored, but loses both full names
        "Vladimir Medinsky and Umerov led the delegations.",
        "vladimir medinsky and rustem umerov led the delegations.",
    ]
    choice = choose(hypotheses, names)
    assert choice.hypothesis == 2
    assert choice.translation == "Vladimir Medinsky and Rustem Umerov led the delegations."
    assert choice.missing == ()


def test_choose_falls_back_to_the_fewest_losses_and_reports_them() -> None:
    names = ["Vladimir Medinsky", "Rustem Umerov"]
    choice = choose(["They met.", "Vladimir Medinsky met them.", "Umerov met them."], names)
    assert choice.hypothesis == 1
    assert choice.missing == ("Rustem Umerov",)


def test_choose_keeps_the_best_hypothesis_when_nothing_is_at_stake() -> None:
    assert choose(["first", "second"], []).translation == "first"


def test_sentence_english_deduplicates() -> None:
    text = "普京說普京"
    putin = GlossaryEntry("普京", "普京", "Vladimir Putin", "person")
    sentence = Sentence(0, 0, len(text), text, text, text,
                        terms=[TermHit(0, 2, "普京", putin), TermHit(3, 5, "普京", putin)])
    assert sentence_english(sentence) == ["Vladimir Putin"]
    protected = protect(text, 0, sentence.terms)
    assert protected.text == "Vladimir Putin 說 Vladimir Putin"
    assert protected.english == ("Vladimir Putin",)
