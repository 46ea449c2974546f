"""Offline English translation with Argos Translate models (CTranslate2), a disk cache,
glossary names kept true, and a word-by-word gloss when no model is installed.

Qt-free. The window calls these from a worker thread; the CLI calls them directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from duizhao.core.translate.common import CancelToken, OperationCancelled, Progress
from duizhao.core.translate.packages import (
    AvailableModel,
    InstalledModel,
    best_installed_model,
    index_url,
    install_from_file,
    installed_models,
    packages_dir,
    remove_model,
    verify_archive,
)
from duizhao.core.translate.service import (
    NO_MODEL_HINT,
    TranslateOptions,
    TranslationService,
    TranslationSummary,
    shared_service,
    translate_document,
)

if TYPE_CHECKING:
    from duizhao.core.translate.download import (
        download_model,
        fetch_index,
        newest_available,
        update_for,
    )

# The download functions pull in http.client, urllib and email (~50 ms): imported on first use
# so the window starts without them.
_DOWNLOAD_NAMES = frozenset({"download_model", "fetch_index", "newest_available", "update_for"})


def __getattr__(name: str) -> object:
    if name in _DOWNLOAD_NAMES:
        from duizhao.core.translate import download

        return getattr(download, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NO_MODEL_HINT",
    "AvailableModel",
    "CancelToken",
    "InstalledModel",
    "OperationCancelled",
    "Progress",
    "TranslateOptions",
    "TranslationService",
    "TranslationSummary",
    "best_installed_model",
    "download_model",
    "fetch_index",
    "index_url",
    "install_from_file",
    "installed_models",
    "newest_available",
    "packages_dir",
    "remove_model",
    "shared_service",
    "translate_document",
    "update_for",
    "verify_archive",
]
