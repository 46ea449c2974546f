"""``duizhao FILE --screenshot OUT`` never waits on a dialog: a bad file is exit 2, one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _screenshot(document: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "duizhao", str(document), "--screenshot",
                           str(out)], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary\xff\xfe" * 50, b"  \n\n \n"],
                         ids=["empty", "binary", "blank"])
def test_a_bad_document_exits_2_with_one_line(tmp_path: Path, content: bytes) -> None:
    document = tmp_path / "bad.txt"
    document.write_bytes(content)
    out = tmp_path / "shot.png"
    process = _screenshot(document, out)
    assert process.returncode == 2
    errors = [line for line in process.stderr.splitlines() if line.startswith("duizhao: ")]
    assert len(errors) == 1 and "Traceback" not in process.stderr
    assert not out.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a file its owner cannot read (root reads everything)")
def test_an_unreadable_document_exits_2(tmp_path: Path) -> None:
    document = tmp_path / "secret.txt"
    document.write_text("你好。\n", encoding="utf-8")
    document.chmod(0)
    process = _screenshot(document, tmp_path / "shot.png")
    assert process.returncode == 2 and "Traceback" not in process.stderr


def test_a_glossary_warning_does_not_stop_the_screenshot(tmp_path: Path) -> None:
    from duizhao.core.glossary.glossary_set import personal_glossary_path

    personal_glossary_path().mkdir(parents=True)
    document = tmp_path / "good.txt"
    document.write_text("俄羅斯總統助理梅金斯基和烏梅羅夫見面。\n", encoding="utf-8")
    out = tmp_path / "shot.png"
    process = _screenshot(document, out)
    assert process.returncode == 0, process.stderr
    assert out.stat().st_size > 0
    assert "personal glossary" in process.stderr


def test_a_screenshot_that_cannot_be_written_exits_2_with_one_line(tmp_path: Path) -> None:
    document = tmp_path / "good.txt"
    document.write_text("你好。\n", encoding="utf-8")
    out = tmp_path / "shot.png"
    out.mkdir()  # a folder where the image should go
    process = _screenshot(document, out)
    assert process.returncode == 2 and "Traceback" not in process.stderr
    [error] = [line for line in process.stderr.splitlines() if line.startswith("duizhao: ")]
    assert "could not write" in error and str(out) in error
