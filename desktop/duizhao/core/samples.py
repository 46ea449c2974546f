"""The bundled sample document and its glossary (installed as duizhao.seeds)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE_STEM = "000_bacf4da327376ca6"


def sample_path() -> Path:
    return Path(str(resources.files("duizhao.seeds").joinpath(f"{SAMPLE_STEM}.txt")))


def sample_glossary_path() -> Path:
    return Path(str(resources.files("duizhao.seeds").joinpath(f"{SAMPLE_STEM}.glossary.csv")))
