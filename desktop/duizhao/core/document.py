"""The annotated document: the contract between the pipeline, the window and the exporters.

Every offset is a code-point offset into ``Document.text``, the original text exactly as
loaded (line endings normalised to ``\\n``). ``Document.to_dict`` produces the
``duizhao.annotated/2`` JSON described in ``docs/formats.md`` (less the sentences' pinyin lines,
which ``duizhao.core.export.annotated_json`` adds). A token's ``pinyin`` is its canonical
reading (see :mod:`duizhao.core.language.pinyin_style`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

SCHEMA = "duizhao.annotated/2"


class Script(str, Enum):
    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    MIXED = "mixed"
    NONE = "none"  # no Han characters at all


# translation_source values besides "argos:<package> <version>" (a model's)
GLOSS_SOURCE = "gloss"  # the word-by-word fallback, not a translation
USER_SOURCE = "user"  # written or corrected by a person
TM_SOURCE = "tm"  # an exact match from the translation memory
MAX_ALTERNATIVES = 3  # a model's other hypotheses kept beside its best one (4 in all)


class Status(str, Enum):
    """Where a sentence's English stands, as the editor and the exports show it."""

    NONE = "none"  # no English yet
    MACHINE = "machine"
    GLOSS = "gloss"
    TM = "tm"  # from the translation memory
    EDITED = "edited"
    REVIEWED = "reviewed"


def translation_status(translation: str | None, source: str | None, reviewed: bool) -> Status:
    if translation is None or not source:
        return Status.NONE
    if reviewed:
        return Status.REVIEWED
    if source == USER_SOURCE:
        return Status.EDITED
    if source == TM_SOURCE:
        return Status.TM
    if source == GLOSS_SOURCE:
        return Status.GLOSS
    return Status.MACHINE


CATEGORIES = ("person", "place", "organisation", "term", "custom")
NAME_CATEGORIES = frozenset({"person", "place", "organisation"})
# One light tint per category, shared by the window and every export so they look alike;
# light enough to keep black text readable, distinct in hue for the legend.
CATEGORY_COLOURS: dict[str, str] = {
    "person": "#ffd6d1",
    "place": "#cdeccf",
    "organisation": "#d3e3ff",
    "term": "#ffe9a8",
    "custom": "#e8d6ff",
}


# Where the name ends in a glossary's English and its description begins.
_ENGLISH_HEAD_END = re.compile(r"\s*[,;，；(（]\s*")


@dataclass(frozen=True)
class GlossaryEntry:
    """A name or term and its English, in both scripts (a glossary file's row)."""

    traditional: str
    simplified: str
    english: str
    category: str = "term"
    pinyin: str = ""
    note: str = ""

    def forms(self) -> tuple[str, ...]:
        """The written forms that match this entry in a text (either script)."""
        return tuple(dict.fromkeys(f for f in (self.traditional, self.simplified) if f))

    def english_head(self) -> str:
        """The English name alone, without the description glossaries often add after it
        ("Vladimir Medinsky, aide to the Russian president" → "Vladimir Medinsky"): what a
        translation should contain, and what the English pane highlights."""
        english = self.english.strip()
        head = _ENGLISH_HEAD_END.split(english, maxsplit=1)[0].strip()
        return head or english

    def to_dict(self) -> dict[str, str]:
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "english": self.english,
            "category": self.category,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GlossaryEntry:
        return cls(
            traditional=data.get("traditional", "") or "",
            simplified=data.get("simplified", "") or "",
            english=data.get("english", "") or "",
            category=data.get("category", "term") or "term",
            pinyin=data.get("pinyin", "") or "",
            note=data.get("note", "") or "",
        )


@dataclass(slots=True)  # a book holds a million of these
class Token:
    """A word of a sentence: its place in the text, Simplified form, pinyin, dictionary
    definitions and learner data."""

    start: int
    end: int
    text: str
    simplified: str
    pinyin: str
    definitions: list[str] = field(default_factory=list)
    hsk: int | None = None  # HSK level, 7 for the band 7-9 (duizhao.core.vocab.levels)
    zipf: float | None = None  # wordfreq's Zipf frequency

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "definitions": list(self.definitions),
            "hsk": self.hsk,
            "zipf": self.zipf,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Token:
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            simplified=data.get("simplified", data["text"]),
            pinyin=data.get("pinyin", ""),
            definitions=list(data.get("definitions") or []),
            hsk=data.get("hsk"),
            zipf=data.get("zipf"),
        )


