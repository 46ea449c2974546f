"""The preferences file (``duizhao.ini``), read and written without ever making objects from it.

Qt's QSettings turns an ``@Variant(…)`` value into whatever type it names; under PySide that
includes pickled Python objects, so merely opening a crafted file could run code (and a
truncated one raised ``UnpicklingError``). This module is the only reader of the file: an INI
parsed by ``configparser`` whose values are JSON (``font_size = 15``,
``panes = ["original", "pinyin"]``), read with an explicit type per key. Anything else is
treated as absent and noted in :attr:`SettingsFile.problems`, so the window can start with the
defaults and say so. Files written by earlier versions (through QSettings) are read where their
values are plain text; ``@``-prefixed values are never interpreted.

Saving re-reads the file and applies only the keys this process set, so two windows keep each
other's preferences; the write is atomic.
"""

from __future__ import annotations

import configparser
import contextlib
import csv
import json
import shutil
from collections.abc import Sequence
from pathlib import Path

from duizhao.core.storage.atomic import atomic_write_text

# A preferences file is a few hundred bytes; a larger one is not ours.
MAX_BYTES = 1 << 20
_NO_DEFAULTS = "\0"  # configparser's DEFAULT section would leak into every other section


class SettingsFile:
    """Typed values by ``section/key``; a value of the wrong type reads as the default."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []  # one line each, for the user
        self._stored: dict[str, str] = {}
        self._set: dict[str, str] = {}  # what this process changed, applied on save
        self._damaged = False
        self._can_save = True
        self._stored = self._read(note=True)

    # -- reading ---------------------------------------------------------------------------
    def _read(self, *, note: bool) -> dict[str, str]:
        def problem(text: str) -> dict[str, str]:
            if note:
                self._note(f"{self.path}: {text}; starting with the default settings.")
            return {}

        try:
            if self.path.parent.exists() and not self.path.parent.is_dir():
                self._can_save = False
                return problem(f"{self.path.parent} is a file, not a folder")
            if not self.path.exists():
                return {}
            if not self.path.is_file():
                self._can_save = False
                return problem("is not a regular file")
            with self.path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            return problem(f"cannot be read ({error.strerror or error})")
        if len(data) > MAX_BYTES:
            self._damaged = True
            return problem("is too large to be a settings file")
        parser = configparser.RawConfigParser(
            interpolation=None, strict=False, delimiters=("=",), comment_prefixes=(";", "#"),
            default_section=_NO_DEFAULTS)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        try:
            parser.read_string(data.decode("utf-8"))
        except (UnicodeDecodeError, configparser.Error):
            self._damaged = True
            return problem("is damaged")
        values: dict[str, str] = {}
        for section in parser.sections():
            for key, value in parser.items(section):
                name = key if section == "General" else f"{section}/{key}"
                values[name] = value
        return values

    def _note(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def _raw(self, key: str) -> str | None:
        return self._set.get(key, self._stored.get(key))

    def _value(self, key: str) -> object:
        """The stored value: JSON, or an earlier version's plain text; None when absent."""
        raw = self._raw(key)
        if raw is None:
            return None
        if raw.startswith("@"):
            # QSettings' typed values are never interpreted. An earlier version's window size
            # (@ByteArray) or empty list (@Invalid) is simply forgotten; anything else is noted.
            if not raw.startswith(("@ByteArray(", "@Invalid(")):
                self._invalid(key, raw)
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return _plain_text(raw)

    def _invalid(self, key: str, raw: object) -> None:
        shown = str(raw)
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        self._note(f"{self.path.name}: {key} = {shown!r} is not a valid setting; "
                   "using the default.")

    def text(self, key: str, default: str, allowed: Sequence[str] | None = None) -> str:
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            self._invalid(key, value)
            return default
        return value

    def integer(self, key: str, default: int) -> int:
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self._invalid(key, value)
            return default
        return value

    def number(self, key: str, default: float) -> float:
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._invalid(key, value)
            return default
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._value(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self._invalid(key, value)
            return default
        return value

    def texts(self, key: str) -> list[str] | None:
        """A list of strings; None when absent or invalid."""
        raw = self._raw(key)
        value = self._value(key)
        if value is None:
            return None
        if isinstance(value, str) and raw is not None and not raw.startswith(("[", '"')):
            value = _plain_list(raw)  # an earlier version's "a, b, c"
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._invalid(key, value)
            return None
        return value

    def binary(self, key: str) -> bytes | None:
        value = self._value(key)
        if value is None:
            return None
        try:
            return bytes.fromhex(value) if isinstance(value, str) else None
        except ValueError:
            self._invalid(key, value)
            return None

    # -- writing ---------------------------------------------------------------------------
    def set(self, key: str, value: str | float | bool | list[str] | bytes) -> bool:
        """Store ``value`` (saved at once); False when it was already the stored value."""
        encoded = json.dumps(value.hex() if isinstance(value, bytes) else value,
                             ensure_ascii=False)
        if self._raw(key) == encoded:
            return False
        self._set[key] = encoded
        self.save()
        return True

    def save(self) -> None:
        """Write the file: what is on disk now, with this process's changes on top. A file
        that cannot be written is noted once; the settings still apply until the window
        closes."""
        if not self._set or not self._can_save:
            return
        current = self._read(note=False)
        current.update(self._set)
        sections: dict[str, list[str]] = {}
        for name in sorted(current):
            section, _, key = name.rpartition("/")
            sections.setdefault(section or "General", []).append(f"{key} = {current[name]}")
        lines: list[str] = []
        for section, entries in sections.items():
            lines += [f"[{section}]", *entries, ""]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._damaged and self.path.is_file():
                with contextlib.suppress(OSError):
                    shutil.copy2(self.path, self.path.with_name(self.path.name + ".corrupt"))
                self._damaged = False
            atomic_write_text(self.path, "\n".join(lines))
        except OSError as error:
            self._can_save = False
            self._note(f"{self.path}: settings cannot be saved "
                       f"({error.strerror or error}); changes last until Duizhao closes.")
            return
        self._stored = current


def _plain_text(raw: str) -> str:
    """A value written by QSettings as plain text (quotes and backslashes escaped)."""
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1]
    return raw.replace('\\"', '"').replace("\\\\", "\\")


def _plain_list(raw: str) -> list[str]:
    """A list written by QSettings: ``a, "b,c", d``."""
    row = next(csv.reader([raw], skipinitialspace=True), [])
    return [_plain_text(cell) for cell in row if not cell.startswith("@")]
