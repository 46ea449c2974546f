"""One document annotated (and translated) and written out: the work of ``duizhao export``,
for a single file or for each document of a batch.

Every format but PDF is streamed: the text is annotated and translated a chunk of paragraphs at
a time and each chunk written before the next is made, so a big document takes bounded memory.
PDF needs the whole document (Qt lays it out at once) and refuses texts over its limit.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from duizhao.cli.progress import Report
from duizhao.core.document import Chapter, Cue, Document, Paragraph, Source
from duizhao.core.export import (
    FORMATS,
    ExportOptions,
    Outline,
    check_length,
    export_document,
    export_file,
    export_stream,
    resolve_format,
)
from duizhao.core.export.annotated_json import paragraph_json
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.glossary_set import GlossarySet
from duizhao.core.language.convert import detect_script
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.language.taiwan import TaiwanReadings
from duizhao.core.pipeline import AnnotateOptions, Annotator
from duizhao.core.text.load import load_text_file
from duizhao.core.vocab.levels import HskStandard
from duizhao.core.workspace import Attacher, WorkspaceStore, ref_for, saved_for
from duizhao.core.workspace.store import orphan_message

TRANSLATION_CHUNK = 64  # sentences translated together: big enough to batch, small to stream


def export_one(file: Path, output: Path, args: argparse.Namespace,
               stage: Callable[[str], Report] = lambda _name: _silent,
               annotators: dict[object, Annotator] | None = None) -> list[str]:
    """Annotate (and translate) ``file`` and write ``output``; the notes worth telling the
    user (an encoding guessed, how to install the model). ``annotators`` keeps one annotator
    per glossary across the documents of a batch."""
    out_format = resolve_format(output, args.format)
    options = _export_options(args)  # checked before the long work starts
    loaded = load_text_file(file)
    notes = [loaded.note] if loaded.note else []
    glossary = _glossary_for(file, args.glossary)
    taiwan = TaiwanReadings(args.taiwan_readings).applies(args.variant)
    key = (tuple(glossary), args.variant, args.standard, taiwan)
    annotator = annotators.get(key) if annotators is not None else None
    if annotator is None:
        annotator = Annotator(glossary, AnnotateOptions(args.variant, HskStandard(args.standard),
                                                        taiwan))
        if annotators is not None:
            annotators[key] = annotator
    check_length(out_format, len(loaded.text))  # before the long work: PDF has a limit
    streamed = out_format == "json" or FORMATS[out_format].streamed
    # Streamed formats are annotated and translated a chunk at a time: one "Annotating" line
    # covers both, and the file is written as the chunks come.
    translating = None if streamed else stage("Translating")
    workspace = None if args.no_workspace else _workspace(file, loaded.text, notes)
    translate = None if args.no_translate else _Translate(translating)
    if out_format == "json":
        with export_file(output) as raw:
            handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            write_json_stream(handle, annotator, loaded.text, str(file), loaded.encoding,
                              translate, stage("Annotating"), workspace,
                              chapters=loaded.chapters, cues=loaded.cues)
            handle.flush()
            handle.detach()  # the atomic save closes the file itself
    elif streamed:
        source = Source(str(file), loaded.encoding, detect_script(loaded.text))
        paragraphs = annotated_paragraphs(annotator, loaded.text, source, translate,
                                          stage("Annotating"), workspace)
        export_stream(source, paragraphs, output, options, format=out_format, force=True,
                      outline=Outline(loaded.chapters, loaded.cues))
    else:
        document = annotator.annotate_text(loaded.text, path=str(file),
                                           encoding=loaded.encoding,
                                           progress=stage("Annotating"),
                                           chapters=loaded.chapters, cues=loaded.cues)
        if workspace is not None:
            workspace.apply(document.sentences())
        if translate is not None:
            translate(document)
        if out_format == "pdf":
            import duizhao.pdf.writer  # noqa: F401  (registers the Qt-rendered PDF writer)
        export_document(document, output, options, format=out_format, force=True,
                        progress=stage(f"Writing {output.name}"))
    if translate is not None and translate.hint:
        notes.append(translate.hint)
    if workspace is not None and workspace.orphans():
        notes.append(orphan_message(len(workspace.orphans())))
    return notes


def _silent(_done: int, _total: int) -> None:
    pass


def _export_options(args: argparse.Namespace) -> ExportOptions:
    columns = tuple(c.strip() for c in args.columns.split(",")) if args.columns else None
    return ExportOptions(
        **({"columns": columns} if columns else {}),
        layout=args.layout,
        pinyin_style=PinyinStyle(args.pinyin),
        tone_sandhi=args.tone_sandhi,
        script=args.script,
        page_size=args.page_size,
        mark_edited=args.mark_edited,
        machine_in_tmx=args.tmx_machine,
    )


def _workspace(path: Path, text: str, notes: list[str]) -> Attacher | None:
    """The document's workspace as the window saved it, ready to apply; None without one."""
    ref = ref_for(path, text)
    loaded = WorkspaceStore().load(ref)
    if loaded.message:
        notes.append(loaded.message)
    if loaded.workspace is None:
        return None
    return Attacher(loaded.workspace, same_text=saved_for(loaded.workspace, ref))


