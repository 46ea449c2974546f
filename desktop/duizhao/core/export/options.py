"""What an export contains and how it is laid out; shared by every format, the CLI and the
window's export dialog."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from duizhao.core.errors import ExportError
from duizhao.core.language.pinyin_style import PinyinStyle


class Layout(str, Enum):
    SIDE_BY_SIDE = "side-by-side"  # a row per sentence, one column per view
    INTERLINEAR = "interlinear"  # pinyin over every character, English under each sentence


class ScriptChoice(str, Enum):
    """Which form of the Chinese is the main text (interlinear line, Markdown, TMX source)."""

    ORIGINAL = "original"
    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"


# Column keys in display order; "original" is the text exactly as loaded.
COLUMNS: tuple[str, ...] = ("original", "traditional", "simplified", "pinyin", "english")
COLUMN_TITLES: dict[str, str] = {
    "original": "Original",
    "traditional": "Traditional",
    "simplified": "Simplified",
    "pinyin": "Pinyin",
    "english": "English",
}
DEFAULT_COLUMNS: tuple[str, ...] = ("original", "simplified", "pinyin", "english")
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")


@dataclass(frozen=True)
class ExportOptions:
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    layout: Layout = Layout.SIDE_BY_SIDE
    pinyin_style: PinyinStyle = PinyinStyle.MARKS
    script: ScriptChoice = ScriptChoice.ORIGINAL
    page_size: str = "A4"
    glossary_appendix: bool = True
    tone_sandhi: bool = False  # 一 and 不 as spoken (búshì, yígè)
    title: str | None = None  # default: the document's file name
    mark_edited: bool = False  # HTML, DOCX, PDF: say which English a person wrote
    machine_in_tmx: bool = False  # TMX: the model's English too, not only a person's

    def __post_init__(self) -> None:
        # Accept plain strings (CLI, saved settings) and normalise them to the enums.
        try:
            object.__setattr__(self, "layout", Layout(self.layout))
            object.__setattr__(self, "pinyin_style", PinyinStyle(self.pinyin_style))
            object.__setattr__(self, "script", ScriptChoice(self.script))
        except ValueError as error:
            raise ExportError(f"Unknown export option: {error}.") from None
        columns = tuple(dict.fromkeys(self.columns))
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown:
            raise ExportError(
                f"Unknown column {unknown[0]!r}; choose from {', '.join(COLUMNS)}.")
        if not columns:
            raise ExportError("Choose at least one column to export.")
        # Always in display order, whatever order they were given in.
        object.__setattr__(self, "columns", tuple(c for c in COLUMNS if c in columns))
        if self.page_size not in PAGE_SIZES:
            raise ExportError(
                f"Unknown page size {self.page_size!r}; choose {' or '.join(PAGE_SIZES)}.")

    def with_changes(self, **changes: Any) -> ExportOptions:
        return replace(self, **changes)

    def has(self, column: str) -> bool:
        return column in self.columns

    def chinese_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c in ("original", "traditional", "simplified"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": list(self.columns),
            "layout": self.layout.value,
            "pinyin_style": self.pinyin_style.value,
            "script": self.script.value,
            "page_size": self.page_size,
            "glossary_appendix": self.glossary_appendix,
            "tone_sandhi": self.tone_sandhi,
            "mark_edited": self.mark_edited,
            "machine_in_tmx": self.machine_in_tmx,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExportOptions:
        """Restore saved settings; unknown or broken values fall back to the defaults."""
        defaults = cls()
        try:
            return cls(
                columns=tuple(data.get("columns") or defaults.columns),
                layout=data.get("layout", defaults.layout),
                pinyin_style=data.get("pinyin_style", defaults.pinyin_style),
                script=data.get("script", defaults.script),
                page_size=data.get("page_size", defaults.page_size),
                glossary_appendix=bool(data.get("glossary_appendix", True)),
                tone_sandhi=data.get("tone_sandhi") is True,
                mark_edited=bool(data.get("mark_edited", False)),
                machine_in_tmx=bool(data.get("machine_in_tmx", False)),
            )
        except (ExportError, TypeError):
            return defaults
