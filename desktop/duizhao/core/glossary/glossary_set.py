"""The glossaries in use for one document: its own and the reader's personal one, merged.

Precedence: **the per-document glossary wins.** Where both define an entry with the same
Traditional or Simplified form, the per-document entry is the one matched and shown; the
personal entry is hidden for that document only (it still applies to every other document).
Each entry of the merged glossary knows which file it came from
(:meth:`duizhao.core.glossary.entries.Glossary.origin`), including the personal entries it hides, so
the card can say "from 000_x.glossary.csv (overrides your personal glossary)".

Files: the personal glossary is ``glossary.csv`` in the user data folder; a document's
glossary is ``<doc stem>.glossary.csv`` beside it (or the file given with ``--glossary``).
When that file's folder is read-only, or it is the bundled sample's, the glossary is kept in
the data folder under ``document-glossaries/`` instead (starting from the original file), and
that copy is preferred when it exists.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.entries import EntryOrigin, Glossary
from duizhao.core.glossary.files import (
    document_glossary_path,
    load_glossary_or_backup,
    save_glossary,
)
from duizhao.core.storage import paths

DOCUMENT = "document"
PERSONAL = "personal"


def personal_glossary_path() -> Path:
    return paths.data_dir() / "glossary.csv"


def document_glossary_location(document_path: str | os.PathLike[str]) -> Path:
    """The file to read and save the document's glossary: beside it, unless that is read-only."""
    return _writable_location(document_glossary_path(document_path))


def _writable_location(beside: Path) -> Path:
    fallback = paths.data_dir() / "document-glossaries" / beside.name
    if fallback.exists():
        return fallback
    if _is_bundled(beside):
        return fallback  # the sample ships with the program: never edit it in place
    writable = os.access(beside, os.W_OK) if beside.exists() else \
        os.access(beside.parent, os.W_OK)
    return beside if writable else fallback


def _is_bundled(path: Path) -> bool:
    from duizhao.core.samples import sample_path

    try:
        return path.resolve().parent == sample_path().resolve().parent
    except OSError:
        return False


def merge_glossaries(document: Glossary | None, personal: Glossary | None) -> Glossary:
    """Document entries first, then personal entries sharing no form with them."""
    merged = Glossary(_merge(document, personal), kind="merged")
    merged.origin_resolver = lambda entry: entry_origin(entry, document, personal)
    return merged


def entry_origin(entry: GlossaryEntry, document: Glossary | None,
                 personal: Glossary | None) -> EntryOrigin | None:
    """Where a merged entry comes from, with the personal entries it hides."""
    if document is not None and entry in document:
        forms = set(entry.forms())
        hidden = tuple(other for other in personal or () if not forms.isdisjoint(other.forms()))
        return EntryOrigin(DOCUMENT, document.path, hidden)
    if personal is not None and entry in personal:
        return EntryOrigin(PERSONAL, personal.path)
    return None


def _merge(document: Glossary | None, personal: Glossary | None) -> list[GlossaryEntry]:
    # Runs after every edit over every entry: plain attribute and set tests only.
    entries = list(document or ())
    taken = {form for entry in entries for form in (entry.traditional, entry.simplified)}
    taken.discard("")
    entries.extend(entry for entry in personal or ()
                   if entry.traditional not in taken and entry.simplified not in taken)
    return entries


