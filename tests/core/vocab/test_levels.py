from __future__ import annotations

import json

from duizhao.core.pipeline import AnnotateOptions, Annotator
from duizhao.core.storage import doc_cache
from duizhao.core.vocab.levels import HskStandard, WordLevels, level_label


def test_levels_follow_the_chosen_standard_and_both_scripts() -> None:
    syllabus, standard, old = (WordLevels(s) for s in HskStandard)
    assert syllabus.level("学习") == 1
    assert syllabus.level("一下") == 1
    # the two HSK 3.0 documents disagree, HSK 2.0 stops at 6
    assert syllabus.level("一一") == 6 and standard.level("一一") == 7
    assert old.level("一丝不苟") == 6 and syllabus.level("一丝不苟") == 7
    assert level_label(7) == "7-9" and level_label(None) == ""
    # erhua: 2021 lists 一下儿, the segmenter gives 一下
    assert standard.level("一下") == 1
    assert syllabus.level("，") is None and syllabus.level("乌克兰") is None


def test_zipf_frequencies_order_words_by_use() -> None:
    levels = WordLevels()
    common, rare = levels.zipf("我们"), levels.zipf("饕餮")
    assert common is not None and rare is not None and common > 6 > 3 > rare
    assert levels.zipf("電腦") is None or levels.zipf("电脑", "電腦") == levels.zipf("电脑")
    assert levels.zipf("。") is None and levels.zipf("ABC") is None


def test_tokens_carry_level_and_frequency_in_json_and_cache() -> None:
    document = Annotator(options=AnnotateOptions()).annotate_text("我們學習中文。")
    tokens = {t.text: t for s in document.sentences() for t in s.tokens}
    assert tokens["學習"].simplified == "学习" and tokens["學習"].hsk == 1
    assert tokens["學習"].zipf is not None and tokens["學習"].zipf > 4
    assert tokens["。"].hsk is None and tokens["。"].zipf is None
    exported = json.loads(json.dumps(document.to_dict()))
    first = exported["paragraphs"][0]["sentences"][0]["tokens"][0]
    assert first["hsk"] == 1 and isinstance(first["zipf"], float)
    decoded = doc_cache.decode(json.loads(json.dumps(doc_cache.encode(document))))
    assert [(t.hsk, t.zipf) for t in decoded.paragraphs[0].sentences[0].tokens] == \
        [(t.hsk, t.zipf) for t in document.paragraphs[0].sentences[0].tokens]


def test_the_standard_is_part_of_the_cache_key() -> None:
    keys = {doc_cache.key("中文", [], None, standard.value) for standard in HskStandard}
    assert len(keys) == 3
    old = Annotator(options=AnnotateOptions(hsk_standard=HskStandard.HSK_2))
    assert [t.hsk for t in old.annotate_text("一丝不苟").paragraphs[0].sentences[0].tokens] \
        == [6]
