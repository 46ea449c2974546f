"""``duizhao [FILE] [--glossary G] [--screenshot OUT.png]``: the reading window."""

from __future__ import annotations

import contextlib
import os
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from duizhao.core.errors import DocumentError, Terminated
from duizhao.core.samples import sample_glossary_path, sample_path
from duizhao.fonts import ensure_cjk_font
from duizhao.ui import gc_policy, i18n
from duizhao.ui.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Iterator

    from duizhao.ui.main_window import MainWindow


class LaunchArgs(Protocol):
    """What the window is asked to do (the command line gives a ``duizhao.cli.WindowArgs``)."""

    file: str | None  # the document to open, else the last one read (the sample at first)
    glossary: str | None
    screenshot: str | None  # save the window to this PNG once translated, and exit


SCREENSHOT_TIMEOUT_MS = 10 * 60 * 1000
SETTLE_PAINTS = 10


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Duizhao")
    app.setOrganizationName("Duizhao")
    app.setApplicationDisplayName("Duizhao 對照")
    gc_policy.install(app)
    ensure_cjk_font()
    icon = resources.files("duizhao.resources").joinpath("icons", "duizhao.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def initial_document(args: LaunchArgs, settings: Settings) -> tuple[Path | None, Path | None]:
    """What to open: the file asked for, else the sample (with its glossary) on first run,
    else the last document read."""
    glossary = Path(args.glossary) if args.glossary else None
    if args.file:
        return Path(args.file), glossary
    if not settings.first_run():
        for recent in settings.recent_files():
            if Path(recent).is_file():
                return Path(recent), glossary
    return sample_path(), glossary or _sample_glossary()


def _sample_glossary() -> Path | None:
    path = sample_glossary_path()
    return path if path.is_file() else None


def run(args: LaunchArgs) -> int:
    app, window = launch(args)
    try:
        screenshot = args.screenshot
        if screenshot:
            return _screenshot(app, window, Path(screenshot))
        return serve(app, window)
    finally:
        shut_down()


def serve(app: QApplication, window: MainWindow) -> int:
    """Run the window until it closes. Ctrl+C in the terminal, ``kill`` and the terminal
    closing (SIGINT, SIGTERM, SIGHUP) close it as its close button does, saving the last
    seconds' edits; then :class:`Terminated` unwinds the process as any stopped command's."""
    with _closing_on_signals(app, window) as received:
        code = app.exec()
    if received:
        raise Terminated(received[0])
    return code


@contextlib.contextmanager
def _closing_on_signals(app: QApplication, window: MainWindow) -> Iterator[bytearray]:
    """While the event loop runs, the signals received (their numbers) close the window. Qt's
    loop runs no Python signal handler until something else wakes it, and SIGTERM used to end
    the process on the spot: Python's C-level handler writes the signal's number into a pipe
    (``signal.set_wakeup_fd``), whose reading end wakes the loop."""
    received = bytearray()
    if sys.platform == "win32":  # Windows delivers none of these to a window
        yield received
        return
    import signal

    read, write = os.pipe()
    for end in (read, write):
        os.set_blocking(end, False)
    previous_fd = signal.set_wakeup_fd(write)
    previous = {number: signal.signal(number, lambda *_: None)  # the work is done in stop()
                for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}

    def stop() -> None:
        with contextlib.suppress(BlockingIOError):
            received.extend(os.read(read, 16))
        if window.close():
            app.quit()  # a dialog still open would keep the application running

    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read)
    notifier.activated.connect(stop)
    try:
        yield received
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        os.close(read)
        os.close(write)


def launch(args: LaunchArgs) -> tuple[QApplication, MainWindow]:
    """Show the window and start opening the document; the caller runs the event loop."""
    from duizhao.ui.main_window import MainWindow

    app = application()
    settings = Settings()
    i18n.apply_language(settings.language())
    path, glossary = initial_document(args, settings)
    if args.screenshot and path is not None and not path.is_file():
        raise DocumentError(f"{path}: no such file")
    window = MainWindow(settings)
    window.show()
    if settings.problems:
        if args.screenshot:
            for problem in settings.problems:
                print(f"duizhao: {problem}", file=sys.stderr)
        else:  # once the window is on screen
            QTimer.singleShot(0, lambda: window.show_warnings(settings.problems))
    if path is not None:
        window.open_file(path, glossary)
    settings.mark_run()
    return app, window


def shut_down() -> None:
    """After the event loop: unload the model, close the translation memory, and skip the
    interpreter's last garbage collection over everything the window made (tens of
    milliseconds on the way out, and nothing is left to save by then; but what that collection
    would have finalised, such as a database connection, must be closed here)."""
    _release_translator()
    memory = sys.modules.get("duizhao.core.memory.store")
    if memory is not None:
        memory.close_shared_memory()
    gc_policy.freeze()


def _release_translator() -> None:
    """Unload the model before the interpreter exits: CTranslate2's worker threads must not
    outlive it (they abort the process when destroyed during shutdown)."""
    service = sys.modules.get("duizhao.core.translate.service")
    if service is not None:
        service.shared_service().close()


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    """Wait for the document to be annotated and translated, then save the window."""
    from duizhao.ui.png_writer import write_png  # only for a screenshot

    def grab() -> None:
        # Painting lays out the rows on screen, which can move the grid the panes follow:
        # paint until they stand still.
        for _ in range(SETTLE_PAINTS):
            pixmap = window.grab()
            if not window.panes.follow_grid():
                break
            app.processEvents()
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            write_png(pixmap.toImage(), out)
        except OSError as error:
            failed(f"could not write {out} ({error.strerror or error})")
            return
        window.setUpdatesEnabled(False)  # taken: no more painting on the way out
        app.exit(0)

    def failed(message: str) -> None:
        print(f"duizhao: {message}", file=sys.stderr)
        app.exit(2)

    def translated() -> None:
        QTimer.singleShot(0, grab)  # once the English that arrived last is in the panes

    def warned(lines: list[str]) -> None:
        for line in lines:
            print(f"duizhao: {line}", file=sys.stderr)

    # No dialog may wait for a click that never comes: messages go to stderr instead.
    session = window.session
    session.open_failed.disconnect(window.show_error)
    session.warnings.disconnect(window.show_warnings)
    session.warnings.connect(warned)
    window.translation_done.connect(translated)
    session.open_failed.connect(failed)
    timeout = QTimer(window, singleShot=True, interval=SCREENSHOT_TIMEOUT_MS)
    timeout.timeout.connect(lambda: failed("timed out waiting for the document"))
    timeout.start()
    code = app.exec()
    # exit(), not quit(), and the window closed only now: quit() closes the windows inside
    # the loop, and closing the last one there posts a second quit, which would end every
    # event loop the application runs afterwards (a test's) at once.
    timeout.stop()
    window.close()
    return code
