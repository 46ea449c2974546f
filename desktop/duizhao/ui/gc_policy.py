"""Garbage collection on the GUI thread only.

Python's cycle collector runs in whichever thread happens to allocate when a threshold is
crossed. With Qt that is unsafe twice over: a collection in a worker may delete Qt objects
outside their thread, and while PySide releases the interpreter lock inside a destructor another
thread may run, and a ``gc.freeze()`` there corrupts the collection in progress (the tests
crashed that way). So the window turns automatic collection off and collects on a timer in the
GUI thread, as pyqtgraph does; with that, freezing long-lived objects (an annotated document)
from the GUI thread is safe.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, as the automatic
        collector would have."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Collect only on the GUI thread from now on (once per process)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector


def freeze() -> None:
    """Keep the collector from walking every object alive now again and again (an annotated
    document is long-lived, and full passes over it grow with it). Only done when collections
    run on the GUI thread alone and this is that thread; objects frozen are still freed by
    reference counting."""
    if _collector is not None and not gc.isenabled() \
            and threading.current_thread() is threading.main_thread():
        # No collection first: with automatic collection off, the young generation holds
        # everything made since the last timer tick, and walking it costs as much as a stall.
        # (A garbage cycle alive at this moment stays until the process ends; annotation makes
        # none.)
        gc.freeze()
