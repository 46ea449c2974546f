from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from duizhao.core.storage.atomic import atomic_open, atomic_write_text

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@posix_only
def test_new_file_gets_the_usual_permissions_not_private_ones(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "export.html"
        atomic_write_text(target, "<p>hi</p>")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(umask)


@posix_only
def test_saving_over_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "glossary.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write_text(target, "new", backup=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert (tmp_path / "glossary.csv~").read_text(encoding="utf-8") == "old"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]


@posix_only
def test_leftovers_of_killed_writes_go_but_a_write_in_progress_stays(tmp_path: Path) -> None:
    target = tmp_path / "g.csv"
    leftover = tmp_path / ".g.csv.k1ll3d.tmp"  # what a killed save leaves
    leftover.write_text("half a file", encoding="utf-8")
    with atomic_open(target) as handle:
        handle.write("first")
        running = [p for p in tmp_path.glob(".g.csv.*.tmp") if p != leftover]
        atomic_write_text(target, "second")  # flock: another open file, even in-process
        assert not leftover.exists()
        assert running and running[0].exists()
    assert target.read_text(encoding="utf-8") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.csv"]


def test_glossary_saves_remove_leftovers_the_same_way(tmp_path: Path) -> None:
    from duizhao.core.glossary.entries import Glossary, GlossaryEntry
    from duizhao.core.glossary.files import save_glossary

    target = tmp_path / "names.csv"
    leftover = tmp_path / ".names.csv.k1ll3d.tmp"
    leftover.write_text("half a file", encoding="utf-8")
    glossary = Glossary([GlossaryEntry(traditional="梅金斯基", simplified="梅金斯基",
                                       english="Medinsky")], path=target)
    save_glossary(glossary)
    assert not leftover.exists()


@posix_only
def test_a_special_file_is_never_replaced(tmp_path: Path) -> None:
    from duizhao.core.storage.atomic import NotRegularFileError

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError), atomic_open(fifo) as handle:
        handle.write("x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
