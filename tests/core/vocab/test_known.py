from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from duizhao.core.errors import VocabularyError
from duizhao.core.vocab.known import KnownWords, MarkContext, WordStatus, default_path


def test_marks_persist_in_the_user_data_folder() -> None:
    words = KnownWords()
    assert not default_path().exists()  # nothing written until the first mark
    assert words.mark("谈判", WordStatus.KNOWN)
    context = MarkContext("談判", "tánpàn", "双方谈判。", "雙方談判。", "Both sides negotiate.", 2)
    assert words.mark("停火", WordStatus.LEARNING, context)
    revision = words.revision
    assert not words.mark("谈判", WordStatus.KNOWN)  # no change, nothing to redraw
    assert words.revision == revision
    again = KnownWords()
    assert again.status("谈判") is WordStatus.KNOWN and again.is_known("谈判")
    assert again.status("停火") is WordStatus.LEARNING and not again.is_known("停火")
    assert [(w.word, w.context) for w in again.learning()] == [("停火", context)]
    assert again.mark("谈判", WordStatus.UNKNOWN)
    assert KnownWords().status("谈判") is WordStatus.UNKNOWN


def test_adding_known_words_keeps_existing_marks() -> None:
    words = KnownWords()
    words.mark("停火", WordStatus.LEARNING)
    assert words.add_known(["停火", "双方", "双方", " 是 ", ""]) == 2
    assert KnownWords().statuses() == {"停火": WordStatus.LEARNING, "双方": WordStatus.KNOWN,
                                       "是": WordStatus.KNOWN}


def test_a_damaged_store_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(VocabularyError, match="cannot be used"):
        KnownWords(path)
    assert path.read_bytes().startswith(b"not a database")
    sqlite3.connect(tmp_path / "newer.sqlite3").execute("PRAGMA user_version=99")
    with pytest.raises(VocabularyError, match="newer Duizhao"):
        KnownWords(tmp_path / "newer.sqlite3")
