"""Read a document into one string: detect the encoding, keep the text exactly.

The only change made to the text is normalising line endings to ``\\n``; every offset the
pipeline produces points into the string returned here. ``.md`` and ``.html`` files give their
text content only.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from duizhao.core.errors import DocumentError

MAX_BYTES = 200 * 1024 * 1024  # beyond this a "document" is almost certainly not one to read

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Supersets decode everything their subsets do, and more of what real files contain.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}


@dataclass(frozen=True)
class LoadedText:
    text: str
    encoding: str


def load_text_file(path: str | Path) -> LoadedText:
    """Read ``path`` as a document, or raise :class:`DocumentError` saying why it can't be."""
    file = Path(path)
    if not file.exists():
        raise DocumentError(f"{file}: no such file")
    if file.is_dir():
        raise DocumentError(f"{file}: is a folder, not a document")
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"{file}: {size / 2**20:.0f} MB is too large to open "
                f"(the limit is {MAX_BYTES // 2**20} MB)"
            )
        data = file.read_bytes()
    except OSError as error:
        raise DocumentError(f"{file}: cannot be read ({error.strerror or error})") from error
    loaded = decode_bytes(data, name=str(file))
    suffix = file.suffix.lower()
    if suffix in (".html", ".htm"):
        loaded = LoadedText(html_to_text(loaded.text), loaded.encoding)
    elif suffix in (".md", ".markdown"):
        loaded = LoadedText(markdown_to_text(loaded.text), loaded.encoding)
    if not loaded.text.strip():
        raise DocumentError(f"{file}: has no text to read")
    return loaded


def load_string(text: str) -> LoadedText:
    """Pasted text goes through the same normalisation as a file."""
    return LoadedText(normalise_newlines(text), "utf-8")


def decode_bytes(data: bytes, *, name: str = "document") -> LoadedText:
    if not data.strip():
        raise DocumentError(f"{name}: is empty")
    encoding = _detect_encoding(data, name)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DocumentError(f"{name}: cannot be decoded as {encoding}") from error
    text = text.lstrip("\ufeff")
    if _looks_binary(text):
        raise DocumentError(f"{name}: looks like a binary file, not text")
    return LoadedText(normalise_newlines(text), encoding.replace("_", "-"))


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect_encoding(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DocumentError(f"{name}: looks like a binary file, not text")
        return utf16
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
    return encoding


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
        0x20 <= code < 0x7F or ch in "\t\n\r" or 0x4E00 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x30FF or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F
    )


def _looks_binary(text: str) -> bool:
    sample = text[:10000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
    "section", "article", "header", "footer", "pre", "table", "ul", "ol",
)


def html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "noscript", "template"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


_MD_RULES = (
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M), ""),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),  # rules
    (re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis, code
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML
)


def markdown_to_text(markdown: str) -> str:
    text = normalise_newlines(markdown)
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text
