"""Damaged or crafted document-cache files are discarded, never shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.pipeline import Annotator
from duizhao.core.storage import doc_cache

TEXT = "俄羅斯總統助理梅金斯基和烏梅羅夫見面。他們談了很久。\n"


def _cached() -> tuple[str, Path, dict]:  # type: ignore[type-arg]
    document = Annotator().annotate_text(TEXT)
    key = doc_cache.key(TEXT, [], None)
    doc_cache.store(key, document)
    path = doc_cache._folder() / f"{key}.json"
    assert doc_cache.load(key, TEXT) is not None
    return key, path, json.loads(path.read_text(encoding="utf-8"))


def _sentence(data: dict) -> list:  # type: ignore[type-arg]
    return data["paragraphs"][0][2][0]  # type: ignore[no-any-return]


def _nulls(data: dict) -> None:  # type: ignore[type-arg]
    sentence = _sentence(data)
    sentence[3:6] = [None, None, None]


def _bad_offsets(data: dict) -> None:  # type: ignore[type-arg]
    _sentence(data)[2] = 10_000


def _token_past_sentence(data: dict) -> None:  # type: ignore[type-arg]
    _sentence(data)[6][0][1] = 10_000


def _term_entry_missing(data: dict) -> None:  # type: ignore[type-arg]
    _sentence(data)[7] = [[0, 2, "俄羅", 99]]


def _strings_as_numbers(data: dict) -> None:  # type: ignore[type-arg]
    _sentence(data)[0] = "1"


def _other_text(data: dict) -> None:  # type: ignore[type-arg]
    data["text"] = "別的文字。\n"


@pytest.mark.parametrize("damage", [_nulls, _bad_offsets, _token_past_sentence,
                                    _term_entry_missing, _strings_as_numbers, _other_text])
def test_a_cache_failing_validation_is_discarded(damage) -> None:  # type: ignore[no-untyped-def]
    key, path, data = _cached()
    damage(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert doc_cache.load(key, TEXT) is None
    assert not path.exists()


def test_a_deeply_nested_cache_is_discarded() -> None:
    key, path, _data = _cached()
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert doc_cache.load(key, TEXT) is None
    assert not path.exists()


def test_the_window_reannotates_over_a_cache_with_null_fields(  # type: ignore[no-untyped-def]
        qtbot, window, message_boxes: list[str], tmp_path: Path) -> None:
    document = tmp_path / "article.txt"
    document.write_text(TEXT, encoding="utf-8")
    key, path, data = _cached()
    _sentence(data)[6][0][4] = "planted"  # a valid cache is used as it is…
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(window.document_ready, timeout=60_000):
        window.open_file(document)
    assert window.model.sentence(0).tokens[0].pinyin == "planted"
    _nulls(data)  # …a broken one is not
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(window.document_ready, timeout=60_000):
        window.open_file(document)
    sentence = window.model.sentence(0)
    shown = pinyin_style.sentence(sentence.tokens, PinyinStyle.MARKS)
    assert sentence.original.startswith("俄羅斯") and shown.startswith("É")
    assert message_boxes == []