@dataclass
class GlossarySet:
    """A document's glossary and the personal glossary, edited together, matched merged."""

    document: Glossary | None
    personal: Glossary | None
    warnings: list[str] = field(default_factory=list)  # e.g. "… using the last good copy"
    # Why the personal glossary is not in use (a folder, or corrupt with no good copy): it is
    # left exactly as it is, and nothing can be added to it.
    personal_problem: str = ""
    _merged: Glossary | None = field(default=None, repr=False)
    _revisions: tuple[int, int] = (-1, -1)
    _saved: dict[int, int] = field(default_factory=dict, repr=False)  # id → revision on disk
    # id → the entries as loaded or last saved: a save applies the changes made since to the
    # file as it is then, keeping what another process saved meanwhile.
    _bases: dict[int, list[GlossaryEntry]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for glossary in (self.document, self.personal):
            if glossary is not None:
                self._bases[id(glossary)] = list(glossary)

    @classmethod
    def open(cls, document_path: str | os.PathLike[str] | None, *,
             glossary_path: str | os.PathLike[str] | None = None,
             use_personal: bool = True) -> GlossarySet:
        """Load the document's glossary (or ``glossary_path``) and the personal one.

        Missing files give empty glossaries that will be created on first save. A corrupt
        file falls back to its last good copy with a warning; with no good copy it raises
        GlossaryError.
        """
        warnings: list[str] = []
        doc_file: Path | None = None
        beside: Path | None = None
        if glossary_path is not None:
            beside = Path(glossary_path)
        elif document_path is not None:
            beside = document_glossary_path(document_path)
        if beside is not None:
            doc_file = _writable_location(beside)
            if not doc_file.exists() and beside.exists():
                # Start the writable copy from the read-only one (the bundled sample).
                copy = _load(beside, DOCUMENT, warnings)
                copy.path = doc_file
                return cls(copy, *_load_personal(use_personal, warnings))
        document = _load(doc_file, DOCUMENT, warnings) if doc_file is not None else None
        return cls(document, *_load_personal(use_personal, warnings))

    # -- the merged view -----------------------------------------------------------------
    @property
    def merged(self) -> Glossary:
        revisions = self._current_revisions()
        if self._merged is None or revisions != self._revisions:
            self._merged = merge_glossaries(self.document, self.personal)
            self._revisions = revisions
        return self._merged

    def owner(self, entry: GlossaryEntry) -> Glossary | None:
        """The glossary holding ``entry`` (document first, as in matching)."""
        for glossary in (self.document, self.personal):
            if glossary is not None and entry in glossary:
                return glossary
        return None

    def target(self, kind: str = DOCUMENT) -> Glossary:
        """The glossary new entries of ``kind`` go to, created empty if needed."""
        if kind == PERSONAL:
            if self.personal is None and self.personal_problem:
                raise GlossaryError(f"Your personal glossary cannot be read, so nothing can be "
                                    f"added to it: {self.personal_problem}")
            if self.personal is None:
                self.personal = Glossary(path=personal_glossary_path(), kind=PERSONAL)
            return self.personal
        if self.document is None:
            raise GlossaryError("this text has no file, so it has no document glossary; "
                                "add the entry to your personal glossary")
        return self.document

    # -- editing: each returns the forms whose matching may have changed -------------------
    def add(self, entry: GlossaryEntry, kind: str = DOCUMENT,
            index: int | None = None) -> set[str]:
        glossary = self.target(kind)
        return self._tracking([entry], lambda: glossary.add(entry, index))

    def remove(self, entry: GlossaryEntry, kind: str | None = None) -> set[str]:
        """Remove ``entry`` from the glossary of ``kind`` (default: the one matching it)."""
        glossary = self._owner_or_error(entry, kind)
        return self._tracking([entry], lambda: glossary.remove(entry))

    def replace(self, old: GlossaryEntry, new: GlossaryEntry, kind: str | None = None,
                ) -> set[str]:
        glossary = self._owner_or_error(old, kind)
        return self._tracking([old, new], lambda: glossary.replace(old, new))

    def _owner_or_error(self, entry: GlossaryEntry, kind: str | None = None) -> Glossary:
        if kind is None:
            glossary = self.owner(entry)
        else:
            glossary = self.personal if kind == PERSONAL else self.document
            if glossary is not None and entry not in glossary:
                glossary = None
        if glossary is None:
            raise GlossaryError(f"{entry.traditional} is not in the glossary any more")
        return glossary

    def _tracking(self, entries: Iterable[GlossaryEntry], change: Callable[[], object],
                  ) -> set[str]:
        edited = {form for entry in entries for form in entry.forms()}
        # An entry the change hides or reveals may have a form of its own.
        candidates = set(edited)
        for glossary in (self.document, self.personal):
            for entry in glossary or ():
                if entry.traditional in edited or entry.simplified in edited:
                    candidates.update(entry.forms())
        before = self.merged
        owners_before = {form: before.lookup(form) for form in candidates}
        change()
        # Patch the merged glossary (its automaton is not rebuilt: see Glossary).
        before.reset(_merge(self.document, self.personal), changed_forms=candidates)
        self._revisions = self._current_revisions()
        return {form for form in candidates if before.lookup(form) != owners_before[form]}

    def _current_revisions(self) -> tuple[int, int]:
        return (self.document.revision if self.document else -1,
                self.personal.revision if self.personal else -1)

    def unsaved(self) -> list[Glossary]:
        return [glossary for glossary in (self.document, self.personal)
                if glossary is not None and glossary.path is not None
                and glossary.revision != self._saved.get(id(glossary), 0)]

    def save(self) -> list[Path]:
        """Save the glossaries changed since loading (atomically, with backups), merged with
        what other processes saved to the same files meanwhile."""
        written = []
        for glossary in self.unsaved():
            revision, entries = glossary.revision, list(glossary)
            written.append(save_glossary(glossary, base=self._bases.get(id(glossary), [])))
            self._saved[id(glossary)] = revision
            self._bases[id(glossary)] = entries
        return written


def _load_personal(use: bool, warnings: list[str],
                   ) -> tuple[Glossary | None, list[str], str]:
    """The personal glossary, the warnings so far, and why it is not in use if it is not."""
    if not use:
        return None, warnings, ""
    try:
        return _load(personal_glossary_path(), PERSONAL, warnings), warnings, ""
    except GlossaryError as error:
        warnings.append(f"Your personal glossary is not used (it is left as it is): {error}")
        return None, warnings, str(error)


def _load(path: Path, kind: str, warnings: list[str]) -> Glossary:
    if not path.exists():
        return Glossary(path=path, kind=kind)
    glossary, warning = load_glossary_or_backup(path, kind=kind)
    glossary.kind = kind
    if warning:
        warnings.append(warning)
    return glossary
