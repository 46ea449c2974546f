"""Reading aloud in the window: sentences spoken on a worker thread, each announced by row so
the current sentence follows the voice in every pane."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from duizhao.ui.models.sentence_model import SentenceModel
from duizhao.ui.tasks import LatestOnlyWorker, TaskContext

if TYPE_CHECKING:
    from duizhao.core.speech.engines import SpeechEngine
    from duizhao.core.speech.reader import ReadAloud


def _system_engine() -> SpeechEngine:
    """The platform's engine, found when something is first read (not at start-up)."""
    from duizhao.core.speech.engines import system_engine

    return system_engine()


class ReadAloudPlayer(QObject):
    sentence_started = Signal(int)  # the row being spoken
    reading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, model: SentenceModel, parent: QObject | None = None,
                 engine_factory: Callable[[], SpeechEngine] = _system_engine) -> None:
        super().__init__(parent)
        self.model = model
        self.engine_factory = engine_factory
        self.speed = 1.0
        self._worker = LatestOnlyWorker("speech", self)
        self._reader: ReadAloud | None = None
        self._reader_lock = threading.Lock()
        self._reading = False
        self._generation = 0  # of the newest request: an older run's end changes nothing

    @property
    def reading(self) -> bool:
        return self._reading

    def read(self, row: int, *, read_on: bool = False, english: bool = False) -> None:
        """Speak the sentence at ``row`` (and every one after it with ``read_on``), in Mandarin
        or, with ``english``, its English."""
        from duizhao.core.speech.reader import ReadAloud, Utterance  # not needed at start-up

        rows = range(row, self.model.rowCount()) if read_on else range(row, row + 1)
        utterances = []
        for current in rows:
            sentence = self.model.sentence(current)
            text = (sentence.translation or "") if english else sentence.original
            utterances.append(Utterance(current, text))
        if not utterances:
            return
        self._stop_reader()
        language, speed = ("en" if english else "zh"), self.speed

        def op(context: TaskContext) -> int:
            reader = ReadAloud(self.engine_factory(), language=language, rate=speed)
            with self._reader_lock:
                self._reader = reader
            if context.cancelled():
                return 0
            reader.check_voice()
            return reader.read(utterances, context.partial)

        self._generation += 1
        generation = self._generation

        def newest(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if generation == self._generation else None

        self._set_reading(True)
        self._worker.submit(op, partial=newest(self._started), success=newest(self._done),
                            failure=newest(self._failed), cancelled=lambda: None)

    def stop(self) -> None:
        self._generation += 1
        self._stop_reader()
        self._worker.cancel()
        self._set_reading(False)

    def shutdown(self) -> None:
        self._stop_reader()
        self._worker.stop()

    def _stop_reader(self) -> None:
        with self._reader_lock:
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.stop()

    def _started(self, row: Any) -> None:
        if self._reading:
            self.sentence_started.emit(int(row))

    def _done(self, _count: int) -> None:
        self._set_reading(False)

    def _failed(self, error: BaseException) -> None:
        self._set_reading(False)
        self.failed.emit(str(error))

    def _set_reading(self, on: bool) -> None:
        if on != self._reading:
            self._reading = on
            self.reading_changed.emit(on)
