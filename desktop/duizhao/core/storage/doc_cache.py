"""Annotated documents cached on disk, so reopening a document is instant.

The key covers everything the annotation depends on: the text, the glossary entries, the
options and the Duizhao version (a new version may annotate differently). The cache is
re-creatable: a missing, stale or unreadable file only means annotating again.

The file is compact JSON, not the exported ``duizhao.annotated/2`` form: sentences, tokens and
term hits are arrays, each distinct definition list and glossary entry is stored once and
referred to by number: the sample's file is 200 KB instead of 510 KB and loads in about 5 ms
instead of 11 (that load is most of a later start's background work).

The bundled sample's annotation ships with Duizhao (``seeds/annotated/<key>.json``, made by
``python tools/ship_sample_annotation.py``), so even the first run shows it at once; it is used only
when the key matches, and a test fails when it no longer does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from importlib import resources
from pathlib import Path

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
        hsk_standard: str = "2025", taiwan_readings: bool = False) -> str:
    """``hsk_standard``: the value of the annotation's ``HskStandard`` (its word lists)."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{FORMAT}\0{variant}\0{hsk_standard}\0".encode())
    if taiwan_readings:  # only then: the mainland readings' keys (the shipped sample's) stay
        digest.update(b"taiwan\0")
    for entry in glossary:
        digest.update(json.dumps(entry.to_dict(), sort_keys=True).encode())
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


def shipped_folder() -> Path:
    """Annotations shipped with Duizhao (the bundled sample's): read-only."""
    return Path(str(resources.files("duizhao.seeds").joinpath("annotated")))


def load(cache_key: str, text: str | None = None) -> Document | None:
    """The cached annotation of ``text``, or None. A file that fails validation (damaged,
    crafted, or for another text) is deleted from the cache and the text annotated again."""
    for folder in (_folder(), shipped_folder()):
        path = folder / f"{cache_key}.json"
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            continue  # missing or unreadable: annotate again
        try:
            return decode(json.loads(raw), text)
        except (ValueError, RecursionError):
            if folder == _folder():
                with contextlib.suppress(OSError):
                    path.unlink()
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
        return [s.id, s.start, s.end, s.original, s.simplified, s.traditional,
                [token(t) for t in s.tokens],
                [[h.start, h.end, h.text, entries.setdefault(h.entry, len(entries))]
                 for h in s.terms],
                s.term_warnings]

    paragraphs = [[p.start, p.end, [sentence(s) for s in p.sentences]]
                  for p in document.paragraphs]
    return {"format": FORMAT, "source": document.source.to_dict(), "text": document.text,
            "definitions": list(definitions), "entries": [e.to_dict() for e in entries],
            "paragraphs": paragraphs}


class InvalidCache(ValueError):
    """The file is not an annotation this version wrote for this text."""


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise InvalidCache(what)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _span(start: object, end: object, low: int, high: int) -> bool:
    return type(start) is int and type(end) is int and low <= start <= end <= high


def decode(data: object, text: str | None = None) -> Document:
    """The document a cache file holds, every field checked: a wrong type or an offset
    outside its sentence would crash the panes later, far from here."""
    _check(isinstance(data, dict) and data.get("format") == FORMAT, "not this cache format")
    assert isinstance(data, dict)
    full = data.get("text")
    _check(isinstance(full, str) and (text is None or full == text), "another text")
    assert isinstance(full, str)
    definitions = data.get("definitions")
    _check(isinstance(definitions, list) and all(_strings(d) for d in definitions),
           "definitions")
    assert isinstance(definitions, list)
    raw_entries = data.get("entries")
    _check(isinstance(raw_entries, list) and all(
        isinstance(e, dict) and all(isinstance(v, str) for v in e.values())
        for e in raw_entries), "glossary entries")
    assert isinstance(raw_entries, list)
    entries = [GlossaryEntry.from_dict(e) for e in raw_entries]
    source = data.get("source")
    _check(isinstance(source, dict) and all(
        v is None or isinstance(v, str) for v in source.values()), "source")
    assert isinstance(source, dict)
    paragraphs_data = data.get("paragraphs")
    _check(isinstance(paragraphs_data, list), "paragraphs")
    assert isinstance(paragraphs_data, list)
    paragraphs: list[Paragraph] = []
    previous_end, next_id = 0, 0
    for paragraph in paragraphs_data:
        _check(isinstance(paragraph, list) and len(paragraph) == 3, "paragraph")
        start, end, sentences = paragraph
        _check(_span(start, end, previous_end, len(full)) and isinstance(sentences, list),
               "paragraph span")
        previous_end = end
        rows = []
        for row in sentences:
            sentence = _sentence(row, full, start, end, definitions, entries)
            _check(sentence.id == next_id, "sentence numbering")
            next_id += 1
            start = sentence.end
            rows.append(sentence)
        paragraphs.append(Paragraph(paragraph[0], end, rows))
    return Document(Source.from_dict(source), full, paragraphs)


def _sentence(row: object, full: str, low: int, high: int, definitions: list[list[str]],
              entries: list[GlossaryEntry]) -> Sentence:
    _check(isinstance(row, list) and len(row) == 9, "sentence")
    assert isinstance(row, list)
    (sid, start, end, original, simplified, traditional, tokens, terms, warnings) = row
    _check(type(sid) is int and _span(start, end, low, high) and original == full[start:end]
           and isinstance(simplified, str) and isinstance(traditional, str)
           and isinstance(tokens, list)
           and isinstance(terms, list) and _strings(warnings), "sentence fields")
    parsed_tokens = []
    for token in tokens:
        _check(isinstance(token, list) and len(token) == 8, "token")
        t_start, t_end, t_text, simple, reading, number, level, zipf = token
        _check(_span(t_start, t_end, start, end) and t_text == full[t_start:t_end]
               and (simple is None or isinstance(simple, str)) and isinstance(reading, str)
               and type(number) is int and 0 <= number < len(definitions)
               and (level is None or type(level) is int)
               and (zipf is None or type(zipf) in (int, float)), "token fields")
        parsed_tokens.append(Token(t_start, t_end, t_text,
                                   simple if simple is not None else t_text, reading,
                                   list(definitions[number]), level, zipf))
    parsed_terms = []
    for term in terms:
        _check(isinstance(term, list) and len(term) == 4, "term")
        h_start, h_end, h_text, number = term
        _check(_span(h_start, h_end, start, end) and h_text == full[h_start:h_end]
               and type(number) is int and 0 <= number < len(entries), "term fields")
        parsed_terms.append(TermHit(h_start, h_end, h_text, entries[number]))
    return Sentence(sid, start, end, original, simplified, traditional,
                    parsed_tokens, parsed_terms, term_warnings=list(warnings))
