"""EPUB 2 and 3: the spine's pages in reading order, chapters from the table of contents.

Read with ebooklib after the archive passes the zip checks. Only text is taken: no script in
a page runs and nothing it links to is fetched. DRM-protected books are refused.
"""

from __future__ import annotations

import io
import posixpath
import warnings
from typing import Any
from urllib.parse import unquote

from duizhao.core.errors import DocumentError
from duizhao.core.text.encoding import detect
from duizhao.core.text.formats import html
from duizhao.core.text.formats._containers import broken, checked_zip
from duizhao.core.text.formats.builder import Extract, TextBuilder

_DRM_FILES = ("META-INF/rights.xml",)
_PAGE_SUFFIXES = (".xhtml", ".html", ".htm", ".xml")


def extract(data: bytes, name: str) -> Extract:
    with checked_zip(data, name) as archive:
        _refuse_drm(archive.namelist(), archive.read, name)
    from ebooklib import ITEM_DOCUMENT, epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib's notices about its own future defaults
            book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
        builder = TextBuilder()
        anchors: dict[str, dict[str, int]] = {}  # page → element id → offset
        starts: dict[str, int] = {}
        for item in _spine_items(book):
            if item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
                continue  # the EPUB 3 navigation page is the table of contents, not text
            page = _normal(item.get_name())
            starts.setdefault(page, builder.position())
            toc_given = bool(book.toc)
            anchors[page] = html.extract_into(builder, _decode(item.get_content(), name),
                                              headings=not toc_given)
        for title, href in _toc_entries(book.toc):
            page, _, fragment = href.partition("#")
            page = _normal(page)
            if page in starts:
                start = anchors.get(page, {}).get(fragment, starts[page]) if fragment \
                    else starts[page]
                builder.chapter(title, start)
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - see broken()
        raise broken(name, "EPUB", error) from error
    return builder.build()


def _refuse_drm(names: list[str], read: Any, name: str) -> None:
    if any(drm in names for drm in _DRM_FILES):
        raise DocumentError(f"{name}: is protected by DRM; Duizhao can only open unprotected "
                            "books")
    if "META-INF/encryption.xml" in names:
        # fonts may be obfuscated (allowed by the standard); encrypted pages mean DRM
        listing = read("META-INF/encryption.xml").decode("utf-8", "replace").lower()
        if any(suffix in listing for suffix in _PAGE_SUFFIXES):
            raise DocumentError(f"{name}: is protected by DRM (its pages are encrypted); "
                                "Duizhao can only open unprotected books")


def _spine_items(book: Any) -> list[Any]:
    """Linear pages in spine order, then the non-linear ones (notes, a cover page)."""
    linear: list[Any] = []
    aside: list[Any] = []
    for idref, flag in book.spine:
        item = book.get_item_with_id(idref)
        if item is not None:
            (aside if str(flag).lower() == "no" else linear).append(item)
    return linear + aside


def _toc_entries(toc: Any) -> list[tuple[str, str]]:
    """(title, href) of every entry, depth first (the order a reader sees them)."""
    entries: list[tuple[str, str]] = []
    for node in toc if isinstance(toc, (list, tuple)) else [toc]:
        if isinstance(node, tuple) and len(node) == 2:
            section, children = node
            if getattr(section, "href", ""):
                entries.append((str(section.title or ""), str(section.href)))
            entries.extend(_toc_entries(children))
        elif hasattr(node, "href"):
            entries.append((str(node.title or ""), str(node.href or "")))
    return entries


def _normal(href: str) -> str:
    return posixpath.normpath(unquote(href)).lstrip("./")


def _decode(content: bytes, name: str) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        encoding, _ = detect(content, name)
        return content.decode(encoding, "replace")
