"""The translation memory: exact matches in either script and any punctuation width, used
before the model; fuzzy suggestions with their differences marked."""

from __future__ import annotations

from pathlib import Path

from duizhao.core.document import Document, Status
from duizhao.core.memory import FuzzyMatcher, TranslationMemory, Unit, shared_memory
from duizhao.core.pipeline import Annotator
from duizhao.core.translate import TranslateOptions, TranslationService

FAST = TranslateOptions(beam_size=1, num_hypotheses=2, max_decoding_length=12)


def test_a_pair_is_found_in_the_other_script_and_punctuation(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    memory.remember("這是一個測試。", "This is a test.")
    memory.remember("「你好，世界！」", "'Hello, world!'")
    found = memory.exact(["这是一个测试.", "這是一個 測試。", "“你好, 世界!”", "这是两个测试。"])
    assert found == {"这是一个测试.": "This is a test.", "這是一個 測試。": "This is a test.",
                     "“你好, 世界!”": "'Hello, world!'"}


def test_a_corrected_edit_replaces_the_earlier_one(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    memory.remember("我們去公園。", "We go to the prak.")
    memory.remember("我們去公園。", "We go to the park.")
    assert memory.exact(["我们去公园。"]) == {"我们去公园。": "We go to the park."}
    assert memory.stats().units == 1


def test_fuzzy_suggestions_mark_what_differs(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    memory.add_units([Unit("我今天去北京開會。", "Today I go to Beijing for a meeting."),
                      Unit("他昨天去上海。", "Yesterday he went to Shanghai."),
                      Unit("完全不同的句子在這裡。", "An entirely different sentence.")])
    matcher = FuzzyMatcher(memory)
    suggestions = matcher.suggest("我明天去北京开会。")
    assert [s.unit.target for s in suggestions] == ["Today I go to Beijing for a meeting."]
    best = suggestions[0]
    assert 75 <= best.similarity < 100
    assert [best.unit.source[a:b] for a, b in best.differences] == ["今"]  # 開會/开会: same
    memory.remember("我明天去北京開會。", "Tomorrow I go to Beijing for a meeting.")
    top = matcher.suggest("我明天去北京开会。")[0]  # the matcher sees the new unit
    assert top.similarity == 100 and top.differences == ()


def test_memory_is_used_before_the_model(installed_tiny, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         sample_text: str) -> None:
    document: Document = Annotator().annotate_text(sample_text)
    sentences = list(document.sentences())
    known = sentences[3]
    # written in the other script, with half-width punctuation: still the same sentence
    other_script = known.traditional if known.original == known.simplified else known.simplified
    shared_memory().remember(other_script.replace("，", ", "), "A sentence I translated.")
    service = TranslationService(FAST)
    summary = service.translate_document(document)
    assert summary.from_memory >= 1
    assert known.translation == "A sentence I translated."
    assert known.translation_source == "tm" and known.status is Status.TM
    engine = service.engine()
    assert engine is not None
    assert engine.sentences == len({s.original for s in sentences} - {known.original})
    assert all(s.translation_source.startswith("argos:") for s in sentences  # type: ignore[union-attr]
               if s.original != known.original)


def test_edited_and_reviewed_english_is_never_replaced(installed_tiny,  # type: ignore[no-untyped-def]
                                                       sample_text: str) -> None:
    document: Document = Annotator().annotate_text(sample_text)
    service = TranslationService(FAST)
    service.translate_document(document)
    first, second = list(document.sentences())[:2]
    first.set_english("My own words.", "user")
    second.reviewed = True
    checked = second.translation
    for sentence in document.sentences():
        if sentence not in (first, second):
            sentence.translation = None
    summary = service.translate_document(document)
    assert summary.skipped == 2
    assert (first.translation, first.status) == ("My own words.", Status.EDITED)
    assert (second.translation, second.status) == (checked, Status.REVIEWED)