@dataclass(slots=True)
class TermHit:
    """A glossary entry found in a sentence, at ``start``:``end`` of the text."""

    start: int
    end: int
    text: str
    entry: GlossaryEntry

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entry": self.entry.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TermHit:
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            entry=GlossaryEntry.from_dict(data["entry"]),
        )


@dataclass
class Sentence:
    """A sentence of the text with its conversions, words, glossary hits and English."""

    id: int
    start: int
    end: int
    original: str
    simplified: str
    traditional: str
    tokens: list[Token] = field(default_factory=list)
    terms: list[TermHit] = field(default_factory=list)
    translation: str | None = None
    translation_source: str | None = None  # "argos:<package> <version>", "gloss", "user", "tm"
    term_warnings: list[str] = field(default_factory=list)  # glossary English missing
    # word links: (token index, start, end), start/end being offsets into ``translation``
    alignment: list[tuple[int, int, int]] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)  # the model's other hypotheses
    reviewed: bool = False  # a person has checked this English

    @property
    def status(self) -> Status:
        return translation_status(self.translation, self.translation_source, self.reviewed)

    @property
    def by_person(self) -> bool:
        """English a person wrote or checked: no machine run may replace it."""
        return self.translation is not None and (
            self.reviewed or self.translation_source == USER_SOURCE)

    def set_english(self, text: str, source: str, *, alternatives: list[str] | None = None,
                    term_warnings: list[str] | None = None) -> None:
        """Replace the English; a new English is not reviewed yet."""
        self.translation = text
        self.translation_source = source
        self.alternatives = list(alternatives or [])
        self.term_warnings = list(term_warnings or [])
        self.alignment = []  # the caller sets the links of the new English, if it has any
        self.reviewed = False

    def take_translation(self, other: Sentence) -> bool:
        """Copy the English and what belongs with it from ``other`` (the same sentence,
        translated elsewhere); returns whether anything changed."""
        fields = ("translation", "translation_source", "term_warnings", "alignment",
                  "alternatives", "reviewed")
        changed = any(getattr(self, name) != getattr(other, name) for name in fields)
        for name in fields:
            value = getattr(other, name)
            setattr(self, name, list(value) if isinstance(value, list) else value)
        return changed

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "simplified": self.simplified,
            "traditional": self.traditional,
            "translation": self.translation,
            "translation_source": self.translation_source,
            "tokens": [t.to_dict() for t in self.tokens],
            "terms": [t.to_dict() for t in self.terms],
        }
        if self.term_warnings:
            data["term_warnings"] = list(self.term_warnings)
        if self.translation is not None:
            data["alignment"] = [list(link) for link in self.alignment]
            data["status"] = self.status.value
        if self.alternatives:
            data["alternatives"] = list(self.alternatives)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(
            id=data["id"],
            start=data["start"],
            end=data["end"],
            original=data["original"],
            simplified=data.get("simplified", data["original"]),
            traditional=data.get("traditional", data["original"]),
            tokens=[Token.from_dict(t) for t in data.get("tokens") or []],
            terms=[TermHit.from_dict(t) for t in data.get("terms") or []],
            translation=data.get("translation"),
            translation_source=data.get("translation_source"),
            term_warnings=list(data.get("term_warnings") or []),
            alignment=[(int(k), int(s), int(e)) for k, s, e in data.get("alignment") or []],
            alternatives=[str(a) for a in data.get("alternatives") or []][:MAX_ALTERNATIVES],
            reviewed=data.get("status") == Status.REVIEWED.value,
        )


