"""Read aloud in the window, with the real eSpeak NG engine (its Mandarin voice) writing WAV
files instead of playing them: the current sentence follows the voice, Esc stops, the speed is
remembered, a missing voice is a message and nothing else changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from duizhao.core.speech.engines import EspeakNgEngine, SpeechUnavailable
from duizhao.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                reason="eSpeak NG is not installed (.ci/run installs it)")


def test_reading_on_moves_the_current_sentence_with_the_voice(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    window = sample_window
    player = window.read_aloud
    player.engine_factory = lambda: EspeakNgEngine(wav_folder=tmp_path)
    window.panes.set_current(2)
    followed: list[int] = []
    player.sentence_started.connect(followed.append)
    player.sentence_started.connect(lambda row: followed.append(-window.panes.current_row))
    window.actions_.read_on.trigger()
    assert player.reading and window.actions_.cancel.isEnabled()  # returned at once
    qtbot.waitUntil(lambda: len(followed) >= 8, timeout=30_000)
    window.actions_.cancel.trigger()  # Esc
    assert not player.reading
    rows = followed[0::2]
    assert rows[:4] == [2, 3, 4, 5]  # in order, from the current sentence
    assert followed[1::2][:4] == [-2, -3, -4, -5]  # the panes' current sentence followed
    spoken = len(list(tmp_path.glob("*.wav")))
    qtbot.wait(300)
    assert len(list(tmp_path.glob("*.wav"))) <= spoken + 1  # stopped, not reading on


def test_reading_one_sentence_in_english_at_the_remembered_speed(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    window = sample_window
    window.actions_.speeds[2].trigger()  # fast
    assert window.settings.reading_speed() == 1.4 and window.read_aloud.speed == 1.4
    spoken: list[tuple[str, str, float]] = []

    class Recording(EspeakNgEngine):
        def speak(self, text: str, language: str, rate: float) -> None:
            spoken.append((text, language, rate))
            super().speak(text, language, rate)

    window.read_aloud.engine_factory = lambda: Recording(wav_folder=tmp_path)
    window.panes.set_current(0)
    window.actions_.read_english.trigger()
    qtbot.waitUntil(lambda: not window.read_aloud.reading, timeout=20_000)
    english = window.model.sentence(0).translation
    assert english and spoken == [(english, "en", 1.4)]


def test_without_a_voice_a_message_says_what_to_install(
        qtbot: QtBot, sample_window: MainWindow, message_boxes: list[str]) -> None:
    def no_engine() -> EspeakNgEngine:
        raise SpeechUnavailable("eSpeak NG is not installed. Install eSpeak NG (sudo apt "
                                "install espeak-ng).")

    window = sample_window
    window.read_aloud.engine_factory = no_engine
    window.actions_.read_sentence.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert "apt install espeak-ng" in message_boxes[0]
    assert not window.read_aloud.reading and window.panes.current_row == 0
