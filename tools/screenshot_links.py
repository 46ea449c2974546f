"""The screenshot of word links in docs/guide.md: the sample with the pointer on 梅金斯基, its
English lit up in the English pane.

    xvfb-run -a python tools/screenshot_links.py docs/screenshot-links.png

Runs with its own empty user folders (DUIZHAO_HOME), so nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> int:
    os.environ["DUIZHAO_HOME"] = tempfile.mkdtemp(prefix="duizhao-shot-")
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from duizhao.ui.main_window import MainWindow
    from duizhao.ui.panes.render import ORIGINAL
    from duizhao.ui.settings import Settings

    app = QApplication([])
    window = MainWindow(Settings())
    window.resize(1400, 860)
    window.show()
    sample = ROOT / "seeds" / "000_bacf4da327376ca6.txt"

    def grab() -> None:
        window.repaint()
        window.grab().save(str(out), "PNG")
        window.close()
        app.quit()

    def point() -> None:
        pane = window.panes.panes[ORIGINAL]
        row = next(r for r in range(window.model.rowCount())
                   if "梅金斯基" in window.model.sentence(r).original)
        at = window.model.sentence(row).original.index("梅金斯基") + 1
        window.panes.set_current(row)
        left, right = pane.point_of(row, at), pane.point_of(row, at + 1)
        QTest.mouseMove(pane.viewport(), QPoint((left.x() + right.x()) // 2, left.y()))
        QTimer.singleShot(500, grab)

    window.translation_done.connect(lambda: QTimer.singleShot(300, point))
    window.open_file(sample, sample.with_name(sample.stem + ".glossary.csv"))
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshot-links.png")))
