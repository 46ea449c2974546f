"""The screenshot of word links in docs/guide.md: the sample with the pointer on 梅金斯基, its
English lit up in the English pane.

    xvfb-run -a python tools/screenshot_links.py docs/screenshot-links.png
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from window_shot import shoot  # the script beside this one

if TYPE_CHECKING:
    from duizhao.ui.main_window import MainWindow


def point_at_medinsky(window: MainWindow) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from duizhao.ui.panes.render import ORIGINAL

    pane = window.panes.panes[ORIGINAL]
    row = next(r for r in range(window.model.rowCount())
               if "梅金斯基" in window.model.sentence(r).original)
    at = window.model.sentence(row).original.index("梅金斯基") + 1
    window.panes.set_current(row)
    left, right = pane.point_of(row, at), pane.point_of(row, at + 1)
    QTest.mouseMove(pane.viewport(), QPoint((left.x() + right.x()) // 2, left.y()))


if __name__ == "__main__":
    raise SystemExit(shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshot-links.png"),
                           point_at_medinsky))
