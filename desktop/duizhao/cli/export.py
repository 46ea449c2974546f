"""``duizhao export FILE -o OUT``: annotate (and translate) a document and write it out;
``duizhao export FILE… -o DIR/`` or ``DIR/ -o OUTDIR/`` does many (see :mod:`duizhao.cli.batch`).

As in the window, the document's workspace (the English a person edited or reviewed, and the
English shown when it was last open) is applied first, and only sentences still without English
are translated, the translation memory before the model. The work on each document is
:func:`duizhao.cli.export_file.export_one`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from duizhao.cli.export_file import export_one
from duizhao.cli.progress import TerminalProgress
from duizhao.core.export import check_target, resolve_format
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.language.taiwan import TaiwanReadings
from duizhao.core.vocab.levels import DEFAULT_STANDARD, HskStandard


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE",
                        help="document to annotate (.txt, .md, .html, .epub, .docx, .pdf, .srt, "
                        ".vtt), or several documents or folders of them")
    parser.add_argument("-o", "--output", required=True,
                        help="output file (the format follows the extension), or, for several "
                        "documents or a folder, an output folder (OUTDIR/)")
    parser.add_argument("--format", help="output format when the extension does not say it "
                        "(for a batch: json, html, md, docx, pdf, tmx, srt, vtt; default json)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="documents exported at once in a batch (default: one per core)")
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
    parser.add_argument("--tone-sandhi", action="store_true",
                        help="show 一 and 不 as spoken (búshì, yígè); the JSON keeps "
                        "citation tones")
    parser.add_argument("--taiwan-readings", choices=[c.value for c in TaiwanReadings],
                        default=TaiwanReadings.AUTO.value,
                        help="Taiwan's readings where CC-CEDICT notes them (垃圾 lèsè, 星期 "
                        "xīngqí): auto (default) with --variant tw2s or s2tw, on or off")
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
    # a trailing separator asks for a folder; Path() would drop it
    args.output_folder = str(args.output).endswith(("/", os.sep))
    args.output = Path(args.output)
    if is_batch(args):
        from duizhao.cli.batch import run_batch

        return run_batch(args)
    file: Path = args.files[0]
    output: Path = args.output
    resolve_format(output, args.format)
    check_target(output, force=args.force)
    progress = TerminalProgress(sys.stderr)
    try:
        notes = export_one(file, output, args, progress.stage)
    finally:
        progress.finish()
    for note in notes:
        print(f"duizhao: {note}", file=sys.stderr)
    print(f"wrote {output}", file=sys.stderr)
    return 0


def is_batch(args: argparse.Namespace) -> bool:
    """Several documents, a folder of them, or an output folder: one file per document."""
    files: list[Path] = args.files
    return len(files) > 1 or any(f.is_dir() for f in files) or bool(args.output_folder)
