"""Background work: the one place in the window where threads start.

Two shapes of work exist:

* :class:`BackgroundOp` — a one-shot job on Qt's global thread pool, built like Anki's
  ``QueryOp``: ``BackgroundOp(op, success=...).failure(...).progress(...).run()``. The op gets
  a :class:`TaskContext` to report progress or partial results and to see if it was cancelled.
* :class:`LatestOnlyWorker` — one long-lived thread that runs only the newest request; a new
  request cancels the one running and replaces any one waiting (used for translation, where
  only the latest document state matters).

Workers never touch widgets: every callback runs on the GUI thread, delivered by a queued Qt
signal through a :class:`_Bridge` created on the GUI thread.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from duizhao.core.errors import DuizhaoError

# A worker running pure Python (annotation) keeps the GIL for the whole switch interval each
# time the GUI thread asks for it, and one event-loop pass asks many times (every Python slot,
# every paint): at the default 5 ms that adds up to stalls of 300-500 ms on a big document.
# 1 ms halves the longest stall and costs the worker little.
GIL_SWITCH_INTERVAL = 0.001

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside an op (by :meth:`TaskContext.check`) to stop quietly."""


class TaskContext:
    """What an op running off the GUI thread may use: progress, partial results, cancel."""

    def __init__(self, bridge: _Bridge, cancel_event: threading.Event) -> None:
        self._bridge = bridge
        self._cancel = cancel_event

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_token(self) -> threading.Event:
        """For core calls that take a ``cancel`` with ``is_set()``."""
        return self._cancel

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        self._bridge.progressed.emit(done, total)

    def partial(self, value: object) -> None:
        """Hand an intermediate result (e.g. a batch of paragraphs) to the GUI thread."""
        self._bridge.partial_ready.emit(value)


