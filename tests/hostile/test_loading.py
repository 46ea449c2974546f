"""Hostile input to the document loader: wrong guesses, endless files, pipes, and markup built
to make a parser take quadratic time. Each case once hung, crashed or read garbage."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from duizhao.core.errors import DocumentError
from duizhao.core.text import load
from duizhao.core.text.load import load_text_file

HANG_LIMIT = 60  # seconds: far beyond what linear work needs, far below the old hangs

_LINE = "臺灣的經濟發展與環境保護並重學生們在圖書館裡讀書我們今天去公園散步天氣很好"
_SIMPLIFIED = "台湾的经济发展与环境保护并重学生们在图书馆里读书我们今天去公园散步天气很好"


@pytest.mark.parametrize("encoding", ["big5", "gbk", "gb18030"])
@pytest.mark.parametrize("length", [5, 8, 10, 13, 19, 24, 30])
def test_short_chinese_lines_decode_as_chinese(tmp_path: Path, encoding: str,
                                               length: int) -> None:
    source = _LINE if encoding == "big5" else _SIMPLIFIED
    for offset in (0, 7, 15):
        line = (source[offset:] + source)[:length]
        path = tmp_path / f"{encoding}-{length}-{offset}.txt"
        path.write_bytes(line.encode(encoding))
        loaded = load_text_file(path)
        assert loaded.text == line, (encoding, loaded.encoding)
        expected = "big5" if encoding == "big5" else "gb"
        assert loaded.encoding.startswith(expected)
        assert loaded.note is not None and loaded.encoding in loaded.note


def test_short_guess_is_reported_by_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("學生們在圖書館裡讀書".encode("big5"))
    result = _cli("export", str(path), "-o", str(tmp_path / "out.json"), "--no-translate")
    assert result.returncode == 0, result.stderr
    assert "big5" in result.stderr.lower()
    assert "學生們" in (tmp_path / "out.json").read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_not_read_to_exhaustion() -> None:
    with pytest.raises(DocumentError, match="not a regular file"):
        load_text_file("/dev/zero")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_size_limit_applies_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that reads longer than its size says (a device, a file still growing) stops at
    the limit instead of filling memory."""
    monkeypatch.setattr(load, "MAX_BYTES", 1 << 20)
    with open("/dev/zero", "rb") as endless, pytest.raises(DocumentError, match="too large"):
        load.read_limited(endless, "/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            load_text_file(fifo)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(HANG_LIMIT)
    if reader.is_alive():  # unblock the reader so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("opening a FIFO blocked")
    assert isinstance(outcome[0], DocumentError)
    assert "not a regular file" in str(outcome[0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_cli_refuses_a_fifo_with_exit_2(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _cli("export", str(fifo), "-o", str(tmp_path / "out.json"), "--no-translate")
    assert result.returncode == 2
    assert "not a regular file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_window_refuses_a_fifo_with_the_same_message(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from duizhao.ui.session import DocumentSession, OpenRequest

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    session = DocumentSession()
    with qtbot.waitSignal(session.open_failed, timeout=HANG_LIMIT * 1000) as failed:
        session.open(OpenRequest(path=fifo))
    assert "not a regular file" in failed.args[0]
    session.shutdown()


def test_deeply_nested_html_is_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "深處的文字。" + "</div>" * 100_000
                    + "</body></html>", encoding="utf-8")
    assert _load_in_child(path) == "深處的文字。"


def test_markdown_emphasis_runs_are_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "stars.md"
    path.write_text("開始 " + "*a " * 70_000 + "結束。\n", encoding="utf-8")
    text = _load_in_child(path)
    assert text.startswith("開始") and text.endswith("結束。")


def _load_in_child(path: Path) -> str:
    """Load in a child process so that a regression fails the test instead of hanging it."""
    code = ("import sys; from duizhao.core.text.load import load_text_file; "
            "sys.stdout.buffer.write(load_text_file(sys.argv[1]).text.encode())")
    try:
        result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                                timeout=HANG_LIMIT, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading {path.name} took more than {HANG_LIMIT} s")
    return result.stdout.decode()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([sys.executable, "-m", "duizhao", *args], capture_output=True,
                              text=True, timeout=HANG_LIMIT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"duizhao {' '.join(args)} did not finish in {HANG_LIMIT} s")
