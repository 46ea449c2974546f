"""Reading aloud with the real eSpeak NG engine (its Mandarin voice), into WAV files: the
current sentence advances at each sentence, stopping ends it, a missing voice says what to do."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest

from duizhao.core.speech.engines import EspeakNgEngine, SpeechUnavailable
from duizhao.core.speech.reader import ReadAloud, Utterance

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                reason="eSpeak NG is not installed (.ci/run installs it)")

SENTENCES = [Utterance(0, "梅金斯基表示，俄羅斯代表團到達。"), Utterance(1, "這條路很長。"),
             Utterance(2, " "), Utterance(3, "烏梅羅夫說，談判將在伊斯坦布爾舉行。")]


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def test_each_sentence_is_spoken_in_turn_and_announced_first(tmp_path: Path) -> None:
    engine = EspeakNgEngine(wav_folder=tmp_path)
    announced: list[tuple[int, int]] = []  # (sentence, files written before it started)
    reader = ReadAloud(engine, language="zh")
    reader.check_voice()
    started = reader.read(SENTENCES, lambda sid: announced.append(
        (sid, len(list(tmp_path.glob("*.wav"))))))
    assert started == 3
    assert announced == [(0, 0), (1, 1), (3, 2)]  # the blank sentence is skipped
    durations = [_seconds(p) for p in sorted(tmp_path.glob("*.wav"))]
    assert len(durations) == 3 and all(d > 0.5 for d in durations)
    assert durations[1] < durations[0] < durations[2]  # longer sentences take longer to say


def test_speed_changes_how_long_a_sentence_takes(tmp_path: Path) -> None:
    slow, fast = tmp_path / "slow", tmp_path / "fast"
    slow.mkdir()
    fast.mkdir()
    ReadAloud(EspeakNgEngine(wav_folder=slow), rate=0.6).read(SENTENCES[:1], lambda _: None)
    ReadAloud(EspeakNgEngine(wav_folder=fast), rate=1.6).read(SENTENCES[:1], lambda _: None)
    assert _seconds(next(fast.glob("*.wav"))) < 0.7 * _seconds(next(slow.glob("*.wav")))


def test_stop_ends_reading_after_the_current_sentence(tmp_path: Path) -> None:
    reader = ReadAloud(EspeakNgEngine(wav_folder=tmp_path))
    announced: list[int] = []

    def on_sentence(sentence_id: int) -> None:
        announced.append(sentence_id)
        reader.stop()  # Esc while the first sentence is being read

    assert reader.read(SENTENCES, on_sentence) == 1
    assert announced == [0]


def test_english_is_read_with_an_english_voice(tmp_path: Path) -> None:
    reader = ReadAloud(EspeakNgEngine(wav_folder=tmp_path), language="en")
    reader.check_voice()
    assert reader.read([Utterance(0, "Medinsky said the talks would resume.")],
                       lambda _: None) == 1
    assert _seconds(next(tmp_path.glob("*.wav"))) > 1.0


def test_without_the_engine_or_a_voice_the_message_says_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    reader = ReadAloud(EspeakNgEngine(), language="xx-no-such-voice")
    with pytest.raises(SpeechUnavailable, match="apt install espeak-ng"):
        reader.check_voice()
    monkeypatch.setenv("PATH", "")
    with pytest.raises(SpeechUnavailable, match="apt install espeak-ng"):
        EspeakNgEngine()
