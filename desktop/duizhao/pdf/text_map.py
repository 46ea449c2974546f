"""Searchable text: Qt writes ToUnicode maps that send some glyphs to the wrong characters
(radicals, tabs, compatibility forms); rewrite them so copied and searched text is the real text."""

from __future__ import annotations

import io
import re
import unicodedata

from PySide6.QtGui import QFont, QRawFont

from duizhao.core.text.han import UNIFIED_IDEOGRAPHS
from duizhao.pdf.fonts import cjk_families

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


_radicals: dict[int, str] | None = None


def _radical_map() -> dict[int, str]:
    """CJK radical code points → the ideograph drawn with the same glyph in our fonts
    (⻓ U+2ED3 → 长); Unicode gives no decomposition for most of these."""
    global _radicals
    if _radicals is None:
        _radicals = {}
        radicals = "".join(chr(c) for c in range(0x2E80, 0x2EF4))
        ideographs = "".join(map(chr, UNIFIED_IDEOGRAPHS))
        for family in dict.fromkeys(cjk_families().values()):
            raw = QRawFont.fromFont(QFont(family))
            first: dict[int, str] = {}
            for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs),
                                   strict=False):
                first.setdefault(glyph, char)
            for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals),
                                   strict=False):
                if glyph and glyph in first:
                    _radicals.setdefault(ord(char), first[glyph])
    return _radicals


def _better_text(code: int, radicals: dict[int, str]) -> str:
    """Qt maps a glyph back to the lowest code point that uses it: a space becomes a tab and
    金 the Kangxi radical ⾦ (U+2FA6); a ligature stays ﬁ. No reader searches for those."""
    if code == 0x09:
        return " "
    if code in radicals:
        return radicals[code]
    char = chr(code)
    if 0x2F00 <= code <= 0x2FDF or 0xFB00 <= code <= 0xFB06:
        return unicodedata.normalize("NFKC", char)
    return char


def _fix_cmap(data: bytes, radicals: dict[int, str]) -> bytes:
    out: list[bytes] = []
    section = b""
    for line in data.split(b"\n"):
        stripped = line.strip()
        if stripped.endswith((b"beginbfrange", b"beginbfchar")):
            section = stripped.split()[-1]
        elif stripped in (b"endbfrange", b"endbfchar"):
            section = b""
        elif section:
            sources = 2 if section == b"beginbfrange" else 1
            tokens = list(_HEX.finditer(line))
            pieces, position = [], 0
            for index, token in enumerate(tokens):
                pieces.append(line[position:token.start()])
                value = token.group(1)
                if index >= sources and len(value) == 4:
                    value = _better_text(int(value, 16), radicals).encode("utf-16-be") \
                        .hex().upper().encode("ascii")
                pieces.append(b"<" + value + b">")
                position = token.end()
            pieces.append(line[position:])
            line = b"".join(pieces)
        out.append(line)
    return b"\n".join(out)


def fix_text_mapping(pdf: bytes) -> bytes:
    """Rewrite the fonts' ToUnicode maps so copied and searched text is the real text."""
    from pypdf import PdfReader, PdfWriter

    radicals = _radical_map()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for reference in fonts.values():
            font = reference.get_object()
            cmap_ref = font.get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in seen:
                continue
            stream = cmap_ref.get_object()
            seen.add(id(stream))
            stream.set_data(_fix_cmap(stream.get_data(), radicals))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
