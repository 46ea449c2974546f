"""``duizhao models list|download|install FILE|remove NAME``: the Argos zh→en models."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from duizhao.core.errors import ModelError
from duizhao.core.translate import (
    OperationCancelled,
    download_model,
    fetch_index,
    index_url,
    install_from_file,
    installed_models,
    newest_available,
    packages_dir,
    remove_model,
    update_for,
)
from duizhao.core.translate.packages import version_key


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("list", help="installed Chinese→English models")
    listing.add_argument("--updates", action="store_true",
                         help="also ask the package index (online) whether an update exists")
    commands.add_parser("download", help="download and install the newest zh→en model")
    install = commands.add_parser("install", help="install a .argosmodel file you have")
    install.add_argument("file", help="the .argosmodel file")
    remove = commands.add_parser("remove", help="remove an installed model")
    remove.add_argument("name", help="model name as `duizhao models list` shows it")


def run(args: argparse.Namespace) -> int:
    command = args.command or "list"
    if command == "list":
        return _list(check_updates=getattr(args, "updates", False))
    if command == "download":
        return _download()
    if command == "install":
        model = install_from_file(args.file)
        print(f"installed {model.label} ({_size(model.size)}) in {model.path}")
        return 0
    if command == "remove":
        for model in remove_model(args.name):
            print(f"removed {model.label}")
        return 0
    raise ModelError(f"Unknown command {command!r}.")  # argparse stops this earlier


def _list(*, check_updates: bool) -> int:
    """Offline unless asked: Duizhao goes online only when the user asks it to."""
    models = installed_models()
    available = []
    note = ""
    if check_updates:
        try:
            available = fetch_index(timeout=5)
        except ModelError as error:
            note = f"(update check skipped: {error})"
    if not models:
        print(f"No Chinese→English model is installed in {packages_dir()}.")
        print("Translations are word-by-word glosses until you run: duizhao models download")
    for model in models:
        update = update_for(model, available)
        extra = f"  update available: {update.version}" if update else ""
        print(f"{model.name:<20} {model.version:<8} {_size(model.size):>9}  "
              f"{model.from_code}→{model.to_code}{extra}")
    if note:
        print(note, file=sys.stderr)
    return 0


def _download() -> int:
    model = newest_available()
    current = [m for m in installed_models() if m.from_code == model.from_code
               and version_key(m.version) >= version_key(model.version)]
    if current:
        print(f"{current[0].label} is already installed (the newest in {index_url()} is "
              f"{model.version}).")
        return 0
    bar = ProgressBar(f"{model.label}", sys.stderr)
    try:
        result = download_model(model, progress=bar)
    except KeyboardInterrupt:  # the partial file is kept: running the command again resumes
        bar.finish()
        raise OperationCancelled("The download was interrupted; run `duizhao models download` "
                                 "again to resume it.") from None
    finally:
        bar.finish()
    print(f"installed {result.label} ({_size(result.size)}) in {result.path}")
    return 0


class ProgressBar:
    """A one-line progress bar; the size is printed first, before any data arrives."""

    def __init__(self, label: str, stream: TextIO, width: int = 30) -> None:
        self.label = label
        self.stream = stream
        self.width = width
        self._started = False
        self._last = 0.0
        self._open = False

    def __call__(self, done: int, total: int) -> None:
        if not self._started:
            self._started = True
            size = _size(total) if total else "unknown size"
            resumed = f", resuming at {_size(done)}" if done else ""
            print(f"Downloading {self.label} ({size}{resumed})", file=self.stream)
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        if total:
            filled = int(self.width * done / total)
            line = (f"\r[{'#' * filled}{'.' * (self.width - filled)}] "
                    f"{100 * done / total:5.1f}%  {_size(done)} / {_size(total)}")
        else:
            line = f"\r{_size(done)}"
        self.stream.write(line)
        self.stream.flush()
        self._open = True

    def finish(self) -> None:
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} B"
