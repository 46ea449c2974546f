"""Which encoding a text file is in, and its text.

UTF-8 and byte-order marks are certain; anything else is a guess. A statistical detector
needs more than a few dozen bytes: on a short Big5 or GBK line it picks UTF-16, Shift-JIS or
a Korean code page as readily as the right one. Short inputs are therefore first tried as the
Chinese encodings, and one is taken when it decodes to common Han characters.
"""

from __future__ import annotations

import codecs

from duizhao.core.errors import DocumentError
from duizhao.core.text.han import is_han

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Supersets decode everything their subsets do, and more of what real files contain.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}
SHORT_INPUT = 4096  # bytes; below this the detector's statistics are unreliable
_CHINESE = ("gb18030", "big5hkscs")
_COMMON_SHARE = 0.9  # of the non-ASCII characters, for a Chinese reading to be believed


def detect(data: bytes, name: str) -> tuple[str, str | None]:
    """The encoding of ``data`` and, when it was guessed from little evidence, a note saying
    so (for the user, who may know better)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, None
    try:
        data.decode("utf-8")
        return "utf-8", None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DocumentError(f"{name}: looks like a binary file, not text")
        return utf16, None
    if len(data) < SHORT_INPUT:
        chinese = _short_chinese(data)
        if chinese is not None:
            return chinese, f"{name}: read as {chinese} (guessed from a short text)"
    from charset_normalizer import from_bytes  # UTF-8 files (most) never need it

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise DocumentError(f"{name}: looks like a binary file or an unknown encoding")
    encoding = best.encoding.lower()
    encoding = _SUPERSETS.get(encoding, encoding)
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"{name}: undecodable bytes at offset {error.start} (best guess {encoding})"
        ) from error
    shown = encoding.replace("_", "-")
    note = f"{name}: read as {shown} (guessed from a short text)" if len(data) < SHORT_INPUT \
        else None
    return encoding, note


def _short_chinese(data: bytes) -> str | None:
    """The Chinese encoding under which ``data`` reads as the most common Han characters, if
    nearly all of it does. Big5 bytes read as GB18030 (and the reverse) give rare characters
    and stray ASCII, so the right reading stands out even in a few characters."""
    best: tuple[tuple[float, int], str] | None = None
    for encoding in _CHINESE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) > 0x7F]
        if not wide:
            continue
        share = sum(1 for ch in wide if _is_common_chinese(ch)) / len(wide)
        # On a tie, the reading with more wide characters: a wrong one turns trail bytes
        # into stray ASCII.
        score = (share, len(wide))
        if share >= _COMMON_SHARE and (best is None or score > best[0]):
            best = (score, encoding)
    return None if best is None else best[1]


def _is_common_chinese(ch: str) -> bool:
    """A Han character of GB2312 (the 6,763 of everyday Simplified text) or of Big5's frequently
    used block (5,401 everyday Traditional ones), or CJK punctuation; not kana, Cyrillic or
    the other symbols both sets also carry, which is what a wrong reading is made of."""
    try:
        gb = ch.encode("gb2312")
        if len(gb) == 2 and (gb[0] in (0xA1, 0xA3) or 0xB0 <= gb[0] <= 0xF7):
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    code = int.from_bytes(big5, "big")
    return len(big5) == 2 and (0xA140 <= code <= 0xA1FE or 0xA440 <= code <= 0xC67E)


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16 decodes to common characters (CJK, ASCII, punctuation); binary data
    decodes to code points spread over the whole plane."""
    sample = data[: 8192 & ~1]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        common = sum(1 for ch in text if _is_common(ch))
        if common >= 0.95 * len(text):
            return encoding
    return None


def _is_common(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code < 0x7F or ch in "\t\n\r" or is_han(ch)
        or 0x3000 <= code <= 0x30FF or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F
    )
