from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

from duizhao.core.vocab.known import KnownWords, MarkContext, WordStatus
from duizhao.core.vocab.mining import mined_cards, write_cards


def _learning() -> KnownWords:
    words = KnownWords()
    words.mark("谈判", WordStatus.LEARNING, MarkContext(
        "談判", "tánpàn", "双方直接谈判。", "雙方直接談判。", "The two sides negotiate directly.",
        4))
    words.mark("停火", WordStatus.LEARNING)  # marked with no sentence: still a card
    words.mark("是", WordStatus.KNOWN)
    return words


def _notes(apkg: Path, tmp_path: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(apkg) as archive:
        archive.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        return db.execute("SELECT guid, flds FROM notes ORDER BY id").fetchall()


def test_csv_has_both_scripts_the_sentence_and_a_cloze(tmp_path: Path) -> None:
    write_cards(mined_cards(_learning().learning()), tmp_path / "words.csv")
    with open(tmp_path / "words.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["simplified"] for r in rows] == ["谈判", "停火"]
    row = rows[0]
    assert (row["traditional"], row["pinyin"], row["hsk"]) == ("談判", "tánpàn", "6")
    assert "negotiat" in row["gloss"]
    assert row["sentence_simplified"] == "双方直接<b>谈判</b>。"
    assert row["sentence_traditional"] == "雙方直接<b>談判</b>。"
    assert row["sentence_english"] == "The two sides negotiate directly."
    assert row["cloze"] == "双方直接{{c1::谈判::tánpàn}}。"
    assert rows[1]["traditional"] == "停火" and rows[1]["cloze"] == ""


def test_anki_deck_notes_and_a_second_export_updates(tmp_path: Path) -> None:
    deck = tmp_path / "words.apkg"
    write_cards(mined_cards(_learning().learning()), deck)
    first = _notes(deck, tmp_path)
    fields = [f.split("\x1f") for _, f in first]
    word = next(f for f in fields if f[0] == "谈判")
    assert word[1:5] == ["談判", "tánpàn", word[3], "6"] and "negotiat" in word[3]
    assert word[5] == "双方直接<b>谈判</b>。" and word[7] == "The two sides negotiate directly."
    cloze = next(f for f in fields if f[0].startswith("双方"))
    assert cloze[0] == "双方直接{{c1::谈判::tánpàn}}。"
    assert len(first) == 3  # two word notes, one cloze (停火 has no sentence)
    (tmp_path / "collection.anki2").unlink()
    write_cards(mined_cards(KnownWords().learning()), tmp_path / "again.apkg")
    assert [g for g, _ in _notes(tmp_path / "again.apkg", tmp_path)] == [g for g, _ in first]