@dataclass
class Paragraph:
    """A paragraph of the text and its sentences."""

    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "sentences": [s.to_dict() for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        sentences = [Sentence.from_dict(s) for s in data.get("sentences") or []]
        start = data.get("start", sentences[0].start if sentences else 0)
        end = data.get("end", sentences[-1].end if sentences else start)
        return cls(start=start, end=end, sentences=sentences)


@dataclass
class Source:
    """Where a document came from: its file (None when pasted), encoding and script."""

    path: str | None
    encoding: str
    script: Script

    def to_dict(self) -> dict[str, Any]:
        path = printable_name(self.path) if self.path is not None else None
        return {"path": path, "encoding": self.encoding, "script": self.script.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            path=data.get("path"),
            encoding=data.get("encoding", "utf-8"),
            script=Script(data.get("script", Script.NONE.value)),
        )


def printable_name(name: str) -> str:
    """A file name as text any file or widget can hold. On POSIX a name may be bytes that are
    not UTF-8, which Python keeps as lone surrogates that no encoder accepts: each becomes
    U+FFFD (the name is shown and recorded, never used to open the file again)."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return name.encode("utf-8", "replace").decode("utf-8")


@dataclass(frozen=True)
class Chapter:
    """A heading of the document: its title and the offset in ``text`` where it begins."""

    title: str
    start: int

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "start": self.start}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chapter:
        return cls(title=str(data.get("title") or ""), start=int(data["start"]))


@dataclass(frozen=True)
class Cue:
    """A subtitle cue: the span of ``text`` it shows and when, in milliseconds."""

    start: int
    end: int
    shown_ms: int
    hidden_ms: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "shown_ms": self.shown_ms,
                "hidden_ms": self.hidden_ms}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(start=int(data["start"]), end=int(data["end"]),
                   shown_ms=int(data["shown_ms"]), hidden_ms=int(data["hidden_ms"]))


@dataclass
class Document:
    """An annotated text: its paragraphs of sentences, and a book's chapters or a
    subtitle file's cues."""

    source: Source
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)

    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs:
            yield from paragraph.sentences

    def sentence_count(self) -> int:
        return sum(len(p.sentences) for p in self.paragraphs)

    def glossary_entries(self) -> list[GlossaryEntry]:
        """Every glossary entry with at least one hit, in order of first occurrence."""
        # Hits of one entry share one object: collect by identity first (cheap), then merge
        # equal entries (hashing a frozen dataclass is slow when done once per hit).
        by_identity: dict[int, GlossaryEntry] = {}
        for paragraph in self.paragraphs:  # plain loops: this runs after every glossary edit
            for sentence in paragraph.sentences:
                for hit in sentence.terms:
                    by_identity[id(hit.entry)] = hit.entry
        return list(dict.fromkeys(by_identity.values()))

    def chapter_at(self, offset: int) -> Chapter | None:
        """The chapter that ``offset`` lies in (the last one starting at or before it)."""
        current = None
        for chapter in self.chapters:
            if chapter.start > offset:
                break
            current = chapter
        return current

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "source": self.source.to_dict(),
            "text": self.text,
            "chapters": [c.to_dict() for c in self.chapters],
        }
        if self.cues:
            data["cues"] = [c.to_dict() for c in self.cues]
        data["paragraphs"] = [p.to_dict() for p in self.paragraphs]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if data.get("schema") != SCHEMA:  # annotated_json.read_json reads older files
            raise ValueError(f"not a {SCHEMA} document (schema: {data.get('schema')!r})")
        paragraphs = [Paragraph.from_dict(p) for p in data.get("paragraphs") or []]
        text = data.get("text")
        if text is None:  # rebuild from sentences; gaps between them become newlines
            text = _text_from_sentences(paragraphs)
        return cls(source=Source.from_dict(data.get("source") or {}), text=text,
                   paragraphs=paragraphs,
                   chapters=[Chapter.from_dict(c) for c in data.get("chapters") or []],
                   cues=[Cue.from_dict(c) for c in data.get("cues") or []])


def _text_from_sentences(paragraphs: list[Paragraph]) -> str:
    chars: list[str] = []
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            if len(chars) < sentence.start:
                chars.extend("\n" * (sentence.start - len(chars)))
            chars[sentence.start:sentence.end] = sentence.original
    return "".join(chars)
