"""An export stopped half way: SIGTERM and SIGHUP clean up like Ctrl+C; what a SIGKILL leaves
is removed by the next write of the same target, and a write still running is never touched."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"


@pytest.fixture(scope="module")
def big_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Long enough that an export is still writing when it is stopped."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    path.write_text((SAMPLE.read_text(encoding="utf-8") + "\n\n") * 60, encoding="utf-8")
    return path


def _start(source: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "duizhao", "export", str(source), "-o",
                             str(out), "--no-translate", "--force"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _temporaries(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.*.tmp"))


def _wait_for_temporary(process: subprocess.Popen[str], out: Path) -> Path:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = _temporaries(out)
        if found and found[0].stat().st_size > 0:
            return found[0]
        assert process.poll() is None, process.communicate()[1]
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the export never started writing")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_terminated_export_leaves_nothing(big_text: Path, tmp_path: Path, signum: int) -> None:
    out = tmp_path / "out.json"
    process = _start(big_text, out)
    _wait_for_temporary(process, out)

    process.send_signal(signum)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 128 + signum, err
    assert err.strip().splitlines()[-1] == f"duizhao: stopped by {signal.Signals(signum).name}"
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_what_a_kill_leaves_is_removed_by_the_next_export(big_text: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    killed = _start(big_text, out)
    leftover = _wait_for_temporary(killed, out)
    killed.kill()
    killed.wait()
    assert leftover.exists()

    running = _start(big_text, out)  # a write in progress must survive the next one
    in_progress = _wait_for_new(running, out, leftover)
    try:
        done = subprocess.run([sys.executable, "-m", "duizhao", "export", str(SAMPLE), "-o",
                               str(out), "--no-translate", "--force"],
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert not leftover.exists()
        assert in_progress.exists()
        assert out.is_file()
    finally:
        running.send_signal(signal.SIGTERM)
        running.communicate(timeout=60)
    assert _temporaries(out) == []


def _wait_for_new(process: subprocess.Popen[str], out: Path, old: Path) -> Path:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        fresh = [p for p in _temporaries(out) if p != old]
        if fresh:
            return fresh[0]
        assert process.poll() is None, process.communicate()[1]
        time.sleep(0.05)
    raise AssertionError("the second export never started writing")
