"""OmegaT's tab-separated glossary (``.txt``, ``.utf8``, ``.tsv``): source, target, comment.

OmegaT knows one source term per line, so an entry whose scripts differ is written twice —
once with its Traditional and once with its Simplified form as the source — and matches in a
project of either script. The comment carries what has no column of its own as
``pinyin: … | simplified: … | category: … | note: …`` (the note last, so it may contain
``|``); reading merges the two lines back into one entry. Tabs and line breaks cannot be
carried in a field and become spaces. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.formats.common import (
    ImportProblem,
    ReadResult,
    decode_utf8,
    dedupe,
    entry_from_form,
    make_entry,
)

NAME = "OmegaT glossary"
EXTENSIONS = (".txt", ".utf8", ".tsv", ".tab")
CAN_READ = True

_FIELD = re.compile(r"(?:^|\s\|\s)(traditional|simplified|pinyin|category|note): ")


def parse(data: bytes) -> ReadResult:
    result = ReadResult()
    text, problem = decode_utf8(data)
    if text is None:
        result.problems.append(problem or ImportProblem(0, "cannot be decoded"))
        return result
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\x00" in line:
            result.problems.append(ImportProblem(number, "contains binary data, not text"))
            continue
        cells = line.split("\t")
        if len(cells) > 3 and any(cell.strip() for cell in cells[3:]):
            result.problems.append(ImportProblem(
                number, f"has {len(cells)} tab-separated fields; an OmegaT glossary has 3 "
                        "(source, target, comment)"))
            continue
        source = cells[0].strip()
        target = cells[1].strip() if len(cells) > 1 else ""
        comment = cells[2].strip() if len(cells) > 2 else ""
        try:
            entry = _entry(source, target, comment)
        except ValueError:
            result.problems.append(ImportProblem(number, "has no source term"))
            continue
        result.entries.append(entry)
        result.lines.append(number)
    return dedupe(result)


def _entry(source: str, target: str, comment: str) -> GlossaryEntry:
    fields = _comment_fields(comment)
    if fields is None:  # an ordinary OmegaT comment
        return entry_from_form(source, english=target, note=comment)
    other = {"pinyin": fields.get("pinyin", ""), "english": target,
             "category": fields.get("category", ""), "note": fields.get("note", "")}
    if "simplified" in fields:
        return make_entry(source, fields["simplified"], **other)
    if "traditional" in fields:
        return make_entry(fields["traditional"], source, **other)
    if not source:
        raise ValueError("no source")
    return make_entry(source, source, **other)


def _comment_fields(comment: str) -> dict[str, str] | None:
    matches = list(_FIELD.finditer(comment))
    if not matches or matches[0].start() != 0:
        return None
    fields: dict[str, str] = {}
    for number, match in enumerate(matches):
        key = match.group(1)
        if key == "note":  # the rest is the note, field-like words included
            fields["note"] = comment[match.end():].strip()
            break
        end = matches[number + 1].start() if number + 1 < len(matches) else len(comment)
        fields[key] = comment[match.end():end].strip()
    return fields


def dump(entries: Iterable[GlossaryEntry], title: str = "") -> bytes:
    lines = ["# OmegaT glossary written by Duizhao: source\ttarget\tcomment"]
    for entry in entries:
        rows = [(entry.traditional, "simplified", entry.simplified)]
        if entry.simplified != entry.traditional:
            rows.append((entry.simplified, "traditional", entry.traditional))
        for source, other_key, other in rows:
            parts = []
            if entry.pinyin:
                parts.append(f"pinyin: {entry.pinyin}")
            if other != source:
                parts.append(f"{other_key}: {other}")
            if entry.category:
                parts.append(f"category: {entry.category}")
            if entry.note:
                parts.append(f"note: {entry.note}")
            if not parts:
                parts.append(f"{other_key}: {other}")  # marks the comment as ours
            lines.append("\t".join(_clean(cell) for cell in (source, entry.english,
                                                               " | ".join(parts))))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _clean(value: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", value).strip()
