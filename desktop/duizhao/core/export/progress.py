"""How far an export has got, for a progress bar, and a way to stop it.

``render``/``export_document`` take ``progress(done, total)``, counted in sentences. Renderers
pass their main loop through :func:`counted`, so the callback is called as each sentence is
rendered; it may raise (a cancelled background task does) to stop the export, and then nothing
is written. Stages a renderer cannot break up (Qt laying out a PDF) call :func:`checkpoint`.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import IO, TypeVar

from duizhao.core.document import Document

Progress = Callable[[int, int], None]
T = TypeVar("T")

_step: ContextVar[Callable[[int], None] | None] = ContextVar("export_step", default=None)


@contextmanager
def reporting(document: Document, progress: Progress | None) -> Iterator[None]:
    """While rendering ``document``: each sentence counted goes to ``progress``."""
    if progress is None:
        yield
        return
    total = document.sentence_count()
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done = min(total, done + count)
        progress(done, total)

    token = _step.set(step)
    try:
        progress(0, total)
        yield
    finally:
        _step.reset(token)


def counted(items: Iterable[T], size: Callable[[T], int] = lambda _item: 1) -> Iterator[T]:
    """``items`` (sentences, or paragraphs with ``size`` giving their sentences), counted."""
    step = _step.get()
    for item in items:
        yield item
        if step is not None:
            step(size(item))


def checkpoint() -> None:
    """Between stages that cannot be broken up: give the callback a chance to stop."""
    step = _step.get()
    if step is not None:
        step(0)


# Formats whose header counts what the body holds write the body here first: in memory while
# small, then in a temporary file, so a long document never sits in memory whole.
SPOOL_IN_MEMORY = 4 * 1024 * 1024


def spool() -> IO[str]:
    return tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY, mode="w+", encoding="utf-8",
                                         newline="")


def copy_spool(body: IO[str], out: IO[str]) -> None:
    body.seek(0)
    shutil.copyfileobj(body, out, 1024 * 1024)
