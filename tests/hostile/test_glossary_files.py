"""Glossary files under concurrent writers, and personal glossaries that cannot be read."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

from duizhao.core.document import GlossaryEntry
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
