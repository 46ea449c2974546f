"""Running ``duizhao`` as a user would, against folders it may not write."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest


def run_cli(argv: Sequence[str], *, read_only: Sequence[Path] = (), full: Path | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``python -m duizhao ARGV`` in a child process, with ``read_only`` folders unwritable
    and ``full`` a folder on a file system with no room left.

    A normal user gets read-only folders with ``chmod``; root ignores permissions, so there
    they are mounted read-only in a private mount namespace that ends with the child. The full
    folder is a small tmpfs filled up, mounted in such a namespace (a user namespace when not
    root).
    """
    command = [sys.executable, "-m", "duizhao", *argv]
    if full is not None:
        folder = shlex.quote(str(full))
        fill = f"(cat /dev/zero > {folder}/.filler 2>/dev/null; true)"  # until ENOSPC
        return _in_namespace(f"mount -t tmpfs -o size=64k duizhao-full {folder} && {fill}",
                             command, timeout, user=os.geteuid() != 0)
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
    return _in_namespace(mounts, command, timeout, user=False)


def _in_namespace(mounts: str, command: list[str], timeout: float,
                  *, user: bool) -> subprocess.CompletedProcess[str]:
    unshare = ["unshare", *(["--user", "--map-root-user"] if user else []), "--mount",
               "--propagation", "private"]
    probe = subprocess.run([*unshare, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("no private mount namespace here (unshare refused)")
    return _run([*unshare, "sh", "-c", f"{mounts} && exec {shlex.join(command)}"], timeout)


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
