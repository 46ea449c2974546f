from __future__ import annotations

from pathlib import Path

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.files import load_glossary
from duizhao.core.pipeline import Annotator
from duizhao.core.vocab.coverage import DocumentWords, is_number


def test_names_numbers_and_punctuation_never_count() -> None:
    glossary = Glossary([GlossaryEntry("普京", "普京", "Putin", "person"),
                         GlossaryEntry("停火", "停火", "ceasefire", "term")])
    document = Annotator(glossary).annotate_text("普京说三万人停火，停火！OK")
    words = DocumentWords(document)
    assert list(words.words) == ["说", "人", "停火"]  # a glossary term is a word, a name not
    assert words.words["停火"].count == 2 and words.tokens == 4
    assert is_number("三百") and is_number("两") and not is_number("百姓")


def test_stats_follow_the_marks_without_annotating_again(sample_text: str,
                                                         sample_glossary_path: Path) -> None:
    document = Annotator(load_glossary(sample_glossary_path)).annotate_text(sample_text)
    words = DocumentWords(document)
    nothing = words.stats(lambda word: False)
    assert nothing.known == 0 and nothing.coverage == 0.0
    assert sum(nothing.levels.values()) == nothing.tokens == words.tokens
    assert nothing.unknown[0].word == "的" and nothing.unknown[0].hsk == 1
    counts = [w.count for w in nothing.unknown]
    assert counts == sorted(counts, reverse=True) and len(counts) == nothing.distinct
    easy = {w for w, c in words.words.items() if c.hsk is not None and c.hsk <= 2}
    some = words.stats(easy.__contains__)
    assert some.known == nothing.levels["1"] + nothing.levels["2"]
    assert some.distinct_known == len(easy) and 0.3 < some.coverage < 0.5
    assert all(w.word not in easy for w in some.unknown)
    data = some.to_json()
    assert list(data) == ["tokens", "known", "coverage", "distinct", "distinct_known",
                          "levels", "unknown"]
    assert list(data["levels"]) == ["1", "2", "3", "4", "5", "6", "7", "none"]
    assert list(data["unknown"][0]) == ["word", "count", "hsk", "pinyin"]
    first = words.words["谈判"]
    assert document.text[first.start:first.start + 2] == "談判"
