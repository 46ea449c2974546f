"""Window start-up: a cold process until the sample is fully shown (every sentence in every
pane, no translation), against a bare PySide6 window showing the same text, side by side in
one run. Four cases for Duizhao: the first run (the sample, whose annotation ships with
Duizhao), a later start on the same document (its annotation in the user cache), a document
never opened before (the pipeline loads its dictionaries and annotates it), the first such
ever and then another (which finds the data derived from the dictionaries in the user cache).
Duizhao starts the way ``duizhao`` with no arguments does (same launch and shut-down code, as a
new user whose files are under XDG_*), and quits once the document is fully shown. A fifth case
is a later start whose English comes from the document's workspace (saved by an earlier run
that translated it): it counts as shown once the English pane has every sentence's English.
A sixth runs ``duizhao --screenshot OUT.png`` on that same start, as a whole process: it waits
for the English, saves the window and exits. Peak memory (max RSS) of each process is
reported too (not for the screenshot, which prints nothing).

    python bench/bench_startup.py [--runs 5]
    python bench/bench_startup.py --instructions

Runs offscreen unless DISPLAY is set and QT_QPA_PLATFORM says otherwise.

``--instructions`` counts the instructions each process executes instead (valgrind's
callgrind), which the machine's load does not change: the bare window, the later start, the
later start with the English from the workspace and ``--screenshot``. Under valgrind a process
runs some 50 times slower, so the model check the window starts a second after the document
is shown would run inside the measured start (about 290 M instructions, importing the
translation package); it is held off, as a real start is over long before it.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both processes stop at the first moment everything is on screen: an event filter sees each
# text widget's paint events, and the process quits right after the paint that shows the whole
# document (for Duizhao: every pane painted with all the sentences on its screen, and the
# annotation finished).
WATCH = r"""
import resource
from PySide6.QtCore import QEvent, QObject, QTimer

class Painted(QObject):
    def __init__(self, widgets, count):
        super().__init__()
        self.count = count  # what a widget shows at a paint (for Duizhao: its rows)
        self.shown = {w: -1 for w in widgets}
        self.expected = None  # set when the document is complete
        # whether a widget's last paint showed all there is to see of the document
        self.enough = lambda _widget, shown: shown == self.expected
        self.done = False
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in self.shown:
            self.shown[watched] = self.count(watched)
            QTimer.singleShot(0, self.check)  # after this paint has been done
        return False

    def complete(self, expected):
        self.expected = expected
        self.check()

    def check(self):
        if self.done or self.expected is None:
            return
        if all(self.enough(w, n) for w, n in self.shown.items()):
            self.done = True
            print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            QTimer.singleShot(0, QApplication.instance().quit)
"""

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
from duizhao.core.samples import sample_path
""" + WATCH + r"""
app = QApplication(sys.argv[:1])
window = QMainWindow()
editor = QTextEdit()
editor.setReadOnly(True)
editor.setPlainText(sample_path().read_text(encoding="utf-8"))
window.setCentralWidget(editor)
window.resize(1400, 860)
painted = Painted([editor.viewport()], lambda _viewport: 1)
painted.complete(1)
window.show()
app.exec()
"""

HOLD_MODEL_CHECK = r"""
import sys
if "--hold-model-check" in sys.argv:
    sys.argv.remove("--hold-model-check")
    import duizhao.ui.main_window
    duizhao.ui.main_window.MODEL_CHECK_DELAY_MS = 10**9
"""

DUIZHAO = HOLD_MODEL_CHECK + r"""
from duizhao.cli import window_args
import sys
args = window_args([a for a in sys.argv[1:] if a != "--english"])
from PySide6.QtWidgets import QApplication
from duizhao.ui import app as ui_app
""" + WATCH + r"""
app, window = ui_app.launch(args)
window.session.translate = lambda **_: None  # start-up only: no translation
viewports = {pane.viewport(): pane for pane in window.panes.panes.values()}
english = window.panes.panes["english"]
with_english = "--english" in sys.argv

def shown(viewport):
    pane = viewports[viewport]
    if with_english and pane is english:  # rows whose English has come, not "…" (read from
        # the sentences: rendering the rows off screen to look would add their work)
        return sum(bool(pane.model.sentence(r).translation) for r in range(pane.row_count()))
    return pane.row_count()

painted = Painted(list(viewports), shown)


def enough(viewport, shown):
    # every row on screen was there at the pane's last paint (rows added below the view
    # repaint nothing)
    if with_english or shown == painted.expected:
        return shown == painted.expected
    pane = viewports[viewport]
    bottom = pane.verticalScrollBar().value() + viewport.height()
    return shown > pane._rows.row_at(bottom)  # the last row on screen (clamped to the rows)


painted.enough = enough
window.document_ready.connect(lambda: painted.complete(window.model.rowCount()))
try:
    ui_app.serve(app, window)  # the event loop as ``duizhao`` runs it
finally:
    ui_app.shut_down()
"""


# An earlier session on the sample: translated (the gloss, with no model installed), its
# workspace saved when the window closes.
TRANSLATE_ONCE = r"""
import sys
from PySide6.QtCore import QTimer
from duizhao.cli import window_args
from duizhao.ui import app as ui_app
app, window = ui_app.launch(window_args([]))
window.translation_done.connect(lambda: QTimer.singleShot(200, app.quit))
try:
    app.exec()
finally:
    ui_app.shut_down()
print("rss 0")
"""


# ``duizhao --screenshot OUT`` (``python -m duizhao``), the model check held off
SCREENSHOT_HELD = HOLD_MODEL_CHECK + r"""
import runpy
sys.argv[0] = "duizhao"
runpy.run_module("duizhao", run_name="__main__")
"""


