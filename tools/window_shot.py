"""Shared by the docs' screenshot scripts: the window on the bundled sample, with its own empty
user folders (DUIZHAO_HOME, so nothing of the user's is touched), set up by ``prepare`` once
the sample is translated, then grabbed into a PNG."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duizhao.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"


def shoot(out: Path, prepare: Callable[[MainWindow], None], settle_ms: int = 500) -> int:
    os.environ["DUIZHAO_HOME"] = tempfile.mkdtemp(prefix="duizhao-shot-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from duizhao.ui.main_window import MainWindow
    from duizhao.ui.settings import Settings

    app = QApplication([])
    window = MainWindow(Settings())
    window.resize(1400, 860)
    window.show()

    def grab() -> None:
        window.repaint()
        window.grab().save(str(out), "PNG")
        window.close()
        app.quit()

    def ready() -> None:
        prepare(window)
        QTimer.singleShot(settle_ms, grab)

    window.translation_done.connect(lambda: QTimer.singleShot(300, ready))
    window.open_file(SAMPLE, SAMPLE.with_name(SAMPLE.stem + ".glossary.csv"))
    app.exec()
    return 0
