"""Running ``duizhao`` as a user would, against folders it may not write."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest


def run_cli(argv: Sequence[str], *, read_only: Sequence[Path] = (),
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``python -m duizhao ARGV`` in a child process, with ``read_only`` folders unwritable.

    A normal user gets them with ``chmod``; root ignores permissions, so there they are
    mounted read-only in a private mount namespace that ends with the child.
    """
    command = [sys.executable, "-m", "duizhao", *argv]
    if not read_only:
        return _run(command, timeout)
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in read_only}
        try:
            for path in read_only:
                path.chmod(0o555)
            return _run(command, timeout)
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
    mounts = " && ".join(f"mount --bind {shlex.quote(str(p))} {shlex.quote(str(p))} && "
                         f"mount -o remount,bind,ro {shlex.quote(str(p))}" for p in read_only)
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                           capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("running as root without a private mount namespace: no read-only folder")
    script = f"{mounts} && exec {shlex.join(command)}"
    return _run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                timeout)


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout,
                          check=False)


def assert_one_line_exit_2(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status 2 and exactly one line on stderr, starting ``duizhao:``; no traceback."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("duizhao: "), result.stderr
    return lines[0]
