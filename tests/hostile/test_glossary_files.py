"""Glossary files under concurrent writers, and personal glossaries that cannot be read."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.files import load_glossary
from duizhao.core.glossary.glossary_set import PERSONAL, GlossarySet, personal_glossary_path

# Each process keeps one GlossarySet open, as a window does, and saves after every edit.
ADD_AND_SAVE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from duizhao.core.document import GlossaryEntry
    from duizhao.core.glossary.glossary_set import PERSONAL, GlossarySet

    name, start = sys.argv[1], float(sys.argv[2])
    glossaries = GlossarySet.open(None)
    while time.time() < start:
        time.sleep(0.005)
    for number in range(100):
        glossaries.add(GlossaryEntry(f"{name}{number}", f"{name}{number}", english=name),
                       PERSONAL)
        glossaries.save()
""")


def test_two_processes_adding_to_the_personal_glossary_lose_nothing(tmp_path: Path) -> None:
    script = tmp_path / "add.py"
    script.write_text(ADD_AND_SAVE, encoding="utf-8")
    start = time.time() + 3  # both have imported everything by then
    processes = [subprocess.Popen([sys.executable, str(script), name, str(start)],
                                  env=dict(os.environ), stderr=subprocess.PIPE, text=True)
                 for name in ("甲", "乙")]
    for process in processes:
        _, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
    path = personal_glossary_path()
    entries = load_glossary(path).entries
    assert len(entries) == 200
    assert {entry.english for entry in entries} == {"甲", "乙"}
    assert sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")) == []


def test_two_windows_editing_one_glossary_keep_each_others_changes() -> None:
    first = GlossarySet.open(None)
    kept, edited, dropped = (GlossaryEntry(f"詞{n}", f"词{n}", f"word {n}") for n in range(3))
    for entry in (kept, edited, dropped):
        first.add(entry, PERSONAL)
    first.save()
    second = GlossarySet.open(None)
    first.remove(dropped)
    renamed = replace(edited, english="edited")
    first.replace(edited, renamed)
    added = GlossaryEntry("新", "新", english="from the other window")
    second.add(added, PERSONAL)
    first.save()
    second.save()
    assert load_glossary(personal_glossary_path()).entries == (kept, renamed, added)


DOCUMENT = "俄羅斯總統助理梅金斯基和烏梅羅夫見面。\n"


def _unreadable_personal_glossaries():  # type: ignore[no-untyped-def]
    """The personal glossary as a folder, then as a corrupt file with no backup."""
    path = personal_glossary_path()
    path.mkdir(parents=True)
    yield "folder"
    path.rmdir()
    path.write_bytes(b"traditional,simplified\n\xff\xfe broken")
    yield "corrupt"


def test_an_unreadable_personal_glossary_is_left_alone(tmp_path: Path) -> None:
    document = tmp_path / "article.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    for case in _unreadable_personal_glossaries():
        document.with_name("article.glossary.csv").write_text(
            "traditional,simplified,english\n梅金斯基,梅金斯基,Medinsky\n", encoding="utf-8")
        path = personal_glossary_path()
        before = path.read_bytes() if path.is_file() else None
        glossaries = GlossarySet.open(document)
        assert [entry.english for entry in glossaries.merged] == ["Medinsky"], case
        assert len(glossaries.warnings) == 1 and "personal glossary" in glossaries.warnings[0]
        with pytest.raises(GlossaryError, match="personal glossary"):
            glossaries.add(GlossaryEntry("烏梅羅夫", "乌梅罗夫", "Umerov"), PERSONAL)
        glossaries.add(GlossaryEntry("烏梅羅夫", "乌梅罗夫", "Umerov"))  # the document's
        glossaries.save()
        assert (path.read_bytes() if path.is_file() else None) == before
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name], case


def test_export_carries_on_without_an_unreadable_personal_glossary(tmp_path: Path) -> None:
    document = tmp_path / "article.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    for case in _unreadable_personal_glossaries():
        out = tmp_path / f"{case}.json"
        process = subprocess.run(
            [sys.executable, "-m", "duizhao", "export", str(document), "-o", str(out)],
            capture_output=True, text=True, timeout=240)
        assert process.returncode == 0, process.stderr
        assert out.is_file()
        assert "Traceback" not in process.stderr
        assert [line for line in process.stderr.splitlines()
                if "personal glossary" in line][0].startswith("duizhao: "), case


def test_the_window_opens_documents_without_an_unreadable_personal_glossary(
        qtbot, window, message_boxes: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "article.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    for case in _unreadable_personal_glossaries():
        with qtbot.waitSignal(window.document_ready, timeout=60_000):
            window.open_file(document)
        assert len(message_boxes) == 1 and "personal glossary" in message_boxes.pop(), case
        assert window.model.rowCount() == 1
