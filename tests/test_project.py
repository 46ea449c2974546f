"""Checks on the project as a whole: the core stays Qt-free, the code stays lint-clean, and an
installed package carries the data it reads at run time."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import duizhao.core

ROOT = Path(__file__).resolve().parent.parent


def test_core_never_imports_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(duizhao.core.__path__, "duizhao.core.")]
    assert "duizhao.core.pipeline" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop", "tests", "bench"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_is_mypy_strict_clean(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), "desktop/duizhao/core"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
