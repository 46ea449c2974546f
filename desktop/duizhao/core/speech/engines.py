"""Speech engines: one sentence spoken at a time, blocking until it is spoken or stopped.

On Linux Duizhao drives eSpeak NG's command-line program itself: pyttsx3's eSpeak driver returns
from ``runAndWait`` before the speech is played and drops utterance events, so it cannot say
when a sentence ends. On Windows (SAPI 5) and macOS (NSSpeechSynthesizer) pyttsx3 is used.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Protocol

from duizhao.core.errors import DuizhaoError

NORMAL_RATE = 175  # words per minute, eSpeak NG's and SAPI's usual pace


class SpeechUnavailable(DuizhaoError):
    """No engine, or no voice for the language, on this machine."""


class SpeechEngine(Protocol):
    def speak(self, text: str, language: str, rate: float) -> None:
        """Speak ``text`` (language ``"zh"`` or ``"en"``) at ``rate`` × normal speed; return
        when it has been spoken or :meth:`stop` was called."""

    def stop(self) -> None: ...


def install_hint() -> str:
    if sys.platform.startswith("linux"):
        return ("Install eSpeak NG with its Mandarin voice (Debian, Ubuntu: "
                "sudo apt install espeak-ng; Fedora: sudo dnf install espeak-ng).")
    if sys.platform == "darwin":
        return ("Add a Chinese voice in System Settings › Accessibility › Spoken Content › "
                "System Voice › Manage Voices.")
    return "Add a Chinese speech voice in Settings › Time & language › Speech › Add voices."


class EspeakNgEngine:
    """eSpeak NG's ``espeak-ng`` program: ``cmn`` (Mandarin) and ``en`` voices.

    ``wav_folder``: write each sentence to a numbered WAV file there instead of playing it (for
    tests and machines without a sound card); the synthesis is the same.
    """

    VOICES = {"zh": "cmn", "en": "en"}

    def __init__(self, program: str | None = None, wav_folder: Path | None = None) -> None:
        found = program or shutil.which("espeak-ng")
        if found is None:
            raise SpeechUnavailable("eSpeak NG is not installed. " + install_hint())
        self.program = found
        self.wav_folder = wav_folder
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self._count = 0

    def has_voice(self, language: str) -> bool:
        voice = self.VOICES.get(language, language)
        try:
            listing = subprocess.run([self.program, f"--voices={voice}"], capture_output=True,
                                     text=True, timeout=10, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return False
        return any(line.split()[1:2] == [voice] for line in listing.splitlines()[1:])

    def speak(self, text: str, language: str, rate: float) -> None:
        command = [self.program, "-v", self.VOICES.get(language, language),
                   "-s", str(round(NORMAL_RATE * rate))]
        if self.wav_folder is not None:
            self._count += 1
            command += ["-w", str(self.wav_folder / f"{self._count:05d}.wav")]
        with self._lock:
            if self._stopped:
                return
            self._process = subprocess.Popen(
                [*command, "--", text], stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._process.wait()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()


class Pyttsx3Engine:
    """pyttsx3 over SAPI 5 (Windows) or NSSpeechSynthesizer (macOS)."""

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError:
            raise SpeechUnavailable("No speech engine is installed. " + install_hint()) from None
        self._engine: Any = pyttsx3.init()
        self._voices: dict[str, str] = {}

    def has_voice(self, language: str) -> bool:
        return self._voice(language) is not None

    def _voice(self, language: str) -> str | None:
        if language not in self._voices:
            names = ("zh", "cmn", "chinese", "mandarin", "huihui", "ting-ting", "mei-jia") \
                if language == "zh" else ("en", "english")
            for voice in self._engine.getProperty("voices"):
                described = " ".join([voice.id, voice.name or "",
                                      *map(str, voice.languages or [])]).lower()
                if any(name in described for name in names):
                    self._voices[language] = voice.id
                    break
        return self._voices.get(language)

    def speak(self, text: str, language: str, rate: float) -> None:
        voice = self._voice(language)
        if voice is not None:
            self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", round(NORMAL_RATE * rate))
        self._engine.say(text)
        self._engine.runAndWait()

    def stop(self) -> None:
        self._engine.stop()


def system_engine() -> EspeakNgEngine | Pyttsx3Engine:
    """The engine of this platform; raises SpeechUnavailable with what to install."""
    if sys.platform.startswith("linux"):
        return EspeakNgEngine()
    return Pyttsx3Engine()
