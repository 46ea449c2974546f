"""The cycle collector runs on the GUI thread only, so freezing a document there is safe."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from duizhao.ui import gc_policy


def test_collections_happen_on_the_gui_thread_timer(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # installed for every GUI test, as the app installs it
    collector = gc_policy._collector
    assert collector is not None
    seen: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        made: list[list[object]] = []
        worker = threading.Thread(  # allocates well past the threshold
            target=lambda: made.extend([] for _ in range(5 * collector.threshold[0])),
            name="worker")
        worker.start()
        worker.join()
        assert seen == []  # nothing collected automatically, in the worker or here
        qtbot.waitUntil(lambda: bool(seen), timeout=3 * gc_policy.INTERVAL_MS)
        assert set(seen) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(record)


def test_only_the_gui_thread_freezes() -> None:
    before = gc.get_freeze_count()
    worker = threading.Thread(target=gc_policy.freeze)
    worker.start()
    worker.join()
    kept = [object() for _ in range(10)]  # noqa: F841 - alive while freezing
    assert gc.get_freeze_count() == before
    try:
        gc_policy.freeze()
        assert gc.get_freeze_count() > before
    finally:
        # Objects frozen here would never be collected for the rest of the session. Python
        # unfreezes only all at once: what earlier tests froze belonged to windows already
        # closed, so the collector may walk it again.
        gc.unfreeze()
    assert gc.get_freeze_count() == 0
