"""Word documents (.docx): paragraphs in order, headings as chapters, tables row by row,
footnotes at the end. Read with python-docx after the archive passes the zip checks."""

from __future__ import annotations

import io
from typing import Any

from duizhao.core.errors import DocumentError
from duizhao.core.text.formats._containers import broken, checked_zip
from duizhao.core.text.formats.builder import Extract, TextBuilder

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOT_NOTES = ("separator", "continuationSeparator", "continuationNotice")


def extract(data: bytes, name: str) -> Extract:
    with checked_zip(data, name) as archive:
        names = set(archive.namelist())
    if "EncryptedPackage" in names or "[Content_Types].xml" not in names:
        raise DocumentError(f"{name}: is not a Word document (or is password-protected)")
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        builder = TextBuilder()
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                _table(builder, block)
            elif _is_heading(block):
                builder.heading(block.text)
            else:
                builder.paragraph(block.text)
        for note in _footnotes(document):
            builder.paragraph(note)
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - see broken()
        raise broken(name, "Word (.docx)", error) from error
    return builder.build()


def _is_heading(paragraph: Any) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    return bool(style) and (style == "Title" or style.startswith("Heading"))


def _table(builder: TextBuilder, table: Any) -> None:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell comes back once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text for p in cell.paragraphs))
        builder.paragraph(" ".join(text for text in cells if text.strip()))


def _footnotes(document: Any) -> list[str]:
    """Each footnote as one paragraph, numbered as Word shows them."""
    from docx.oxml import parse_xml

    part = next((p for p in document.part.package.iter_parts()
                 if str(p.partname) == "/word/footnotes.xml"), None)
    if part is None:
        return []
    root = parse_xml(part.blob)
    notes: list[str] = []
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in _NOT_NOTES:
            continue
        text = " ".join("".join(t.text or "" for t in p.iter(f"{_W}t"))
                        for p in note.iter(f"{_W}p")).strip()
        if text:
            notes.append(f"[{len(notes) + 1}] {text}")
    return notes