class _Bridge(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive here queued."""

    progressed = Signal(int, int)
    partial_ready = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.on_progress: Callable[[int, int], None] | None = None
        self.on_partial: Callable[[Any], None] | None = None
        self.on_success: Callable[[Any], None] | None = None
        self.on_failure: Callable[[BaseException], None] | None = None
        self.on_cancel: Callable[[], None] | None = None
        self.keep: object = None
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._progressed, queued)
        self.partial_ready.connect(self._partial, queued)
        self.succeeded.connect(self._succeeded, queued)
        self.failed.connect(self._failed, queued)
        self.cancelled.connect(self._cancelled, queued)

    @Slot()
    def drop_callbacks(self) -> None:
        """The object the callbacks belong to is gone: results arriving later go nowhere."""
        self.on_progress = self.on_partial = self.on_success = None
        self.on_failure = lambda _error: None
        self.on_cancel = None

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.on_progress:
            self.on_progress(done, total)

    @Slot(object)
    def _partial(self, value: object) -> None:
        if self.on_partial:
            self.on_partial(value)

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        if self.on_success:
            self.on_success(value)
        _forget(self)

    @Slot(object)
    def _failed(self, error: object) -> None:
        if self.on_failure:
            self.on_failure(error)  # type: ignore[arg-type]
        else:
            _report_unhandled(error)
        _forget(self)

    @Slot()
    def _cancelled(self) -> None:
        if self.on_cancel:
            self.on_cancel()
        _forget(self)


# Bridges must outlive the Python call that made them until their op finishes.
_LIVE: set[_Bridge] = set()


def _forget(bridge: _Bridge) -> None:
    _LIVE.discard(bridge)


def _report_unhandled(error: object) -> None:
    if isinstance(error, BaseException) and not isinstance(error, DuizhaoError):
        traceback.print_exception(type(error), error, error.__traceback__)


class TaskHandle:
    def __init__(self, cancel_event: threading.Event) -> None:
        self._cancel = cancel_event

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[TaskContext], Any], bridge: _Bridge,
                 cancel_event: threading.Event) -> None:
        super().__init__()
        self._op = op
        self._bridge = bridge
        self._cancel = cancel_event
        # Python owns the runnable (through its bridge, see BackgroundOp.run): with autoDelete
        # the pool could hold a C++ object whose Python override was already collected.
        self.setAutoDelete(False)

    def run(self) -> None:
        _run_op(self._op, self._bridge, self._cancel)


def _run_op(op: Callable[[TaskContext], Any], bridge: _Bridge,
            cancel_event: threading.Event) -> None:
    # RuntimeError here: the bridge is gone (the application is shutting down).
    with contextlib.suppress(RuntimeError):
        _run_and_report(op, bridge, cancel_event)


def _run_and_report(op: Callable[[TaskContext], Any], bridge: _Bridge,
                    cancel_event: threading.Event) -> None:
    try:
        result = op(TaskContext(bridge, cancel_event))
    except Cancelled:
        bridge.cancelled.emit()
        return
    except BaseException as error:  # every failure must reach the GUI, never kill the pool
        if cancel_event.is_set():
            bridge.cancelled.emit()
        else:
            bridge.failed.emit(error)
        return
    if cancel_event.is_set():
        bridge.cancelled.emit()
    else:
        bridge.succeeded.emit(result)


class BackgroundOp(Generic[T]):
    """Run ``op(context)`` off the GUI thread; callbacks run on the GUI thread."""

    def __init__(self, op: Callable[[TaskContext], T], *,
                 success: Callable[[T], None] | None = None) -> None:
        self._op = op
        self._bridge = _Bridge()
        self._bridge.on_success = success  # type: ignore[assignment]

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        self._bridge.on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int], None]) -> BackgroundOp[T]:
        self._bridge.on_progress = callback
        return self

    def partial(self, callback: Callable[[Any], None]) -> BackgroundOp[T]:
        self._bridge.on_partial = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> BackgroundOp[T]:
        self._bridge.on_cancel = callback
        return self

    def owned_by(self, owner: QObject) -> BackgroundOp[T]:
        """The callbacks are ``owner``'s: once it is destroyed (a closed window), they are
        not called."""
        owner.destroyed.connect(self._bridge.drop_callbacks)
        return self

    def run(self) -> TaskHandle:
        cancel_event = threading.Event()
        runnable = _Runnable(self._op, self._bridge, cancel_event)
        self._bridge.keep = runnable  # released with the bridge, after the last signal
        _LIVE.add(self._bridge)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL))
        QThreadPool.globalInstance().start(runnable)
        return TaskHandle(cancel_event)


class LatestOnlyWorker(QObject):
    """One thread, one job at a time, only the newest request kept.

    ``submit(op, ...)`` cancels the running op (it sees ``context.cancelled()``) and replaces
    any waiting one, so a burst of requests costs one run, not many.
    """

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._lock = threading.Condition()
        self._pending: tuple[Callable[[TaskContext], Any], _Bridge, threading.Event] | None = None
        self._running: threading.Event | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None

    def submit(self, op: Callable[[TaskContext], T], *,
               success: Callable[[T], None] | None = None,
               progress: Callable[[int, int], None] | None = None,
               partial: Callable[[Any], None] | None = None,
               failure: Callable[[BaseException], None] | None = None,
               cancelled: Callable[[], None] | None = None) -> TaskHandle:
        bridge = _Bridge()
        bridge.on_success = success  # type: ignore[assignment]
        bridge.on_progress = progress
        bridge.on_partial = partial
        bridge.on_failure = failure
        bridge.on_cancel = cancelled
        cancel_event = threading.Event()
        _LIVE.add(bridge)
        with self._lock:
            if self._pending is not None:
                _, old_bridge, old_event = self._pending
                old_event.set()
                old_bridge.cancelled.emit()
            if self._running is not None:
                self._running.set()
            self._pending = (op, bridge, cancel_event)
            if self._thread is None:
                sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL))
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._lock.notify()
        return TaskHandle(cancel_event)

    def cancel(self) -> None:
        with self._lock:
            if self._pending is not None:
                _, bridge, event = self._pending
                event.set()
                bridge.cancelled.emit()
                self._pending = None
            if self._running is not None:
                self._running.set()

    def is_busy(self) -> bool:
        with self._lock:
            return self._pending is not None or self._running is not None

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel everything and wait for the thread (called when the window closes)."""
        with self._lock:
            self._stopping = True
            if self._running is not None:
                self._running.set()
            if self._pending is not None:
                _, bridge, event = self._pending
                event.set()
                bridge.cancelled.emit()  # its last signal: the bridge is released
                self._pending = None
            self._lock.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._lock:
                while self._pending is None and not self._stopping:
                    self._lock.wait()
                if self._stopping:
                    return
                assert self._pending is not None
                op, bridge, event = self._pending
                self._pending = None
                self._running = event
            _run_op(op, bridge, event)
            with self._lock:
                self._running = None
