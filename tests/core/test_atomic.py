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
