"""Small shared pieces of the translation package: progress, cancel and their error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from duizhao.core.errors import DuizhaoError

Progress = Callable[[int, int], None]  # (done, total); total 0 when not known yet


class CancelToken(Protocol):
    """Anything with ``is_set()``, e.g. ``threading.Event``."""

    def is_set(self) -> bool: ...


class OperationCancelled(DuizhaoError):
    """The user cancelled a download or a translation; nothing was left half done."""


def check_cancel(cancel: CancelToken | None, what: str) -> None:
    if cancel is not None and cancel.is_set():
        raise OperationCancelled(f"{what} was cancelled.")
