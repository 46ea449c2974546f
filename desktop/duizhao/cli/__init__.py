"""Command line: ``duizhao [FILE]`` opens the window; subcommands work without it.

Each subcommand lives in its own module with ``add_arguments(parser)`` and ``run(args) -> int``
and is imported only when used, so ``duizhao export`` never loads Qt.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from duizhao import __version__
from duizhao.core.errors import DuizhaoError, Terminated

if TYPE_CHECKING:
    import argparse

SUBCOMMANDS = {
    "export": ("duizhao.cli.export", "annotate a document and write JSON, Markdown, HTML..."),
    "models": ("duizhao.cli.models", "list, download, install or remove translation models"),
    "glossary": ("duizhao.cli.glossary", "convert glossaries between CSV, TBX, OmegaT, Anki"),
    "vocab": ("duizhao.cli.vocab", "known words: document coverage, import, learning cards"),
    "tm": ("duizhao.cli.tm", "import, export or count the translation memory (TMX)"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        import argparse

        module_name, help_text = SUBCOMMANDS[args_list[0]]
        module = importlib.import_module(module_name)
        parser = argparse.ArgumentParser(prog=f"duizhao {args_list[0]}", description=help_text)
        module.add_arguments(parser)
        args = parser.parse_args(args_list[1:])
        _stop_on_termination()
        return _run(module.run, args)
    window = window_args(args_list)
    from duizhao.ui import app  # Qt is imported only for the window

    return _run(app.run, window)


def _run(func, args: argparse.Namespace | WindowArgs) -> int:  # type: ignore[no-untyped-def]
    try:
        return int(func(args) or 0)
    except DuizhaoError as error:
        print(f"duizhao: {error}", file=sys.stderr)
        return 2
    except Terminated as stop:
        print(f"duizhao: {stop}", file=sys.stderr)
        return 128 + stop.signum
    except KeyboardInterrupt:
        print("duizhao: interrupted", file=sys.stderr)
        return 130


def _stop_on_termination() -> None:
    import signal

    def stop(signum: int, _frame: object) -> None:
        raise Terminated(signum)

    for name in ("SIGTERM", "SIGHUP"):  # SIGHUP: the terminal closed
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)


@dataclass
class WindowArgs:
    """What ``duizhao [FILE] [--glossary G] [--screenshot PNG]`` asks of the window."""

    file: str | None = None
    glossary: str | None = None
    screenshot: str | None = None


def window_args(argv: Sequence[str]) -> WindowArgs:
    """The window's arguments. With none (how a desktop launcher starts it) there is nothing
    to parse: building the parser (argparse looks up its message catalogue for every help
    text) would be some 20 M instructions of every start, 2 % of a bare Qt window's."""
    if not argv:
        return WindowArgs()
    return window_parser().parse_args(argv, namespace=WindowArgs())


def window_parser() -> argparse.ArgumentParser:
    import argparse

    commands = "\n".join(f"  {name:<10}{text}" for name, (_, text) in SUBCOMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="duizhao",
        description="Read Chinese side by side: original, conversion, pinyin and English.",
        epilog=f"subcommands (duizhao COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="document to open (default: the bundled sample)")
    parser.add_argument("--glossary", help="glossary CSV/TBX to use with the document")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="open FILE, wait until it is annotated, save a PNG and exit")
    parser.add_argument("--version", action="version", version=f"duizhao {__version__}")
    return parser
