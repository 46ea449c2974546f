"""The translation package, imported once from whichever worker needs it first, and whether
a model is installed (for the banner), without loading one."""

from __future__ import annotations

import threading
from types import ModuleType

_import_lock = threading.Lock()


def translation_package() -> ModuleType:
    """``duizhao.core.translate``, imported under a lock: two workers importing it and its
    submodules at the same moment would see a partially initialised module."""
    with _import_lock:
        import duizhao.core.translate as package
    return package


def has_translation_model() -> bool:
    try:
        return translation_package().best_installed_model() is not None
    except Exception:  # an unreadable packages folder is "no model" for the banner
        return False