def _glossary_for(document: Path, explicit: Path | None) -> Glossary:
    """The glossaries the window would use: the document's (or ``explicit``) and the personal
    one, merged with the document's entries first."""
    glossaries = GlossarySet.open(document, glossary_path=explicit)
    for warning in glossaries.warnings:
        print(f"duizhao: {warning}", file=sys.stderr)
    return glossaries.merged


class _Translate:
    """Translates documents, remembering the one-line hint (e.g. how to install the model)."""

    def __init__(self, progress: Report | None = None) -> None:
        self.hint: str | None = None
        self.progress = progress

    def __call__(self, document: Document) -> None:
        from duizhao.core.translate import shared_service

        todo = [s for s in document.sentences() if s.translation is None]
        summary = shared_service().translate_sentences(todo, progress=self.progress)
        self.hint = self.hint or summary.hint


def write_json_stream(handle: IO[str], annotator: Annotator, text: str, path: str | None,
                      encoding: str, translate: Callable[[Document], None] | None = None,
                      progress: Report | None = None, workspace: Attacher | None = None, *,
                      chapters: Iterable[Chapter] = (), cues: Iterable[Cue] = ()) -> None:
    """Write the ``duizhao.annotated/2`` JSON without holding every paragraph in memory."""
    source = Source(path, encoding, detect_script(text))
    head = Document(source, text, [], list(chapters), list(cues)).to_dict()
    del head["paragraphs"]  # written one by one below
    handle.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "paragraphs": [\n')
    first = True
    for paragraph in annotated_paragraphs(annotator, text, source, translate, progress,
                                          workspace):
        handle.write(("" if first else ",\n")
                     + json.dumps(paragraph_json(paragraph), ensure_ascii=False))
        first = False
    handle.write("\n]}\n")


def annotated_paragraphs(annotator: Annotator, text: str, source: Source,
                         translate: Callable[[Document], None] | None = None,
                         progress: Report | None = None,
                         workspace: Attacher | None = None) -> Iterator[Paragraph]:
    """The text's paragraphs, annotated, given the workspace's English and translated, a
    chunk at a time as they are asked for: only the chunk being written is in memory."""
    for chunk in _chunks(annotator.iter_paragraphs(text, script=source.script)):
        if workspace is not None:
            workspace.apply(s for paragraph in chunk for s in paragraph.sentences)
        if translate is not None:
            translate(Document(source, text, chunk))
        yield from chunk
        if progress is not None:
            progress(chunk[-1].end, len(text))


def _chunks(paragraphs: Iterator[Paragraph]) -> Iterator[list[Paragraph]]:
    chunk: list[Paragraph] = []
    size = 0
    for paragraph in paragraphs:
        chunk.append(paragraph)
        size += len(paragraph.sentences)
        if size >= TRANSLATION_CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
