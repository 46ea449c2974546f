"""A progress line for the command line's long steps ("Annotating  45%"), on a terminal only:
a pipe or a log file gets just the final messages."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

Report = Callable[[int, int], None]
INTERVAL = 0.1  # seconds between redraws


class TerminalProgress:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", None)
        self.shown = bool(isatty and isatty())
        self._stage = ""
        self._last = 0.0

    def stage(self, name: str) -> Report:
        """The ``progress(done, total)`` callback for one step."""
        return lambda done, total: self._draw(name, done, total)

    def _draw(self, name: str, done: int, total: int) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if name == self._stage and done < total and now - self._last < INTERVAL:
            return
        self._stage, self._last = name, now
        percent = 100 * min(done, total) / total if total else 100.0
        self.stream.write(f"\r{name} {percent:3.0f}%\033[K")
        self.stream.flush()

    def message(self, text: str) -> None:
        """A line of its own above the progress line (which is drawn again on the next
        report): e.g. one document of a batch that failed."""
        if self.shown and self._stage:
            self.stream.write("\r\033[K")
            self._last = 0.0
        self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the progress line, so the messages after it start on a line of their own."""
        if self.shown and self._stage:
            self.stream.write("\n")
            self.stream.flush()
            self._stage = ""
