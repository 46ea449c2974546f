"""``duizhao tm``: the personal translation memory.

    duizhao tm import FILE.tmx [--accept-partial]
    duizhao tm export OUT.tmx [--force]
    duizhao tm stats

A malformed TMX (or one with a DTD or entities) is refused with the file and line of the first
problem and nothing is imported, unless ``--accept-partial``: then its readable units are
imported and every skipped one is listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from duizhao.cli.progress import TerminalProgress
from duizhao.core.errors import MemoryFileError
from duizhao.core.memory import export_tmx, import_tmx, shared_memory


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    importing = commands.add_parser(
        "import", help="add the Chinese→English units of a TMX file",
        description="Add the Chinese→English units of a TMX file (TMX 1.4, as OmegaT and other "
                    "CAT tools write it) to your translation memory.")
    importing.add_argument("file", type=Path, metavar="FILE.tmx")
    importing.add_argument("--accept-partial", action="store_true",
                           help="import the readable units of a malformed file")
    exporting = commands.add_parser("export", help="write the whole memory as TMX 1.4")
    exporting.add_argument("output", type=Path, metavar="OUT.tmx")
    exporting.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    commands.add_parser("stats", help="units, languages and the last import")


def run(args: argparse.Namespace) -> int:
    if args.command == "import":
        return _import(args.file, accept_partial=args.accept_partial)
    if args.command == "export":
        return _export(args.output, force=args.force)
    return _stats()


def _import(path: Path, *, accept_partial: bool) -> int:
    if path.is_dir():
        raise MemoryFileError(f"{path}: is a folder; give a .tmx file")
    if not path.is_file():
        raise MemoryFileError(f"{path}: no such file")
    progress = TerminalProgress(sys.stderr)
    try:
        report = import_tmx(shared_memory(), path, accept_partial=accept_partial,
                            progress=progress.stage("Reading"))
    finally:
        progress.finish()
    for problem in report.skipped:
        print(f"duizhao: skipped {problem.describe(str(path))}", file=sys.stderr)
    other = (f" ({report.other_languages} units in other languages left out)"
             if report.other_languages else "")
    print(f"{report.imported} units imported from {path}{other}")
    return 0


def _export(output: Path, *, force: bool) -> int:
    if output.is_dir():
        raise MemoryFileError(f"{output} is a folder; give a file name")
    if output.exists() and not force:
        raise MemoryFileError(f"{output} exists; add --force to overwrite it")
    count = export_tmx(shared_memory(), output)
    print(f"{count} units written to {output}")
    return 0


def _stats() -> int:
    stats = shared_memory().stats()
    print(f"units: {stats.units}")
    for source, target, count in stats.languages:
        print(f"  {source} → {target}: {count}")
    print(f"last import: {stats.last_import or 'none'}")
    return 0
