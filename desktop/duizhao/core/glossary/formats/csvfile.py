"""CSV glossaries: UTF-8 (BOM tolerated), a header row naming the columns
``traditional,simplified,pinyin,english,category,note``.

Columns may come in any order and only one of the two Chinese columns is required; a file
without a header row is read in the standard column order.

A cell that a spreadsheet would run as a formula (one starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) is written with a leading apostrophe, as OWASP's CSV-injection
guidance advises, and the apostrophe is removed again on reading. A value that itself starts
with apostrophes before such a character gets one more, so every entry reads back exactly.
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

# The csv module stops at a field over its (process-wide) limit of 131,072 characters and
# cannot resume in the middle of a quoted field; so it may read fields of any length, and a
# field longer than MAX_FIELD is refused here, for its own line only.
MAX_FIELD = 131_072
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))

# OWASP's list: what makes Excel, LibreOffice or Google Sheets start a formula.
_FORMULA_STARTS = frozenset("=+-@\t\r")

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
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            # Report the record and go on with the next line: never stop reading silently.
            result.problems.append(ImportProblem(line, f"is not valid CSV ({error})"))
            if reader.line_num < line:
                break  # nothing left to read
            line = reader.line_num + 1
            continue
        record_line, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        longest = max(len(cell) for cell in row)
        if longest > MAX_FIELD:
            result.problems.append(ImportProblem(
                record_line, f"has a field of {longest:,} characters (at most {MAX_FIELD:,})"))
            continue
        if columns is None:
            columns = _columns(row)
            if columns is not None:
                continue
            columns = list(FIELDS)
        _add_row(result, [_unprotect(cell) for cell in row], columns, record_line)
    return result


def _protect(value: str) -> str:
    """The cell to write so that no spreadsheet takes ``value`` for a formula."""
    if value[:1] in _FORMULA_STARTS or _is_protected(value):
        return "'" + value
    return value


def _unprotect(cell: str) -> str:
    cell = cell.strip()
    return cell[1:] if _is_protected(cell) else cell


def _is_protected(cell: str) -> bool:
    return cell.startswith("'") and cell.lstrip("'")[:1] in _FORMULA_STARTS


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
        writer.writerow([_protect(value) for value in (
            entry.traditional, entry.simplified, entry.pinyin, entry.english, entry.category,
            entry.note)])
    return buffer.getvalue().encode("utf-8")
