"""The reader's preferences, kept in ``duizhao.ini`` in ``duizhao.core.storage.paths.config_dir()``
(so ``DUIZHAO_HOME`` covers it too).

The file is read by :class:`duizhao.core.storage.settings_file.SettingsFile`, never by QSettings
(which would unpickle Python objects a crafted file names). Every preference is read with its
type and checked; an invalid one falls back to its default and is listed in :attr:`problems`,
which the window shows once at start.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.language.taiwan import TaiwanReadings
from duizhao.core.language.variants import VARIANTS
from duizhao.core.speech import SPEEDS
from duizhao.core.storage.paths import config_dir
from duizhao.core.storage.settings_file import SettingsFile
from duizhao.core.vocab.levels import DEFAULT_STANDARD, HskStandard
from duizhao.ui.word_colouring import WordColouring

PANES = ("original", "converted", "pinyin", "english")
PINYIN_STYLES = (*(style.value for style in PinyinStyle), "none")  # "none": an older "plain"
LANGUAGES = ("", "en", "zh_CN", "zh_TW")  # "" follows the system locale
MAX_RECENT = 10
DEFAULT_FONT_SIZE = 15
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 48
C = TypeVar("C", bound=Enum)  # a preference with named values (str enums)


def settings_path() -> Path:
    return config_dir() / "duizhao.ini"


class Settings(QObject):
    """Typed access to the preferences; ``changed`` fires after any view preference changes."""

    changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = SettingsFile(path or settings_path())
        self._check_all()

    @property
    def problems(self) -> list[str]:
        """What was wrong with the file or its values, one line each (defaults used)."""
        return list(self._store.problems)

    def _check_all(self) -> None:
        # Read every preference once, so the problems are known before the window shows.
        for read in (self.visible_panes, self.interlinear, self.tone_colours, self.tone_sandhi,
                     self.word_colouring, self.hsk_standard, self.pinyin_style,
                     self.variant, self.taiwan_readings, self.font_family, self.font_size,
                     self.language,
                     self.recent_files, self.first_run, self.model_banner_dismissed,
                     self.model_installed, self.window_geometry, self.reading_speed):
            read()

    def _set(self, key: str, value: str | float | bool | list[str] | bytes,
             notify: bool = True) -> None:
        if self._store.set(key, value) and notify:
            self.changed.emit()

    def _choice(self, key: str, default: C) -> C:
        """One of ``default``'s enum's values (a saved value it does not have: ``default``)."""
        kind = type(default)
        return kind(self._store.text(key, default.value, [choice.value for choice in kind]))

    def sync(self) -> None:
        self._store.save()

    # -- view --------------------------------------------------------------------------------
    def visible_panes(self) -> list[str]:
        stored = self._store.texts("view/panes")
        return [p for p in stored if p in PANES] if stored is not None else list(PANES)

    def set_visible_panes(self, panes: list[str]) -> None:
        ordered = [p for p in PANES if p in panes]
        self._set("view/panes", ordered)

    def interlinear(self) -> bool:
        return self._store.boolean("view/interlinear", False)

    def set_interlinear(self, on: bool) -> None:
        self._set("view/interlinear", on)

    def tone_colours(self) -> bool:
        return self._store.boolean("view/tone_colours", True)

    def set_tone_colours(self, on: bool) -> None:
        self._set("view/tone_colours", on)

    def tone_sandhi(self) -> bool:
        """Show 一 and 不 in the tones they are spoken in (off: citation tones)."""
        return self._store.boolean("view/tone_sandhi", False)

    def set_tone_sandhi(self, on: bool) -> None:
        self._set("view/tone_sandhi", on)

    def word_colouring(self) -> WordColouring:
        return self._choice("view/word_colouring", WordColouring.NONE)

    def set_word_colouring(self, mode: WordColouring) -> None:
        self._set("view/word_colouring", mode.value)

    def hsk_standard(self) -> HskStandard:
        """The word lists that give a word its HSK level."""
        return self._choice("view/hsk_standard", DEFAULT_STANDARD)

    def set_hsk_standard(self, standard: HskStandard) -> None:
        self._set("view/hsk_standard", standard.value)

    def pinyin_style(self) -> PinyinStyle:
        return PinyinStyle(self._store.text("view/pinyin_style", "marks", PINYIN_STYLES))

    def set_pinyin_style(self, style: PinyinStyle | str) -> None:
        self._set("view/pinyin_style", PinyinStyle.parse(style, PinyinStyle.MARKS).value)

    def variant(self) -> str:
        """OpenCC variant for the converted pane; "" lets the core choose from the source."""
        return self._store.text("view/variant", "", ("", *VARIANTS))

    def set_variant(self, variant: str) -> None:
        self._set("view/variant", variant)

    def taiwan_readings(self) -> TaiwanReadings:
        """When readings are Taiwan's (垃圾 lèsè); automatic: with the Taiwan variant."""
        return self._choice("view/taiwan_readings", TaiwanReadings.AUTO)

    def set_taiwan_readings(self, choice: TaiwanReadings) -> None:
        self._set("view/taiwan_readings", choice.value)

    def reads_taiwan(self) -> bool:
        """Whether documents are read with Taiwan's readings now (the choice and the variant)."""
        return self.taiwan_readings().applies(self.variant() or None)

    def font_family(self) -> str:
        return self._store.text("view/font_family", "")

    def set_font_family(self, family: str) -> None:
        self._set("view/font_family", family)

    def font_size(self) -> int:
        size = self._store.integer("view/font_size", DEFAULT_FONT_SIZE)
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    def set_font_size(self, size: int) -> None:
        self._set("view/font_size", max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size))))

    # -- language ----------------------------------------------------------------------------
    def language(self) -> str:
        return self._store.text("ui/language", "", LANGUAGES)

    def set_language(self, lang: str) -> None:
        self._set("ui/language", lang if lang in LANGUAGES else "", notify=False)

    # -- documents ---------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return (self._store.texts("documents/recent") or [])[:MAX_RECENT]

    def add_recent_file(self, path: str) -> None:
        files = [f for f in self.recent_files() if f != path]
        files.insert(0, path)
        self._set("documents/recent", files[:MAX_RECENT], notify=False)

    def reading_position(self, document: str) -> int | None:
        """The id of the sentence the reader was at in ``document`` (a path), if known."""
        position = self._store.integer(f"positions/{_position_key(document)}", -1)
        return position if position >= 0 else None

    def set_reading_position(self, document: str, sentence_id: int) -> None:
        self._set(f"positions/{_position_key(document)}", int(sentence_id), notify=False)

    def remove_recent_file(self, path: str) -> None:
        self._set("documents/recent", [f for f in self.recent_files() if f != path],
                  notify=False)

    def first_run(self) -> bool:
        return not self._store.boolean("documents/has_run", False)

    def mark_run(self) -> None:
        self._set("documents/has_run", True, notify=False)

    def reading_speed(self) -> float:
        """One of the reading ``SPEEDS`` (slow, normal, fast)."""
        speed = self._store.number("speech/speed", 1.0)
        return min(SPEEDS, key=lambda known: abs(known - speed))

    def set_reading_speed(self, speed: float) -> None:
        self._set("speech/speed", float(speed))

    def model_banner_dismissed(self) -> bool:
        return self._store.boolean("models/banner_dismissed", False)

    def set_model_banner_dismissed(self, on: bool) -> None:
        self._set("models/banner_dismissed", on, notify=False)

    def model_installed(self) -> bool:
        """Whether a translation model was found the last time anyone looked (the banner
        shows at once from this; the look itself waits until the document is shown)."""
        return self._store.boolean("models/installed", False)

    def set_model_installed(self, on: bool) -> None:
        self._set("models/installed", on, notify=False)

    # -- window ------------------------------------------------------------------------------
    def window_geometry(self) -> bytes | None:
        return self._store.binary("window/geometry") or None

    def set_window_geometry(self, geometry: bytes) -> None:
        self._set("window/geometry", bytes(geometry), notify=False)


def _position_key(document: str) -> str:
    """A settings key for a document: its resolved path hashed (paths hold characters a key
    may not)."""
    import hashlib

    resolved = str(Path(document).resolve())
    return hashlib.sha1(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:20]
