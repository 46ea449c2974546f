"""The reader's preferences, remembered with QSettings.

The settings file lives in ``duizhao.core.storage.paths.config_dir()`` (an INI file) rather
than Qt's default location, so ``DUIZHAO_HOME`` (portable installs, tests) covers it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from duizhao.core.speech.reader import SPEEDS
from duizhao.core.storage.paths import config_dir

PANES = ("original", "converted", "pinyin", "english")
PINYIN_STYLES = ("marks", "numbers", "zhuyin")
LANGUAGES = ("", "en", "zh_CN", "zh_TW")  # "" follows the system locale
MAX_RECENT = 10
DEFAULT_FONT_SIZE = 15
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 48


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes", "on")


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[attr-defined]


class Settings(QObject):
    """Typed access to the preferences; ``changed`` fires after any view preference changes."""

    changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        file = path or config_dir() / "duizhao.ini"
        file.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(file), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object = None) -> object:
        return self._store.value(key, default)

    def _set(self, key: str, value: object, notify: bool = True) -> None:
        if self._store.value(key) == value:
            return
        self._store.setValue(key, value)
        if notify:
            self.changed.emit()

    def sync(self) -> None:
        self._store.sync()

    # -- view --------------------------------------------------------------------------------
    def visible_panes(self) -> list[str]:
        stored = self._get("view/panes")
        panes = [p for p in _as_list(stored) if p in PANES] if stored is not None else list(PANES)
        return panes

    def set_visible_panes(self, panes: list[str]) -> None:
        ordered = [p for p in PANES if p in panes]
        # An empty list would be stored as "no value" by QSettings; keep a marker instead.
        self._set("view/panes", ordered if ordered else ["none"])

    def interlinear(self) -> bool:
        return _as_bool(self._get("view/interlinear"), False)

    def set_interlinear(self, on: bool) -> None:
        self._set("view/interlinear", on)

    def tone_colours(self) -> bool:
        return _as_bool(self._get("view/tone_colours"), True)

    def set_tone_colours(self, on: bool) -> None:
        self._set("view/tone_colours", on)

    def pinyin_style(self) -> str:
        style = str(self._get("view/pinyin_style", "marks"))
        return style if style in PINYIN_STYLES else "marks"

    def set_pinyin_style(self, style: str) -> None:
        self._set("view/pinyin_style", style if style in PINYIN_STYLES else "marks")

    def variant(self) -> str:
        """OpenCC variant for the converted pane; "" lets the core choose from the source."""
        return str(self._get("view/variant", "") or "")

    def set_variant(self, variant: str) -> None:
        self._set("view/variant", variant)

    def font_family(self) -> str:
        return str(self._get("view/font_family", "") or "")

    def set_font_family(self, family: str) -> None:
        self._set("view/font_family", family)

    def font_size(self) -> int:
        try:
            size = int(self._get("view/font_size", DEFAULT_FONT_SIZE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            size = DEFAULT_FONT_SIZE
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    def set_font_size(self, size: int) -> None:
        self._set("view/font_size", max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size))))

    # -- language ----------------------------------------------------------------------------
    def language(self) -> str:
        lang = str(self._get("ui/language", "") or "")
        return lang if lang in LANGUAGES else ""

    def set_language(self, lang: str) -> None:
        self._set("ui/language", lang if lang in LANGUAGES else "", notify=False)

    # -- documents ---------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return _as_list(self._get("documents/recent"))[:MAX_RECENT]

    def add_recent_file(self, path: str) -> None:
        files = [f for f in self.recent_files() if f != path]
        files.insert(0, path)
        self._set("documents/recent", files[:MAX_RECENT], notify=False)

    def remove_recent_file(self, path: str) -> None:
        self._set("documents/recent", [f for f in self.recent_files() if f != path],
                  notify=False)

    def first_run(self) -> bool:
        return not _as_bool(self._get("documents/has_run"), False)

    def mark_run(self) -> None:
        self._set("documents/has_run", True, notify=False)

    def reading_speed(self) -> float:
        """One of the reading ``SPEEDS`` (slow, normal, fast)."""
        try:
            speed = float(str(self._get("speech/speed", 1.0)))
        except ValueError:
            return 1.0
        return min(SPEEDS, key=lambda known: abs(known - speed))

    def set_reading_speed(self, speed: float) -> None:
        self._set("speech/speed", float(speed))

    def model_banner_dismissed(self) -> bool:
        return _as_bool(self._get("models/banner_dismissed"), False)

    def set_model_banner_dismissed(self, on: bool) -> None:
        self._set("models/banner_dismissed", on, notify=False)

    def model_installed(self) -> bool:
        """Whether a translation model was found the last time anyone looked (the banner
        shows at once from this; the look itself waits until the document is shown)."""
        return _as_bool(self._get("models/installed"), False)

    def set_model_installed(self, on: bool) -> None:
        self._set("models/installed", on, notify=False)

    # -- window ------------------------------------------------------------------------------
    def window_geometry(self) -> bytes | None:
        value = self._get("window/geometry")
        if isinstance(value, QByteArray):
            value = value.data()
        return bytes(value) if value else None  # type: ignore[call-overload]

    def set_window_geometry(self, geometry: bytes) -> None:
        # As a QByteArray: a Python bytes value would be written as a pickled PyObject.
        self._set("window/geometry", QByteArray(geometry), notify=False)