def run(script: str, env: dict[str, str], *args: str) -> tuple[float, float]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", script, *args],
                            env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"the measured process failed ({result.returncode}):\n{result.stderr[-3000:]}")
    rss_kb = next(int(line.split()[1]) for line in result.stdout.splitlines()
                  if line.startswith("rss "))
    return elapsed, rss_kb / 1024


def run_screenshot(env: dict[str, str], out: Path) -> tuple[float, float]:
    """``duizhao --screenshot OUT`` as a user runs it: a whole process, from start to exit."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "duizhao",
                             "--screenshot", str(out)], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"the screenshot failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return elapsed, float("nan")  # no peak memory of its own: it prints nothing


def new_document(home: Path, run_number: int) -> str:
    """The sample with one sentence more (so nothing cached matches it), and its glossary."""
    from duizhao.core.samples import sample_glossary_path, sample_path

    path = home / f"article-{run_number}.txt"
    text = sample_path().read_text(encoding="utf-8")
    path.write_text(f"{text.rstrip()}\n第{run_number + 1}次打開。\n", encoding="utf-8")
    path.with_suffix(".glossary.csv").write_bytes(sample_glossary_path().read_bytes())
    return str(path)


def instructions(env: dict[str, str], script: str, *args: str) -> int:
    """The instructions one process executes, counted by callgrind."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                             sys.executable, "-c", script, *args],
                            env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"the measured process failed ({result.returncode}):\n{result.stderr[-3000:]}")
    counted = re.search(r"Collected : (\d+)", result.stderr)
    if counted is None:
        sys.exit(f"valgrind printed no count:\n{result.stderr[-3000:]}")
    return int(counted.group(1))


def count_instructions(env: dict[str, str], home: Path) -> None:
    env["PYTHONHASHSEED"] = "0"  # the same dictionaries' layout in every process
    run(BARE, env)
    run(DUIZHAO, env)
    run(DUIZHAO, env)  # the sample's annotation in the user cache
    run(TRANSLATE_ONCE, env)  # its English in the workspace
    run_screenshot(env, home / "shot.png")
    shot = str(home / "shot.png")
    cases = {
        "bare PySide6 window, same text": (BARE,),
        "duizhao, later start (same document)": (DUIZHAO, "--hold-model-check"),
        "duizhao, later start, English from workspace": (DUIZHAO, "--english",
                                                          "--hold-model-check"),
        "duizhao --screenshot, the same, to exit": (SCREENSHOT_HELD, "--screenshot", shot,
                                                    "--hold-model-check"),
    }
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'default'}; instructions (callgrind)")
    print(f"{'case':<44}{'millions':>10}{'× bare':>9}")
    bare = 0
    for label, (script, *args) in cases.items():
        count = instructions(env, script, *args)
        bare = bare or count
        print(f"{label:<44}{count / 1e6:>10,.0f}{count / bare:>9.2f}")


def isolate(env: dict[str, str], home: str) -> None:
    """A fresh user: settings, caches and data in ``home``, found the way a user's are."""
    for kind in ("CONFIG", "CACHE", "DATA"):
        env[f"XDG_{kind}_HOME"] = str(Path(home) / kind.lower())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions under valgrind instead of timing")
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (apt-get install valgrind)")
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed: byte-code cached (pip compiles it), so no run pays for compiling.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("DUIZHAO_HOME", None)  # where a user's files are: platformdirs, under XDG_*
    if args.instructions:
        with tempfile.TemporaryDirectory() as home:
            isolate(env, home)
            count_instructions(env, Path(home))
        return 0
    with tempfile.TemporaryDirectory() as home:
        isolate(env, home)
        run(BARE, env)
        run(DUIZHAO, env)
    results: dict[str, list[tuple[float, float]]] = {
        "bare": [], "first": [], "later": [], "new": [], "another": [], "workspace": [],
        "screenshot": []}
    for run_number in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            isolate(env, home)
            results["bare"].append(run(BARE, env))
            results["first"].append(run(DUIZHAO, env))  # nothing cached yet
            results["later"].append(run(DUIZHAO, env))  # annotated sample in the user cache
            # the first new document builds the derived data (jieba's prefix dictionary) ...
            results["new"].append(run(DUIZHAO, env, new_document(Path(home), 2 * run_number)))
            # ... which the next one reads from the user cache
            results["another"].append(
                run(DUIZHAO, env, new_document(Path(home), 2 * run_number + 1)))
            run(TRANSLATE_ONCE, env)  # the sample translated once: its English in the workspace
            results["workspace"].append(run(DUIZHAO, env, "--english"))
            results["screenshot"].append(run_screenshot(env, Path(home) / "shot.png"))
    bare = statistics.median(t for t, _ in results["bare"])
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'default'}; runs: {args.runs} (median)")
    print(f"{'case':<44}{'seconds':>9}{'× bare':>9}{'peak MB':>9}")
    labels = {
        "bare": "bare PySide6 window, same text",
        "first": "duizhao, first run (the sample)",
        "later": "duizhao, later start (same document)",
        "new": "duizhao, a new document, first ever",
        "another": "duizhao, another new document",
        "workspace": "duizhao, later start, English from workspace",
        "screenshot": "duizhao --screenshot, the same, to exit",
    }
    for key, label in labels.items():
        seconds = statistics.median(t for t, _ in results[key])
        peak = max(m for _, m in results[key])
        peak_text = "–" if math.isnan(peak) else f"{peak:.0f}"
        print(f"{label:<44}{seconds:>9.2f}{seconds / bare:>9.2f}{peak_text:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
