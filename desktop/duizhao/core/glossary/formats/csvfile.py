"""CSV glossaries: UTF-8 (BOM tolerated), a header row naming the columns
``traditional,simplified,pinyin,english,category,note``.

Columns may come in any order and only one of the two Chinese columns is required; a file
without a header row is read in the standard column order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.formats.common import (
    FIELDS,
    ImportProblem,
    ReadResult,
    decode_utf8,
    make_entry,
)

NAME = "CSV"
EXTENSIONS = (".csv",)
CAN_READ = True

_HEADER_ALIASES = {
    "trad": "traditional", "traditional chinese": "traditional", "繁體": "traditional",
    "simp": "simplified", "simplified chinese": "simplified", "简体": "simplified",
    "definition": "english", "translation": "english", "meaning": "english",
    "notes": "note", "comment": "note",
}


def parse(data: bytes) -> ReadResult:
    result = ReadResult()
    text, problem = decode_utf8(data)
    if text is None:
        assert problem is not None
        result.problems.append(problem)
        return result
    if "\x00" in text:
        result.problems.append(ImportProblem(text[: text.index("\x00")].count("\n") + 1,
                                             "contains binary data, not CSV text"))
        return result
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    columns: list[str] | None = None
    line = 1  # first physical line of the record being read
    try:
        for row in reader:
            record_line, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if columns is None:
                columns = _columns(row)
                if columns is not None:
                    continue
                columns = list(FIELDS)
            _add_row(result, row, columns, record_line)
    except csv.Error as error:
        result.problems.append(ImportProblem(line, f"is not valid CSV ({error})"))
    return result


def _columns(row: list[str]) -> list[str] | None:
    """The column names if ``row`` is a header row, else None."""
    names = [_HEADER_ALIASES.get(cell.strip().lower(), cell.strip().lower()) for cell in row]
    if "traditional" in names or "simplified" in names:
        return names
    return None


def _add_row(result: ReadResult, row: list[str], columns: list[str], line: int) -> None:
    if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns):]):
        result.problems.append(ImportProblem(
            line, f"has {len(row)} fields but the header names {len(columns)} "
                  "(a comma inside a field needs double quotes)"))
        return
    values = {name: value for name, value in zip(columns, row, strict=False) if name in FIELDS}
    try:
        entry = make_entry(
            values.get("traditional", ""), values.get("simplified", ""),
            pinyin=values.get("pinyin", ""), english=values.get("english", ""),
            category=values.get("category", ""), note=values.get("note", ""),
        )
    except ValueError as error:
        result.problems.append(ImportProblem(line, str(error)))
        return
    result.entries.append(entry)
    result.lines.append(line)


def dump(entries: Iterable[GlossaryEntry], title: str = "") -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FIELDS)
    for entry in entries:
        writer.writerow([entry.traditional, entry.simplified, entry.pinyin, entry.english,
                         entry.category, entry.note])
    return buffer.getvalue().encode("utf-8")
