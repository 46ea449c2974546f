"""ui/tasks.py on its own: results, progress and failures come back on the GUI thread; a
cancelled op never reports success; the translation worker keeps only the newest request and
stops cleanly. Every op that must be caught mid-run blocks on an event, never on a sleep."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from duizhao.core.errors import DuizhaoError
from duizhao.ui import tasks
from duizhao.ui.tasks import BackgroundOp, Cancelled, LatestOnlyWorker, TaskContext

WAIT_MS = 10_000
WAIT_S = WAIT_MS / 1000


@pytest.fixture(autouse=True)
def idle_pool() -> None:
    """Start each test with the shared pool free: in the full suite, work other tests' windows
    left running (the pool has one thread per core) would queue this test's ops behind it, and
    their waits would time out on a loaded machine although nothing here is slow."""
    assert QThreadPool.globalInstance().waitForDone(120_000)


def _gui_thread() -> str:
    return threading.main_thread().name


def _blocking_op(started: threading.Event, release: threading.Event, result: str = "done"
                 ) -> Callable[[TaskContext], str]:
    """An op that says it has started, then waits until released (or cancelled). It gives
    up after a while: a test failing before it releases the op must not hold the pool, and
    with it the end of the test run, for ever."""
    def op(context: TaskContext) -> str:
        started.set()
        deadline = time.monotonic() + 6 * WAIT_S
        while not release.wait(0.01):
            context.check()
            if time.monotonic() > deadline:
                raise TimeoutError("never released")
        return result
    return op


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[LatestOnlyWorker]:
    latest = LatestOnlyWorker("test-worker")
    yield latest
    latest.stop()


def test_background_op_delivers_progress_partials_and_result_on_the_gui_thread(
        qtbot: QtBot) -> None:
    events: list[tuple[str, object, str]] = []

    def op(context: TaskContext) -> str:
        for done in range(1, 4):
            context.partial(done * 10)
            context.report(done, 3)
        return threading.current_thread().name

    def record(kind: str) -> Callable[..., None]:
        return lambda *args: events.append((kind, args, threading.current_thread().name))

    BackgroundOp(op, success=record("success")).progress(record("progress")) \
        .partial(record("partial")).run()
    qtbot.waitUntil(lambda: any(kind == "success" for kind, _, _ in events), timeout=WAIT_MS)
    assert [(kind, args) for kind, args, _ in events[:-1]] == [
        ("partial", (10,)), ("progress", (1, 3)), ("partial", (20,)), ("progress", (2, 3)),
        ("partial", (30,)), ("progress", (3, 3))]
    worker_thread = events[-1][1][0]
    assert worker_thread != _gui_thread()  # the op ran elsewhere…
    assert {thread for _, _, thread in events} == {_gui_thread()}  # …the callbacks here


def test_a_cancelled_op_ends_in_its_cancel_callback_never_in_success(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []
    handle = (BackgroundOp(_blocking_op(started, release), success=lambda _: outcome.append("ok"))
              .on_cancel(lambda: outcome.append("cancelled")).run())
    assert started.wait(WAIT_S)
    handle.cancel()
    assert handle.is_cancelled
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=WAIT_MS)


def test_an_op_that_finishes_after_cancel_is_still_reported_cancelled(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def op(context: TaskContext) -> str:
        started.set()
        release.wait(WAIT_S)  # does not look at the cancel flag
        return "finished anyway"

    handle = (BackgroundOp(op, success=lambda _: outcome.append("ok"))
              .on_cancel(lambda: outcome.append("cancelled")).run())
    assert started.wait(WAIT_S)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=WAIT_MS)


def test_a_failure_reaches_the_failure_callback_on_the_gui_thread(qtbot: QtBot) -> None:
    failures: list[tuple[BaseException, str]] = []

    def op(context: TaskContext) -> None:
        raise ValueError("bad input")

    BackgroundOp(op, success=lambda _: failures.append((AssertionError(), "success"))) \
        .failure(lambda error: failures.append((error, threading.current_thread().name))).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    [(error, thread)] = failures
    assert isinstance(error, ValueError) and str(error) == "bad input"
    assert thread == _gui_thread()


def test_an_unhandled_failure_is_printed_unless_it_is_a_user_error(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    def failing(error: BaseException) -> Callable[[TaskContext], None]:
        def op(context: TaskContext) -> None:
            raise error
        return op

    ops = [BackgroundOp(failing(DuizhaoError("the file you picked is unreadable"))),
           BackgroundOp(failing(KeyError("a bug")))]
    for op in ops:
        op.run()
    # every op's bridge is released after its last callback, so both have been handled
    # (only these two: ops other tests' windows start meanwhile are none of this test's)
    qtbot.waitUntil(lambda: all(op._bridge not in tasks._LIVE for op in ops), timeout=WAIT_MS)
    printed = capsys.readouterr().err
    assert "KeyError: 'a bug'" in printed
    assert "unreadable" not in printed


def test_the_worker_runs_only_the_newest_request(qtbot: QtBot, worker: LatestOnlyWorker
                                                  ) -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    outcome: list[tuple[str, str]] = []

    def op(name: str) -> Callable[[TaskContext], str]:
        def run(context: TaskContext) -> str:
            ran.append(name)
            return name
        return run

    def callbacks(name: str) -> dict[str, Callable[..., None]]:
        return {"success": lambda result: outcome.append((name, f"ok {result}")),
                "cancelled": lambda: outcome.append((name, "cancelled")),
                "failure": lambda error: outcome.append((name, f"failed {error!r}"))}

    def first(context: TaskContext) -> str:
        ran.append("first")
        started.set()
        release.wait(WAIT_S)  # runs on until both newer requests are in
        return "first"

    worker.submit(first, **callbacks("first"))
    assert started.wait(WAIT_S)
    assert worker.is_busy()
    worker.submit(op("second"), **callbacks("second"))  # cancels the first, then is replaced
    worker.submit(op("third"), **callbacks("third"))
    release.set()
    qtbot.waitUntil(lambda: len(outcome) == 3, timeout=WAIT_MS)
    assert ran == ["first", "third"]
    assert sorted(outcome) == [("first", "cancelled"), ("second", "cancelled"),
                               ("third", "ok third")]
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=WAIT_MS)


def test_the_worker_routes_a_failure_and_keeps_working(qtbot: QtBot, worker: LatestOnlyWorker
                                                       ) -> None:
    outcome: list[object] = []

    def failing(context: TaskContext) -> None:
        raise OSError("disk full")

    worker.submit(failing, success=lambda _: outcome.append("ok"),
                  failure=lambda error: outcome.append(error))
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert isinstance(outcome[0], OSError)
    worker.submit(lambda context: 42, success=outcome.append)
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=WAIT_MS)
    assert outcome[1] == 42


def test_cancel_stops_the_running_request(qtbot: QtBot, worker: LatestOnlyWorker) -> None:
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []
    worker.submit(_blocking_op(started, release), success=lambda _: outcome.append("ok"),
                  cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(WAIT_S)
    worker.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=WAIT_MS)


def test_stop_cancels_the_running_request_and_ends_the_thread(worker: LatestOnlyWorker) -> None:
    started, release = threading.Event(), threading.Event()
    seen_cancel = threading.Event()

    def op(context: TaskContext) -> None:
        started.set()
        while not context.cancelled():
            release.wait(0.01)
        seen_cancel.set()
        raise Cancelled

    worker.submit(op)
    assert started.wait(WAIT_S)
    threads = {t.name for t in threading.enumerate()}
    assert "test-worker" in threads
    worker.stop()
    assert seen_cancel.is_set()
    assert "test-worker" not in {t.name for t in threading.enumerate()}


def test_nothing_is_delivered_to_an_owner_that_is_gone(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []
    owner = QObject()
    op = BackgroundOp(_blocking_op(started, release), success=outcome.append).owned_by(owner)
    op.run()
    assert started.wait(WAIT_S)
    with qtbot.waitSignal(owner.destroyed, timeout=WAIT_MS):
        owner.deleteLater()  # e.g. the window closed while the op ran
    release.set()
    qtbot.waitUntil(lambda: op._bridge not in tasks._LIVE, timeout=WAIT_MS)
    assert outcome == []
