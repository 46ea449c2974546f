"""What every glossary format shares: the result of reading a file and how entries are tidied.

Readers never raise on a bad line: they collect :class:`ImportProblem` (line number + reason)
so the caller can refuse the whole file (the default) or let the user accept the good lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from duizhao.core.document import GlossaryEntry

if TYPE_CHECKING:
    from duizhao.core.language.convert import ScriptConverter

FIELDS = ("traditional", "simplified", "pinyin", "english", "category", "note")

# Spellings other tools (and other Englishes) use for our categories.
_CATEGORY_ALIASES = {
    "": "term",
    "organization": "organisation",
    "org": "organisation",
    "people": "person",
    "name": "person",
    "location": "place",
    "geo": "place",
}


# What XML 1.0 cannot carry at all (not even as a character reference); U+001F among them is
# also the separator between an Anki note's fields.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: str) -> str:
    """``value`` without the characters an XML file (or an Anki note field) cannot hold."""
    return _NOT_XML.sub("", value)


@dataclass(frozen=True)
class ImportProblem:
    """A glossary file's line that could not be read, and why."""

    line: int  # 1-based line in the file (0 when the problem is the file as a whole)
    message: str

    def describe(self, source: str) -> str:
        return f"{source}, line {self.line}: {self.message}" if self.line else \
            f"{source}: {self.message}"


@dataclass
class ReadResult:
    """What a glossary file held: its entries and the lines that were skipped."""

    entries: list[GlossaryEntry] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # line of each entry, for messages


def normalise_category(value: str) -> str:
    key = value.strip().lower()
    # Unknown categories are kept: they are the user's own ("custom" in the colour scheme).
    return _CATEGORY_ALIASES.get(key, key) or "term"


@lru_cache(maxsize=1)
def _converter() -> ScriptConverter:
    """The pipeline's converter (OpenCC corrected with CC-CEDICT), so an imported term is
    written as the document's conversion writes it (意味著 → 意味着)."""
    # imported on first use: most files carry both scripts
    from duizhao.core.language.convert import ScriptConverter

    return ScriptConverter("t2s")


def make_entry(traditional: str, simplified: str, *, pinyin: str = "", english: str = "",
               category: str = "", note: str = "") -> GlossaryEntry:
    """Build an entry, filling a missing script with the pipeline's conversion.

    Raises ``ValueError`` when neither Chinese form is given.
    """
    traditional, simplified = traditional.strip(), simplified.strip()
    if not traditional and not simplified:
        raise ValueError("neither a Traditional nor a Simplified form is given")
    if not simplified:
        simplified = _converter().to_simplified(traditional)
    if not traditional:
        traditional = _converter().to_traditional(simplified)
    return GlossaryEntry(
        traditional=traditional,
        simplified=simplified,
        english=english.strip(),
        category=normalise_category(category),
        pinyin=pinyin.strip(),
        note=note.strip(),
    )


def entry_from_form(form: str, **fields: str) -> GlossaryEntry:
    """An entry from one Chinese form of unknown script (a CAT tool's source term)."""
    form = form.strip()
    if not form:
        raise ValueError("has no Chinese term")
    simplified = _converter().to_simplified(form)
    if simplified != form:
        return make_entry(form, simplified, **fields)
    return make_entry("", form, **fields)


def dedupe(result: ReadResult) -> ReadResult:
    """Drop exact repeats (a format may list an entry once per script); the first one stays."""
    seen: set[GlossaryEntry] = set()
    entries: list[GlossaryEntry] = []
    lines: list[int] = []
    for entry, line in zip(result.entries, result.lines, strict=True):
        if entry not in seen:
            seen.add(entry)
            entries.append(entry)
            lines.append(line)
    return ReadResult(entries, result.problems, lines)


def decode_utf8(data: bytes) -> tuple[str | None, ImportProblem | None]:
    """UTF-8 with or without BOM; a decoding error is reported with its line."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, ImportProblem(line, "is not UTF-8 text (the file may be damaged or binary)")
