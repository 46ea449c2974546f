"""Export targets an export must not write, or cannot: one line and exit status 2, and the
target — a device, a link, a file — as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hostile_helpers import assert_one_line_exit_2, run_cli

from duizhao.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
FORMATS = ("json", "html", "markdown", "tmx", "docx", "pdf")
SUFFIX = {"markdown": ".md"}


def _name(fmt: str) -> str:
    return "out" + SUFFIX.get(fmt, f".{fmt}")


def _export(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(["export", str(SAMPLE), "--no-translate", *argv])
    return status, capsys.readouterr().err


def _one_line(status: int, err: str) -> str:
    assert status == 2, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("duizhao: "), err
    return lines[0]


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A character device like /dev/full. Root gets a node of its own (mknod), so a failing
    test cannot replace the system's; anyone else cannot write /dev anyway."""
    if os.geteuid() == 0:
        node = tmp_path / "full"
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        return node
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    return Path("/dev/full")


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_a_device_is_never_replaced(capsys: pytest.CaptureFixture[str], device: Path,
                                    fmt: str) -> None:
    before = os.stat(device)

    line = _one_line(*_export(capsys, "-o", str(device), "--format", fmt, "--force"))

    assert "not a regular file" in line
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_fifo_is_refused_without_waiting(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)

    line = _one_line(*_export(capsys, "-o", str(fifo), "--force"))

    assert "not a regular file" in line
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_dangling_link_is_an_existing_target(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "out.html"
    pointed = tmp_path / "elsewhere" / "victim.html"
    pointed.parent.mkdir()
    link.symlink_to(pointed)

    line = _one_line(*_export(capsys, "-o", str(link)))

    assert "already exists" in line
    assert link.is_symlink() and os.readlink(link) == str(pointed)
    assert not pointed.exists()


@pytest.mark.parametrize("dangling", [True, False], ids=["dangling", "to-a-file"])
def test_forced_export_replaces_the_link_not_what_it_points_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], dangling: bool) -> None:
    link = tmp_path / "out.html"
    pointed = tmp_path / "elsewhere" / "victim.html"
    pointed.parent.mkdir()
    if not dangling:
        pointed.write_text("the user's own file", encoding="utf-8")
    link.symlink_to(pointed)

    status, err = _export(capsys, "-o", str(link), "--force")

    assert status == 0, err
    assert not link.is_symlink() and link.is_file()
    assert "<html" in link.read_text(encoding="utf-8")
    if dangling:
        assert not pointed.exists()
    else:
        assert pointed.read_text(encoding="utf-8") == "the user's own file"


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    line = _one_line(*_export(capsys, "-o", str(tmp_path / "missing" / _name(fmt))))
    assert "does not exist" in line


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_only_folder(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")

    result = run_cli(["export", str(SAMPLE), "--no-translate", "-o", str(folder / _name(fmt))],
                     read_only=[folder])

    line = assert_one_line_exit_2(result)
    assert "Cannot write" in line
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_disk(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "full"
    folder.mkdir()

    result = run_cli(["export", str(SAMPLE), "--no-translate", "-o", str(folder / _name(fmt))],
                     full=folder)

    line = assert_one_line_exit_2(result)
    assert "No space left on device" in line
