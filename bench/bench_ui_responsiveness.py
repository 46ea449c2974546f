"""Does the window stay responsive? The sample repeated N times (default 100) is opened and
translated with a tiny real Argos model (tests/tinymodel.py: random weights, nonsense English,
real CTranslate2 work) while a 5 ms timer on the GUI thread records every gap in the event
loop. Prints the longest gap and the 99th percentile during annotation fill-in and during
translation, and how long each phase took. The goal: no gap over 100 ms.

    python bench/bench_ui_responsiveness.py [--repeat 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="duizhao-bench-"))
    os.environ["DUIZHAO_HOME"] = str(home / "duizhao")
    os.environ["ARGOS_PACKAGES_DIR"] = str(home / "argos")
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tests"))
    from duizhao.core.samples import sample_glossary_path, sample_path
    from duizhao.core.translate import install_from_file
    from tinymodel import build_tiny_package

    install_from_file(build_tiny_package(home / "tiny").archive)
    text = sample_path().read_text(encoding="utf-8")
    document = home / f"sample_x{args.repeat}.txt"
    document.write_text("\n".join([text] * args.repeat), encoding="utf-8")
    glossary = document.with_name(document.stem + ".glossary.csv")
    glossary.write_bytes(sample_glossary_path().read_bytes())

    from PySide6.QtCore import QEventLoop, QTimer

    from duizhao.ui import app as ui_app
    from duizhao.ui.main_window import MainWindow

    app = ui_app.application()
    window = MainWindow()
    window.show()
    gaps: dict[str, list[float]] = {"first screen": [], "annotation": [], "translation": []}
    phase = {"name": "first screen", "last": time.perf_counter()}
    times: dict[str, float] = {}
    first_screen: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        gaps[phase["name"]].append(now - phase["last"])
        phase["last"] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    start = time.perf_counter()

    def opened() -> None:
        first_screen["rows"] = window.model.rowCount()
        first_screen["seconds"] = times["first screen"] = time.perf_counter() - start
        phase["name"] = "annotation"

    def annotated() -> None:
        times["annotation"] = time.perf_counter() - start - times["first screen"]
        phase["name"] = "translation"
        phase["last"] = time.perf_counter()
        times["translation_start"] = time.perf_counter()

    def translated() -> None:
        times["translation"] = time.perf_counter() - times["translation_start"]
        loop.quit()

    window.session.opened.connect(opened)
    window.document_ready.connect(annotated)
    window.translation_done.connect(translated)
    timer.start()
    window.open_file(document)
    loop.exec()
    timer.stop()
    rows = window.model.rowCount()
    window.close()
    print(f"sample x{args.repeat}: {len(document.read_text(encoding='utf-8')):,} characters, "
          f"{rows:,} sentences; platform {os.environ.get('QT_QPA_PLATFORM') or 'default'}")
    print(f"first screen ({first_screen['rows']} sentences) shown after "
          f"{first_screen['seconds']:.2f} s")
    print("phase (GUI event loop)     seconds  longest gap   p99   median")
    for name in ("first screen", "annotation", "translation"):
        values = sorted(gaps[name]) or [0.0]
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        print(f"{name:<24} {times[name]:8.1f} {values[-1] * 1000:9.0f} ms {p99 * 1000:5.0f} ms"
              f" {statistics.median(values) * 1000:5.0f} ms")
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
