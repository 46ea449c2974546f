"""Every test runs offscreen with its own user directories, so nothing leaks between tests
or into the developer's real settings, caches or Argos packages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
SAMPLE_GLOSSARY = ROOT / "seeds" / "000_bacf4da327376ca6.glossary.csv"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DUIZHAO_HOME", str(home / "duizhao"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(home / "argos-packages"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def sample_glossary_path() -> Path:
    return SAMPLE_GLOSSARY


@pytest.fixture(scope="session")
def tiny_argos_package(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A tiny but real Argos zh→en ``.argosmodel`` (random weights: nonsense output), built
    once per test session; see ``tests/tinymodel.py``."""
    from tinymodel import build_tiny_package  # tests/ is on sys.path (rootdir conftest)

    return build_tiny_package(tmp_path_factory.mktemp("tiny-argos"))
