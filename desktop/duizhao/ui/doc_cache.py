"""Annotated documents cached on disk, so reopening a document is instant.

The key covers everything the annotation depends on: the text, the glossary entries, the
options and the Duizhao version (a new version may annotate differently). The cache is
re-creatable: a missing, stale or unreadable file only means annotating again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from duizhao import __version__
from duizhao.core.atomic import atomic_write_text
from duizhao.core.document import Document, GlossaryEntry
from duizhao.core.paths import cache_dir

MAX_FILES = 40
# Bigger documents are not cached: one json.loads of their annotation would hold the GIL (and
# so freeze the window) longer than annotating them progressively takes to show a screen.
MAX_CHARS = 100_000


def _folder() -> Path:
    return cache_dir() / "annotated"


def key(text: str, glossary: list[GlossaryEntry], variant: str | None,
        pinyin_style: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{variant}\0{pinyin_style}\0".encode())
    for entry in glossary:
        digest.update(json.dumps(entry.to_dict(), sort_keys=True).encode())
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


def load(cache_key: str) -> Document | None:
    path = _folder() / f"{cache_key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Document.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cacheable(text: str) -> bool:
    return len(text) <= MAX_CHARS


def store(cache_key: str, document: Document) -> None:
    if not cacheable(document.text):
        return
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        head = document.to_dict()
        paragraphs = head.pop("paragraphs")
        for paragraph in paragraphs:
            for sentence in paragraph["sentences"]:
                # English belongs to the translation cache, which knows which model made it.
                sentence["translation"] = None
                sentence["translation_source"] = None
        # One dumps per paragraph: a single dumps of everything would hold the GIL throughout.
        body = ",".join(json.dumps(p, ensure_ascii=False, separators=(",", ":"))
                        for p in paragraphs)
        text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
        atomic_write_text(folder / f"{cache_key}.json", f'{text[:-1]},"paragraphs":[{body}]}}')
        files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[MAX_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written just means annotating next time too
