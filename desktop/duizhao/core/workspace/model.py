"""A document's workspace: the English of each sentence, where it came from, and whether a
person edited or reviewed it — the ``duizhao.workspace/1`` JSON (docs/formats.md).

Sentences are matched to a document by their text, not their number, so a workspace survives
small changes to the document: :class:`Attacher` gives each sentence the record with the same
Chinese (in order, the same number first). The very text the workspace was saved for gives each
record back to its own sentence, so a sentence that comes again (a refrain, "（完）") keeps
its own English. A person's English whose sentence is gone is kept
as an orphan and listed, never dropped; a machine's is simply made again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from duizhao.core.document import (
    MAX_ALTERNATIVES,
    USER_SOURCE,
    Document,
    Sentence,
    Status,
    translation_status,
)

SCHEMA = "duizhao.workspace/1"


@dataclass
class Record:
    """One sentence's English as the workspace keeps it."""

    id: int
    original: str
    translation: str
    translation_source: str
    reviewed: bool = False
    alternatives: list[str] = field(default_factory=list)
    term_warnings: list[str] = field(default_factory=list)
    alignment: list[tuple[int, int, int]] = field(default_factory=list)  # word links

    @property
    def by_person(self) -> bool:
        return self.reviewed or self.translation_source == USER_SOURCE

    @classmethod
    def of(cls, sentence: Sentence) -> Record:
        return cls(sentence.id, sentence.original, sentence.translation or "",
                   sentence.translation_source or "", sentence.reviewed,
                   list(sentence.alternatives), list(sentence.term_warnings),
                   list(sentence.alignment))

    def apply(self, sentence: Sentence) -> None:
        sentence.set_english(self.translation, self.translation_source,
                             alternatives=self.alternatives, term_warnings=self.term_warnings)
        sentence.reviewed = self.reviewed
        if all(link[0] < len(sentence.tokens) for link in self.alignment):
            sentence.alignment = list(self.alignment)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "original": self.original, "translation": self.translation,
            "translation_source": self.translation_source,
            "status": translation_status(self.translation, self.translation_source,
                                         self.reviewed).value,
        }
        if self.alternatives:
            data["alternatives"] = list(self.alternatives)
        if self.term_warnings:
            data["term_warnings"] = list(self.term_warnings)
        if self.alignment:
            data["alignment"] = [list(link) for link in self.alignment]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        if not isinstance(data.get("original"), str) or not isinstance(
                data.get("translation"), str):
            raise ValueError("a sentence without its original or translation")
        return cls(
            id=int(data.get("id", -1)), original=data["original"],
            translation=data["translation"],
            translation_source=str(data.get("translation_source") or ""),
            reviewed=data.get("status") == Status.REVIEWED.value,
            alternatives=[str(a) for a in data.get("alternatives") or []][:MAX_ALTERNATIVES],
            term_warnings=[str(w) for w in data.get("term_warnings") or []],
            alignment=[(int(k), int(s), int(e)) for k, s, e in data.get("alignment") or []],
        )


@dataclass
class DocumentRef:
    """Which document a workspace belongs to (for finding it again and for the reader)."""

    path: str | None
    sha256: str
    sentences: int = 0


@dataclass
class Workspace:
    """A document's workspace: its sentences' English as saved, and the orphans (a person's
    English whose sentence is gone)."""

    document: DocumentRef
    records: list[Record] = field(default_factory=list)
    orphans: list[Record] = field(default_factory=list)  # a person's English, sentence gone
    saved: str = ""

    @classmethod
    def capture(cls, document: Document, ref: DocumentRef,
                orphans: Iterable[Record] = ()) -> Workspace:
        records = [Record.of(s) for s in document.sentences() if s.translation is not None]
        return cls(ref, records, list(orphans))

    def reviewed_count(self) -> int:
        return sum(1 for r in self.records if r.reviewed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "document": {"path": self.document.path, "sha256": self.document.sha256,
                         "sentences": self.document.sentences},
            "saved": self.saved,
            "sentences": [r.to_dict() for r in self.records],
            "orphans": [r.to_dict() for r in self.orphans],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Workspace:
        """Raises ``ValueError`` (or ``TypeError``/``KeyError``) on anything but a workspace."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} file")
        document = data.get("document") or {}
        ref = DocumentRef(document.get("path"), str(document.get("sha256") or ""),
                          int(document.get("sentences") or 0))
        return cls(ref, [Record.from_dict(r) for r in data.get("sentences") or []],
                   [Record.from_dict(r) for r in data.get("orphans") or []],
                   str(data.get("saved") or ""))


def saved_for(workspace: Workspace, ref: DocumentRef) -> bool:
    """Whether the document ``ref`` names has the very text ``workspace`` was saved for."""
    return bool(ref.sha256) and workspace.document.sha256 == ref.sha256


class Attacher:
    """Gives a document's sentences their workspace records, a batch of sentences at a time
    (the CLI streams big documents); :meth:`orphans` afterwards lists what found no place.

    ``same_text``: the document is the one the workspace was saved for (:func:`saved_for`), so
    every record goes back to its own sentence number; otherwise records go by their text, and
    of a sentence that comes more than once, a record keeps its place among the others: each
    occurrence takes the record of its own number, else the first one saved after the record
    last attached (the sentences before it moved by as many as it did)."""

    def __init__(self, workspace: Workspace, *, same_text: bool = False) -> None:
        self._by_text: dict[str, deque[Record]] = {}
        for record in sorted([*workspace.records, *workspace.orphans], key=lambda r: r.id):
            self._by_text.setdefault(record.original.strip(), deque()).append(record)
        self._by_id = {record.id: record for record in workspace.records} if same_text else None
        self._last = -1  # the saved number of the record last attached
        self.attached = 0

    def apply(self, sentences: Iterable[Sentence]) -> None:
        for sentence in sentences:
            key = sentence.original.strip()
            queue = self._by_text.get(key)
            if not queue:
                continue
            if self._by_id is not None:  # the same text: the same numbers
                found = self._by_id.get(sentence.id)
                if found is None or found.original.strip() != key:
                    continue
                record = found
            else:
                record = next((r for r in queue if r.id == sentence.id), None) or next(
                    (r for r in queue if r.id > self._last), queue[0])
            queue.remove(record)
            record.apply(sentence)
            self._last = record.id
            self.attached += 1

    def left(self) -> list[Record]:
        """Every record no sentence took, in their old order."""
        return sorted((r for queue in self._by_text.values() for r in queue), key=lambda r: r.id)

    def orphans(self) -> list[Record]:
        """The records of a person's English that no sentence took, in their old order."""
        return [r for r in self.left() if r.by_person]


def attach(document: Document, workspace: Workspace, *, same_text: bool = False
           ) -> list[Record]:
    """Apply ``workspace`` to ``document`` (``same_text``: see :class:`Attacher`); returns
    the orphans (a person's English whose sentence is not in the document any more)."""
    attacher = Attacher(workspace, same_text=same_text)
    attacher.apply(document.sentences())
    return attacher.orphans()
