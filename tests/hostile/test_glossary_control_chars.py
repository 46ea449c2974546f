"""Glossary entries carrying control characters, exported to formats that cannot hold them."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from duizhao.core.glossary.files import load_glossary, read_glossary, save_glossary
from duizhao.core.glossary.formats.common import make_entry

# Every character XML 1.0 forbids, and Anki's field separator among them (U+001F).
FORBIDDEN = "".join(chr(c) for c in range(0x01, 0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


def _hostile_entry():  # type: ignore[no-untyped-def]
    return make_entry(f"普{FORBIDDEN}京", "普京", pinyin=f"Pǔ{FORBIDDEN}jīng",
                      english=f"Putin{FORBIDDEN}", category=f"per{FORBIDDEN}son",
                      note=f"a{FORBIDDEN}b")


def test_tbx_with_control_characters_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    save_glossary([_hostile_entry(), make_entry("北京", "北京", english="Beijing")], path)
    ElementTree.parse(path)  # any XML tool can read it
    result = read_glossary(path)
    assert result.problems == []
    first = result.entries[0]
    assert (first.traditional, first.pinyin, first.english, first.note) == \
        ("普京", "Pǔjīng", "Putin", "ab")
    assert result.entries[1].english == "Beijing"


def test_anki_notes_keep_their_seven_fields(tmp_path: Path) -> None:
    path = tmp_path / "g.apkg"
    save_glossary([_hostile_entry()], path)
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as database:
        fields = [row[0].split("\x1f") for row in database.execute("select flds from notes")]
    assert len(fields) == 1 and len(fields[0]) == 7
    assert fields[0][1:5] == ["普京", "普京", "Pǔjīng", "Putin"]


def test_csv_keeps_what_it_can_carry(tmp_path: Path) -> None:
    entry = _hostile_entry()
    path = tmp_path / "g.csv"
    save_glossary([entry], path)
    assert load_glossary(path).entries == (entry,)
