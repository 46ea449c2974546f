"""A book of 1.5 million characters: how soon its first screen is shown, and how much memory
the window holds once the whole book is annotated.

The book is Markdown (the sample's paragraphs again and again under 第N章 headings, so the
Contents dock has chapters), opened by a cold process the way ``duizhao BOOK`` does, as a new
user (nothing cached) and as a user who has read before; and by File > Open in a window that
has just shown another new document. Two moments are timed: the first paint at which every
pane shows the sentences that fill it, and the end of annotation; max RSS is read at both.

    python bench/bench_book.py [--chars 1500000] [--runs 3] [--first-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_startup import WATCH, isolate, new_document, run  # the script beside this one

ROOT = Path(__file__).resolve().parent.parent

BOOK = r"""
import sys, time, resource
from pathlib import Path
from duizhao.cli import window_args
from PySide6.QtWidgets import QApplication
from duizhao.ui import app as ui_app
""" + WATCH + r"""
book, mode = sys.argv[1], sys.argv[2:]  # mode: [], ["--first"] or ["--in-window", DOCUMENT]
in_window = mode[:1] == ["--in-window"]
start = time.perf_counter()
app, window = ui_app.launch(window_args(mode[1:2] if in_window else [book]))
window.session.translate = lambda **_: None  # the reading, not the translation
viewports = {pane.viewport(): pane for pane in window.panes.panes.values()}
first = {}
state = {"book": not in_window}  # the book is being opened

def screenful(viewport):
    pane = viewports[viewport]
    if (state["book"] and pane.row_count()
            and pane.row_at(viewport.rect().bottomLeft()) >= 0):
        return 1  # rows down to the bottom of the pane: a full first screen
    return 0

painted = Painted(list(viewports), screenful)
original_check = painted.check

def check():
    if not first and all(n == 1 for n in painted.shown.values()):
        first["seconds"] = time.perf_counter() - start
        first["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print("first", first["seconds"], first["rss"])
    if first and mode:
        painted.done = True
        print("rss", first["rss"])
        QApplication.instance().quit()
        return
    original_check()

def ready():
    global start
    if state["book"]:
        print("annotated", time.perf_counter() - start, window.model.rowCount())
        painted.complete(1)
        return
    # the other document is shown and the dictionaries are loaded: now the book, whose
    # paints count once its first screen is in the model
    window.session.opened.connect(lambda: state.update(book=True))
    start = time.perf_counter()
    window.open_file(Path(book))

painted.check = check
window.document_ready.connect(ready)
try:
    app.exec()
finally:
    ui_app.shut_down()
"""


def write_book(path: Path, chars: int) -> int:
    from duizhao.core.samples import sample_path

    paragraphs = [p for p in sample_path().read_text(encoding="utf-8").split("\n") if p.strip()]
    parts: list[str] = []
    size = chapter = 0
    while size < chars:
        chapter += 1
        heading = f"# 第{chapter}章\n"
        parts.append(heading)
        size += len(heading)
        for paragraph in paragraphs:
            parts.append(paragraph + "\n")
            size += len(paragraph) + 1
    path.write_text("\n".join(parts), encoding="utf-8")
    return size


def in_window(env: dict[str, str], book: Path, home: Path, run_number: int) -> float:
    """Seconds from File > Open of the book to its first screen, in a window that has just
    shown a new document (so the dictionaries are loaded, as in a day's reading)."""
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", BOOK, str(book),
                             "--in-window", new_document(home, run_number)],
                            env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"the measured process failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return next(float(line.split()[1]) for line in result.stdout.splitlines()
                if line.startswith("first "))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_500_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--first-only", action="store_true",
                        help="only the first screen, not the whole book")
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("DUIZHAO_HOME", None)
    firsts, first_rss, returning, opened, whole = [], [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "book.md"
        size = write_book(book, args.chars)
        for number in range(args.runs):
            with tempfile.TemporaryDirectory() as home:
                isolate(env, home)
                seconds, rss = run(BOOK, env, str(book), "--first")
                firsts.append(seconds)
                first_rss.append(rss)
                # the same user again: what the first document left in the cache is there
                returning.append(run(BOOK, env, str(book), "--first")[0])
                opened.append(in_window(env, book, Path(home), number))
            if not args.first_only:
                with tempfile.TemporaryDirectory() as home:
                    isolate(env, home)
                    whole.append(run(BOOK, env, str(book)))
    print(f"book: {size:,} characters, {args.runs} runs, median")
    print(f"first screen, a new user's cold process (start to paint): "
          f"{statistics.median(firsts):.2f} s, max RSS then {statistics.median(first_rss):.0f} MB")
    print(f"first screen, cold process, not the user's first document: "
          f"{statistics.median(returning):.2f} s")
    print(f"first screen, opened in a running window (Open to paint): "
          f"{statistics.median(opened):.2f} s")
    if whole:
        print(f"whole book annotated and shown: {statistics.median(s for s, _ in whole):.1f} s,"
              f" max RSS {statistics.median(r for _, r in whole):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
