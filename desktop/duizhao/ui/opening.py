"""Opening a document, on a worker: read it (a big Markdown book a part at a time), find its
glossaries and its saved workspace, and annotate it (or take the cached annotation), handing
the window its first screen, then the rest in batches (:class:`Batch`).

The session (:mod:`duizhao.ui.session`) runs :func:`annotate` and puts the batches in its
model; nothing here touches a widget.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from duizhao.core.document import Chapter, Cue, Document, Paragraph, Source
from duizhao.core.errors import DocumentError, DuizhaoError
from duizhao.core.vocab.levels import DEFAULT_STANDARD, HskStandard
from duizhao.ui.tasks import TaskContext

if TYPE_CHECKING:
    from duizhao.core.glossary.glossary_set import GlossarySet
    from duizhao.core.text.load import TextStream
    from duizhao.core.workspace import Attacher, DocumentRef, Record, Workspace

FIRST_SCREEN = 40  # sentences annotated before the window shows anything
BATCH_SECONDS = 0.12  # later batches: hand over what is ready this often


@dataclass
class OpenRequest:
    """A document to open (a file or pasted text) and the annotation options."""

    path: Path | None = None
    text: str | None = None  # pasted text instead of a file
    glossary_path: Path | None = None
    variant: str | None = None
    hsk_standard: str = DEFAULT_STANDARD.value  # a HskStandard's value: the word lists
    taiwan_readings: bool = False  # Taiwan's readings (垃圾 lèsè) instead of the mainland's


@dataclass
class WorkspaceOpened:
    """What opening found besides the document: a person's English whose sentence is gone,
    and a damaged workspace file set aside (``restored``: its backup was used)."""

    orphans: list[Record] = field(default_factory=list)
    set_aside: Path | None = None
    restored: bool = False
    complete: bool = False  # every sentence was annotated (not cancelled)
    # for a book read in parts, once all read: its workspace found by its text (it was moved),
    # or what found no sentence of its own number (it was changed)
    late: Workspace | None = None


@dataclass
class Batch:
    """Annotated paragraphs handed to the window; the first is its first screen."""

    source: Source
    text: str
    paragraphs: list[Paragraph]
    first: bool
    glossary_set: GlossarySet | None = None
    warnings: list[str] = field(default_factory=list)
    attacher: Attacher | None = None  # the workspace being applied (first batch only)
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)


def _count(paragraphs: list[Paragraph]) -> int:
    return sum(len(p.sentences) for p in paragraphs)


def _workspace(path: str | None, text: str | None
               ) -> tuple[Workspace | None, DocumentRef, WorkspaceOpened]:
    """The document's saved workspace and how it was looked for: by its text (and path), or
    by its path alone (``text`` None: a book still being read)."""
    from duizhao.core.workspace import WorkspaceStore, ref_for, ref_for_path

    if text is None:
        assert path is not None  # only a file is read in parts
        ref = ref_for_path(path)
    else:
        ref = ref_for(path, text)
    loaded = WorkspaceStore().load(ref)
    opened = WorkspaceOpened(set_aside=loaded.set_aside,
                             restored=loaded.set_aside is not None and loaded.workspace is not None)
    return loaded.workspace, ref, opened


def _open_stream(request: OpenRequest) -> TextStream:
    from duizhao.core.text.formats.builder import Extract
    from duizhao.core.text.load import TextStream, load_string, open_text_stream

    if request.text is not None:
        loaded = load_string(request.text)
        return TextStream(iter([Extract(loaded.text)]), loaded.encoding)
    assert request.path is not None
    return open_text_stream(request.path)


def annotate(request: OpenRequest, context: TaskContext) -> WorkspaceOpened:
    """Runs on a worker: load, pick the glossaries, annotate (or reuse the cached result) and
    give the sentences the English of the document's workspace.

    A big Markdown book is read in parts: its first screen is annotated from the first parts
    while the rest is still to be parsed, and the window's document grows with each batch."""
    from duizhao.core.glossary.glossary_set import GlossarySet
    from duizhao.core.storage import doc_cache
    from duizhao.core.text.formats.builder import Extract, JoinedText
    from duizhao.core.workspace import Attacher, Workspace, ref_for, saved_for

    stream = _open_stream(request)
    path_text = str(request.path) if request.text is None else None
    whole = JoinedText()
    whole.add(next(stream.parts, Extract("")))
    second = next(stream.parts, None)
    in_parts = second is not None  # the text is not all known before annotating
    more = itertools.chain([second], stream.parts) if second is not None else iter(())
    if not in_parts and not whole.text.strip():
        raise _nothing_to_read(path_text)
    glossary_set = GlossarySet.open(request.path, glossary_path=request.glossary_path)
    glossary = glossary_set.merged
    notes = [stream.note] if stream.note else []
    context.check()
    workspace, ref, opened = _workspace(path_text, None if in_parts else whole.text)
    attacher = None
    if workspace is not None:
        # a book read in parts is taken to be the text its workspace was saved for (it
        # usually is), and checked once it is all read
        attacher = Attacher(workspace, same_text=in_parts or saved_for(workspace, ref))

    def batch(paragraphs: list[Paragraph], source: Source, first: bool) -> Batch:
        if attacher is not None:
            attacher.apply(s for paragraph in paragraphs for s in paragraph.sentences)
        return Batch(source, whole.text, paragraphs, first, glossary_set,
                      notes + list(glossary_set.warnings) if first else [], attacher,
                      list(whole.chapters), list(whole.cues))

    def finish() -> WorkspaceOpened:
        opened.orphans = attacher.orphans() if attacher is not None else []
        if in_parts and workspace is None:
            # not found by its path: by its text (the book was moved), now that it is known
            opened.late, _ref, found = _workspace(path_text, whole.text)
            opened.set_aside, opened.restored = found.set_aside, found.restored
        elif (in_parts and workspace is not None and attacher is not None
              and not saved_for(workspace, ref_for(path_text, whole.text))):
            # the book changed since: what found no sentence of its number goes by its text
            opened.late = Workspace(workspace.document, attacher.left())
            opened.orphans = []  # the late workspace's own, once it is applied
        opened.complete = True
        return opened

    key = None
    if not in_parts and doc_cache.cacheable(whole.text):
        key = doc_cache.key(whole.text, list(glossary), request.variant,
                            request.hsk_standard, request.taiwan_readings)
        cached = doc_cache.load(key, whole.text)
        if cached is not None:
            source = Source(path_text, stream.encoding, cached.source.script)
            context.partial(batch(cached.paragraphs, source, True))
            context.report(len(whole.text), len(whole.text))
            return finish()

    from duizhao.core.pipeline import AnnotateOptions, Annotator, PartsAnnotation

    annotator = Annotator(glossary, AnnotateOptions(request.variant,
                                                    HskStandard(request.hsk_standard),
                                                    request.taiwan_readings))
    reading = PartsAnnotation(annotator, whole, more)
    everything: list[Paragraph] = []
    pending: list[Paragraph] = []
    first = True
    last = time.monotonic()
    source: Source | None = None
    for paragraph in reading:
        context.check()
        if source is None:
            assert reading.script is not None  # known before the first paragraph
            source = Source(path_text, stream.encoding, reading.script)
        pending.append(paragraph)
        if key is not None:
            everything.append(paragraph)
        now = time.monotonic()
        if (first and _count(pending) >= FIRST_SCREEN) or (not first
                                                             and now - last > BATCH_SECONDS):
            context.partial(batch(pending, source, first))
            context.report(paragraph.end, max(whole.expected_length(), paragraph.end))
            pending, first, last = [], False, now
    if source is None:  # no paragraph at all
        raise _nothing_to_read(path_text)
    if pending or first:
        context.partial(batch(pending, source, first))
    context.report(len(whole.text), len(whole.text))
    if key is not None:
        doc_cache.store(key, Document(source, whole.text, everything))
    return finish()


def _nothing_to_read(path: str | None) -> DuizhaoError:
    if path is not None:
        return DocumentError(f"{path}: has no text to read")
    return DuizhaoError("The document is empty: there is nothing to read.")
