"""Annotated documents cached on disk, so reopening a document is instant.

The key covers everything the annotation depends on: the text, the glossary entries, the
options and the Duizhao version (a new version may annotate differently). The cache is
re-creatable: a missing, stale or unreadable file only means annotating again.

The file is compact JSON, not the exported ``duizhao.annotated/1`` form: sentences, tokens and
term hits are arrays, each distinct definition list and glossary entry is stored once and
referred to by number: the sample's file is 200 KB instead of 510 KB and loads in about 5 ms
instead of 11 (that load is most of a later start's background work).

The bundled sample's annotation ships with Duizhao (``seeds/annotated/<key>.json``, made by
``python tools/ship_sample_annotation.py``), so even the first run shows it at once; it is used only
when the key matches, and a test fails when it no longer does.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from duizhao import __version__
from duizhao.core.document import (
    Document,
    GlossaryEntry,
    Paragraph,
    Sentence,
    Source,
    TermHit,
    Token,
)
from duizhao.core.storage.atomic import atomic_write_text
from duizhao.core.storage.paths import cache_dir

FORMAT = "duizhao.cache/3"
MAX_FILES = 40
# Bigger documents are not cached: one json.loads of their annotation would hold the GIL (and
# so freeze the window) longer than annotating them progressively takes to show a screen.
MAX_CHARS = 100_000


def _folder() -> Path:
    return cache_dir() / "annotated"


def key(text: str, glossary: list[GlossaryEntry], variant: str | None,
        pinyin_style: str, hsk_standard: str = "2025") -> str:
    """``hsk_standard``: the value of the annotation's ``HskStandard`` (its word lists)."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{variant}\0{pinyin_style}\0{hsk_standard}\0".encode())
    for entry in glossary:
        digest.update(json.dumps(entry.to_dict(), sort_keys=True).encode())
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


def shipped_folder() -> Path:
    """Annotations shipped with Duizhao (the bundled sample's): read-only."""
    return Path(str(resources.files("duizhao.seeds").joinpath("annotated")))


def load(cache_key: str) -> Document | None:
    for folder in (_folder(), shipped_folder()):
        path = folder / f"{cache_key}.json"
        try:
            return decode(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, LookupError, TypeError, AttributeError):
            continue  # missing, damaged or from another version: annotate again
    return None


def cacheable(text: str) -> bool:
    return len(text) <= MAX_CHARS


def store(cache_key: str, document: Document, folder: Path | None = None) -> None:
    if not cacheable(document.text):
        return
    folder = folder or _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        head = encode(document)
        paragraphs = head.pop("paragraphs")
        # One dumps per paragraph: a single dumps of everything would hold the GIL throughout.
        body = ",".join(_dumps(p) for p in paragraphs)  # type: ignore[attr-defined]
        atomic_write_text(folder / f"{cache_key}.json",
                          f'{_dumps(head)[:-1]},"paragraphs":[{body}]}}')
        files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[MAX_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written just means annotating next time too


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode(document: Document) -> dict[str, object]:
    """The compact form. English is left out: it belongs to the translation cache, which
    knows which model made it."""
    definitions: dict[tuple[str, ...], int] = {}
    entries: dict[GlossaryEntry, int] = {}

    def token(t: Token) -> list[object]:
        number = definitions.setdefault(tuple(t.definitions), len(definitions))
        return [t.start, t.end, t.text, None if t.simplified == t.text else t.simplified,
                t.pinyin, number, t.hsk, t.zipf]

    def sentence(s: Sentence) -> list[object]:
        return [s.id, s.start, s.end, s.original, s.simplified, s.traditional, s.pinyin,
                [token(t) for t in s.tokens],
                [[h.start, h.end, h.text, entries.setdefault(h.entry, len(entries))]
                 for h in s.terms],
                s.term_warnings]

    paragraphs = [[p.start, p.end, [sentence(s) for s in p.sentences]]
                  for p in document.paragraphs]
    return {"format": FORMAT, "source": document.source.to_dict(), "text": document.text,
            "definitions": list(definitions), "entries": [e.to_dict() for e in entries],
            "paragraphs": paragraphs}


def decode(data: dict[str, Any]) -> Document:
    if data.get("format") != FORMAT:
        raise ValueError("an older cache file")
    definitions = data["definitions"]
    entries = [GlossaryEntry.from_dict(e) for e in data["entries"]]
    paragraphs = []
    for start, end, sentences in data["paragraphs"]:
        rows = []
        for (sid, s_start, s_end, original, simplified, traditional, pinyin, tokens, terms,
             warnings) in sentences:
            rows.append(Sentence(
                sid, s_start, s_end, original, simplified, traditional, pinyin,
                [Token(t_start, t_end, text, simple if simple is not None else text, reading,
                       list(definitions[number]), level, zipf)
                 for t_start, t_end, text, simple, reading, number, level, zipf in tokens],
                [TermHit(h_start, h_end, text, entries[number])
                 for h_start, h_end, text, number in terms],
                term_warnings=list(warnings)))
        paragraphs.append(Paragraph(start, end, rows))
    return Document(Source.from_dict(data["source"]), data["text"], paragraphs)
