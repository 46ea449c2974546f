"""Where Duizhao keeps its files, per platform conventions (platformdirs).

``DUIZHAO_HOME`` overrides all of them (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "duizhao"


def _base(kind: str) -> Path:
    override = os.environ.get("DUIZHAO_HOME")
    if override:
        return Path(override) / kind
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Personal glossary and other files the user makes."""
    return _base("data")


def cache_dir() -> Path:
    """Re-creatable files: the translation cache."""
    return _base("cache")


def config_dir() -> Path:
    return _base("config")
