"""A process killed while saving leaves the old glossary or the new one, never a broken one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from duizhao.core.glossary.files import backup_path, load_glossary

SAVER = """
import sys
from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.files import save_glossary

path = sys.argv[1]
def make(tag, n):
    return Glossary([GlossaryEntry(f"名{i:05d}", f"名{i:05d}", f"{tag} name {i} " + "x" * 80,
                                   "person", "míng", f"note {tag}") for i in range(n)])
versions = [make("A", 3000), make("B", 1500)]
save_glossary(versions[0], path)
print("ready", flush=True)
i = 0
while True:
    i += 1
    save_glossary(versions[i % 2], path)
"""


# Kills land at varied moments of the save loop: every delay is tried once, then more kills
# until both versions have been seen on disk; the bound keeps a broken loop from running
# forever.
DELAYS = (0.05, 0.09, 0.13, 0.17, 0.21, 0.34)
MAX_KILLS = 40


def _kill_mid_save(path: Path, delay: float) -> None:
    child = subprocess.Popen([sys.executable, "-c", SAVER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(delay)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)


def test_glossary_survives_being_killed_mid_save(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    seen: set[str] = set()
    kills = 0
    while (kills < len(DELAYS) or seen != {"A", "B"}) and kills < MAX_KILLS:
        _kill_mid_save(path, DELAYS[kills % len(DELAYS)])
        kills += 1
        files = [path]
        if backup_path(path).exists() or load_glossary(path)[0].note.endswith("B"):
            files.append(backup_path(path))  # there is one from the second save on
        for file in files:
            glossary = load_glossary(file)  # raises if the file were broken
            tag = glossary[0].note[-1]
            assert all(e.note == f"note {tag}" for e in glossary)
            assert len(glossary) == (3000 if tag == "A" else 1500)
            seen.add(tag)
    assert seen == {"A", "B"}, f"after {kills} kills only version(s) {seen} were on disk"
