"""Read sentences aloud one after another, saying which one is being spoken."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engines (subprocess and friends) load when something is read
    from duizhao.core.speech.engines import SpeechEngine


@dataclass(frozen=True)
class Utterance:
    sentence_id: int
    text: str


class ReadAloud:
    """Speaks utterances in order on the caller's thread (a worker), calling ``on_sentence``
    just before each one; :meth:`stop` (from any thread) ends it after at most the sentence
    being spoken is cut short."""

    def __init__(self, engine: SpeechEngine, *, language: str = "zh", rate: float = 1.0) -> None:
        self.engine = engine
        self.language = language
        self.rate = min(3.0, max(0.3, rate))
        self._stopped = False

    def check_voice(self) -> None:
        from duizhao.core.speech.engines import SpeechUnavailable, install_hint

        has_voice = getattr(self.engine, "has_voice", None)
        if has_voice is not None and not has_voice(self.language):
            what = "Mandarin" if self.language == "zh" else "English"
            raise SpeechUnavailable(f"No {what} voice is installed. {install_hint()}")

    def read(self, utterances: Sequence[Utterance],
             on_sentence: Callable[[int], None]) -> int:
        """Speak each utterance; returns how many were started."""
        started = 0
        for utterance in utterances:
            if self._stopped:
                break
            if not utterance.text.strip():
                continue
            on_sentence(utterance.sentence_id)
            started += 1
            self.engine.speak(utterance.text, self.language, self.rate)
        return started

    def stop(self) -> None:
        self._stopped = True
        self.engine.stop()
