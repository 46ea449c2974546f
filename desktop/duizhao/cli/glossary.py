"""``duizhao glossary``: convert glossaries between CSV, TBX, OmegaT and Anki.

    duizhao glossary convert IN OUT [--accept-partial]

Formats come from the extensions: .csv, .tbx, .txt/.utf8/.tsv (OmegaT), and .apkg (Anki,
output only). A malformed input file is refused with the line of the first problem unless
``--accept-partial`` is given, in which case the good entries are converted and every
problem is listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.files import read_glossary, save_glossary
from duizhao.core.glossary.formats import format_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    convert = commands.add_parser(
        "convert", help="convert IN to OUT (formats from the extensions)",
        description="Convert a glossary. Formats from the extensions: .csv, .tbx, "
                    ".txt/.utf8/.tsv (OmegaT), .apkg (Anki deck, output only).")
    convert.add_argument("input", metavar="IN")
    convert.add_argument("output", metavar="OUT")
    convert.add_argument("--accept-partial", action="store_true",
                         help="convert the readable entries of a malformed file")


def run(args: argparse.Namespace) -> int:
    if args.command == "convert":
        return _convert(args.input, args.output, accept_partial=args.accept_partial)
    return 2  # argparse has already refused anything else


def _convert(source: str, target: str, *, accept_partial: bool) -> int:
    format_for(target, writing=True)  # refuse an unknown OUT before reading anything
    # a mistyped folder is refused: saving would create every missing folder of the path
    folder = Path(target).parent
    if not folder.is_dir():
        raise GlossaryError(f"{target}: no such folder {folder}; nothing was converted")
    result = read_glossary(source)
    if result.problems:
        if not accept_partial:
            first = result.problems[0].describe(source)
            more = len(result.problems) - 1
            raise GlossaryError(f"{first}{f' (and {more} more)' if more else ''}; nothing was "
                                "converted (--accept-partial converts the readable entries)")
        for problem in result.problems:
            print(f"duizhao: skipped {problem.describe(source)}", file=sys.stderr)
    if not result.entries:
        raise GlossaryError(f"{source}: has no glossary entries; nothing was converted")
    save_glossary(Glossary(result.entries), target)
    print(f"{len(result.entries)} entries written to {target}")
    return 0
