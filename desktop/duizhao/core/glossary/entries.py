"""The glossary: an ordered list of entries, matched in a text in either script, and kept in
step with a document's highlights after an edit."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from duizhao.core.document import Document, GlossaryEntry, Sentence, TermHit
from duizhao.core.glossary.matching import GlossaryMatcher, hits_in


@dataclass(frozen=True)
class EntryOrigin:
    """Which file an entry came from, for the card ("from 000_x.glossary.csv").

    Kept beside the entries, not in them, so ``GlossaryEntry`` equality (the document
    contract) stays a matter of content alone.
    """

    kind: str  # "document", "personal", "imported" or "" (made in memory)
    path: Path | None = None
    overrides: tuple[GlossaryEntry, ...] = ()  # entries of a lower-precedence glossary hidden

    def label(self) -> str:
        name = self.path.name if self.path else ""
        if self.kind == "document":
            return f"document glossary {name}".strip()
        if self.kind == "personal":
            return f"personal glossary {name}".strip()
        return name


@dataclass(frozen=True)
class _MatchState:
    """The automata that find the entries, as the last edit left them."""

    base: GlossaryMatcher  # built from the entries as they were
    pending: frozenset[str]  # forms edited since: their base hits are ignored…
    overlay: GlossaryMatcher | None  # …and matched by this small automaton instead


# Past this many edited forms the base automaton is rebuilt rather than patched.
_MAX_PENDING_FORMS = 200


class Glossary:
    """Ordered glossary entries with a cached matcher kept up to date after each change.

    Building the automaton for a large glossary takes tens of milliseconds, too long to do
    on the GUI thread after every edit. So an edit does not rebuild it: the forms the edit
    touched are matched by a tiny second automaton, and the big one's hits for those forms
    are ignored. After many edits (or :meth:`compact`) the big one is rebuilt.
    """

    def __init__(self, entries: Iterable[GlossaryEntry] = (), *, path: Path | None = None,
                 kind: str = "") -> None:
        self._entries: list[GlossaryEntry] = list(entries)
        # Built on first use: hashing 10,000 dataclasses costs more than an edit may take.
        self._members: Counter[GlossaryEntry] | None = None
        self.path = Path(path) if path is not None else None
        self.kind = kind
        self._origins: dict[GlossaryEntry, EntryOrigin] = {}
        # Computes an entry's origin on demand (the merged glossary of a GlossarySet).
        self.origin_resolver: Callable[[GlossaryEntry], EntryOrigin | None] | None = None
        self._state: _MatchState | None = None  # None until the first match
        self._by_form: dict[str, GlossaryEntry] | None = None
        self.recovered_from: Path | None = None  # the backup used when the file was corrupt
        self.revision = 0  # bumped on every change, so views can tell they are stale

    # -- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(list(self._entries))

    def __getitem__(self, index: int) -> GlossaryEntry:
        return self._entries[index]

    def __contains__(self, entry: object) -> bool:
        if self._members is None:
            self._members = Counter(self._entries)
        return entry in self._members

    def __repr__(self) -> str:
        return f"Glossary({len(self._entries)} entries, path={self.path})"

    @property
    def entries(self) -> tuple[GlossaryEntry, ...]:
        return tuple(self._entries)

    def index(self, entry: GlossaryEntry) -> int:
        return self._entries.index(entry)

    def lookup(self, form: str) -> GlossaryEntry | None:
        """The entry matched by ``form`` (Traditional or Simplified), if any."""
        return self._owners().get(form.strip())

    def _owners(self) -> dict[str, GlossaryEntry]:
        if self._by_form is None:
            by_form: dict[str, GlossaryEntry] = {}
            for entry in self._entries:
                for entry_form in entry.forms():
                    by_form.setdefault(entry_form, entry)
            self._by_form = by_form
        return self._by_form

    def forms(self) -> set[str]:
        return set(self._owners())

    def origin(self, entry: GlossaryEntry) -> EntryOrigin:
        """Which file ``entry`` came from, for the card."""
        found = self._origins.get(entry)
        if found is None and self.origin_resolver is not None:
            found = self.origin_resolver(entry)
        return found or EntryOrigin(self.kind, self.path)

    def compact(self) -> GlossaryMatcher:
        """Rebuild the automaton now (e.g. when idle) so later matching needs no patch."""
        state = self._state
        if state is not None and not state.pending:
            return state.base
        revision = self.revision
        base = GlossaryMatcher(owners=dict(self._owners()))
        # The annotation worker matches while the GUI thread may edit: a state is replaced
        # whole, never changed in place, and only kept if no edit happened meanwhile.
        if self.revision == revision:
            self._state = _MatchState(base, frozenset(), None)
        return base

    def find(self, text: str, offset: int = 0) -> list[TermHit]:
        state = self._state
        if state is None:
            return self.compact().find(text, offset)
        if not state.pending:
            return state.base.find(text, offset)
        overlay = state.overlay
        if overlay is None:
            owners = self._owners()
            overlay = GlossaryMatcher(owners={form: owners[form] for form in state.pending
                                              if form in owners})
            if self._state is state:
                self._state = _MatchState(state.base, state.pending, overlay)
        pending = state.pending
        found = [hit for hit in state.base.candidates(text)
                 if text[hit[0]:hit[1]] not in pending]
        found += overlay.candidates(text)
        found.sort(key=lambda hit: (hit[1], hit[0]))
        return hits_in(text, found, offset)

    # -- editing -------------------------------------------------------------------------
    def add(self, entry: GlossaryEntry, index: int | None = None) -> int:
        """Insert ``entry`` (at the end by default); returns its index."""
        position = len(self._entries) if index is None else max(0, min(index, len(self._entries)))
        self._entries.insert(position, entry)
        if self._members is not None:
            self._members[entry] += 1
        self._changed(entry.forms())
        return position

    def remove(self, entry: GlossaryEntry) -> int:
        """Remove ``entry``; returns the index it had (for undo). ValueError if absent."""
        position = self._entries.index(entry)
        del self._entries[position]
        self._forget(entry)
        self._changed(entry.forms())
        return position

    def replace(self, old: GlossaryEntry, new: GlossaryEntry) -> int:
        position = self._entries.index(old)
        self._entries[position] = new
        self._forget(old)
        if self._members is not None:
            self._members[new] += 1
        origin = self._origins.pop(old, None)
        if origin is not None:
            self._origins[new] = origin
        self._changed(old.forms() + new.forms())
        return position

    def reset(self, entries: Iterable[GlossaryEntry],
              origins: dict[GlossaryEntry, EntryOrigin] | None = None,
              changed_forms: Iterable[str] | None = None) -> None:
        """Replace every entry at once; with ``changed_forms`` (the only forms whose owner
        may differ) the automaton is patched instead of rebuilt."""
        self._entries = list(entries)
        self._members = None
        self._origins = dict(origins or {})
        if changed_forms is None:
            self._state = None
            self._by_form = None
        self._changed(tuple(changed_forms or ()))

    def _forget(self, entry: GlossaryEntry) -> None:
        if self._members is not None:
            self._members[entry] -= 1
            if not self._members[entry]:
                del self._members[entry]

    def _changed(self, forms: Iterable[str]) -> None:
        forms = set(forms)
        if self._by_form is not None and forms:
            # Re-own just the touched forms: the first entry listed that has one. (Plain
            # attribute tests: this loop runs over every entry on each edit.)
            by_form = self._by_form
            for form in forms:
                by_form.pop(form, None)
            for entry in self._entries:
                traditional, simplified = entry.traditional, entry.simplified
                if traditional in forms and traditional not in by_form:
                    by_form[traditional] = entry
                if simplified in forms and simplified not in by_form:
                    by_form[simplified] = entry
        state = self._state
        if state is not None and forms:
            pending = state.pending | forms
            self._state = _MatchState(state.base, pending, None) \
                if len(pending) <= _MAX_PENDING_FORMS else None
        self.revision += 1




# -- keeping a document's highlights in step with the glossary ----------------------------

def rematch_terms(
    document: Document, glossary: Glossary, changed_forms: Iterable[str],
    sentences: Sequence[Sentence] | None = None,
) -> list[int]:
    """Recompute ``terms`` of the sentences containing any of ``changed_forms``.

    After an edit only sentences where an added, removed or edited form occurs can have
    different hits, so a large document is updated without re-annotating it. ``sentences``
    (the document's sentences in order) saves walking the paragraphs when the caller keeps
    that list. Returns the ids of the sentences whose terms changed.
    """
    forms = {form for form in changed_forms if form}
    if not forms:
        return []
    text = document.text
    positions: set[int] = set()
    for form in forms:
        start = text.find(form)
        while start != -1:
            positions.add(start)
            start = text.find(form, start + 1)
    if not positions:
        return []
    ordered = sentences if sentences is not None else list(document.sentences())
    starts = [sentence.start for sentence in ordered]
    affected = sorted({bisect_right(starts, position) - 1 for position in positions})
    changed: list[int] = []
    for index in affected:
        if index < 0:
            continue
        sentence = ordered[index]
        terms = glossary.find(sentence.original, offset=sentence.start)
        if not _same_hits(terms, sentence.terms):
            sentence.terms = terms
            changed.append(sentence.id)
    return changed


def _same_hits(new: list[TermHit], old: list[TermHit]) -> bool:
    # By identity of the entry: cheap, and an equal-but-new entry object is worth a repaint.
    return len(new) == len(old) and all(
        a.start == b.start and a.end == b.end and a.entry is b.entry
        for a, b in zip(new, old, strict=True))
