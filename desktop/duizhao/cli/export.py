"""``duizhao export FILE -o OUT``: annotate (and translate) a document and write it out.

As in the window, the document's workspace (the English a person edited or reviewed, and the
English shown when it was last open) is applied first, and only sentences still without English
are translated, the translation memory before the model.

JSON is streamed paragraph by paragraph, so a big document is annotated in bounded memory; the
other formats need the whole document and go through ``duizhao.core.export``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from duizhao.cli.progress import Report, TerminalProgress
from duizhao.core.document import SCHEMA, Document, Paragraph, Source
from duizhao.core.errors import ExportError
from duizhao.core.export import ExportOptions, export_document, resolve_format
from duizhao.core.export.annotated_json import paragraph_json
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.glossary_set import GlossarySet
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.pipeline import AnnotateOptions, Annotator
from duizhao.core.storage.atomic import atomic_open
from duizhao.core.text.load import load_text_file
from duizhao.core.vocab.levels import DEFAULT_STANDARD, HskStandard
from duizhao.core.workspace import Attacher, WorkspaceStore, ref_for
from duizhao.core.workspace.store import orphan_message

TRANSLATION_CHUNK = 64  # sentences translated together: big enough to batch, small to stream


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="document to annotate (.txt, .md, .html)")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="output file; the format follows the extension")
    parser.add_argument("--format", help="output format when the extension does not say it")
    parser.add_argument("--glossary", type=Path,
                        help="glossary file (default: FILE's .glossary.csv beside it, if any); "
                        "your personal glossary is used too, as in the window")
    parser.add_argument("--no-translate", action="store_true",
                        help="skip the English translation")
    parser.add_argument("--variant", help="OpenCC conversion (t2s, tw2s, hk2s, s2t, s2tw, s2hk)")
    parser.add_argument("--standard", choices=[s.value for s in HskStandard],
                        default=DEFAULT_STANDARD.value,
                        help="HSK word lists for the tokens' levels: 2025 syllabus (default), "
                        "2021 standard, 2.0")
    parser.add_argument("--pinyin", choices=[s.value for s in PinyinStyle],
                        default=PinyinStyle.MARKS.value,
                        help="pinyin style of HTML, PDF, DOCX and Markdown (default: tone "
                        "marks); the JSON keeps every reading in its canonical form")
    parser.add_argument("--layout", choices=("side-by-side", "interlinear"),
                        default="side-by-side", help="HTML/PDF layout")
    parser.add_argument("--columns", help="comma-separated columns: original, traditional, "
                        "simplified, pinyin, english (default: original,simplified,pinyin,english)")
    parser.add_argument("--script", choices=("original", "traditional", "simplified"),
                        default="original", help="main Chinese text (interlinear, Markdown, TMX)")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page")
    parser.add_argument("--no-workspace", action="store_true",
                        help="leave out the English you edited or reviewed in the window")
    parser.add_argument("--mark-edited", action="store_true",
                        help="HTML/DOCX/PDF: mark the English you wrote as edited")
    parser.add_argument("--tmx-machine", action="store_true",
                        help="TMX: include the model's translations, not only human ones")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def run(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.is_dir():
        raise ExportError(f"{output} is a folder; give a file name")
    if output.exists() and not args.force:
        raise ExportError(f"{output} exists; add --force to overwrite it")
    out_format = resolve_format(output, args.format)
    options = _export_options(args)  # checked before the long work starts
    loaded = load_text_file(args.file)
    if loaded.note:
        print(f"duizhao: {loaded.note}", file=sys.stderr)
    glossary = _glossary_for(args.file, args.glossary)
    annotator = Annotator(glossary, AnnotateOptions(args.variant, HskStandard(args.standard)))
    progress = TerminalProgress(sys.stderr)
    # JSON is annotated and translated a chunk at a time: one "Annotating" line covers both.
    translating = None if out_format == "json" else progress.stage("Translating")
    workspace = None if args.no_workspace else _workspace(args.file, loaded.text)
    translate = None if args.no_translate else _Translate(translating)
    try:
        if out_format == "json":
            with atomic_open(output, "w") as handle:
                write_json_stream(handle, annotator, loaded.text, str(args.file),
                                  loaded.encoding, translate, progress.stage("Annotating"),
                                  workspace)
        else:
            document = annotator.annotate_text(loaded.text, path=str(args.file),
                                               encoding=loaded.encoding,
                                               progress=progress.stage("Annotating"))
            if workspace is not None:
                workspace.apply(document.sentences())
            if translate is not None:
                translate(document)
            if out_format == "pdf":
                import duizhao.pdf.writer  # noqa: F401  (registers the Qt-rendered PDF writer)
            export_document(document, output, options, format=out_format, force=True,
                            progress=progress.stage(f"Writing {output.name}"))
    finally:
        progress.finish()
    if translate is not None and translate.hint:
        print(f"duizhao: {translate.hint}", file=sys.stderr)
    if workspace is not None and workspace.orphans():
        print(f"duizhao: {orphan_message(len(workspace.orphans()))}", file=sys.stderr)
    print(f"wrote {output}", file=sys.stderr)
    return 0


def _export_options(args: argparse.Namespace) -> ExportOptions:
    columns = tuple(c.strip() for c in args.columns.split(",")) if args.columns else None
    return ExportOptions(
        **({"columns": columns} if columns else {}),
        layout=args.layout,
        pinyin_style=PinyinStyle(args.pinyin),
        script=args.script,
        page_size=args.page_size,
        mark_edited=args.mark_edited,
        machine_in_tmx=args.tmx_machine,
    )


def _workspace(path: Path, text: str) -> Attacher | None:
    """The document's workspace as the window saved it, ready to apply; None without one."""
    loaded = WorkspaceStore().load(ref_for(path, text))
    if loaded.message:
        print(f"duizhao: {loaded.message}", file=sys.stderr)
    return Attacher(loaded.workspace) if loaded.workspace is not None else None


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
                      progress: Report | None = None, workspace: Attacher | None = None) -> None:
    """Write the ``duizhao.annotated/2`` JSON without holding every paragraph in memory."""
    from duizhao.core.language.convert import detect_script

    script = detect_script(text)
    source = Source(path, encoding, script)
    head = {"schema": SCHEMA, "source": source.to_dict(), "text": text}
    handle.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "paragraphs": [\n')
    first = True
    for chunk in _chunks(annotator.iter_paragraphs(text, script=script)):
        if workspace is not None:
            workspace.apply(s for paragraph in chunk for s in paragraph.sentences)
        if translate is not None:
            translate(Document(source, text, chunk))
        for paragraph in chunk:
            handle.write(("" if first else ",\n")
                         + json.dumps(paragraph_json(paragraph), ensure_ascii=False))
            first = False
        if progress is not None:
            progress(chunk[-1].end, len(text))
    handle.write("\n]}\n")


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
