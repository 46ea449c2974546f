"""The screenshot of the translation workspace in docs/guide.md: the sample with a few
sentences edited and reviewed, one remembered translation, and the editor open.

    xvfb-run -a python tools/screenshot_editor.py docs/editor.png

Runs with its own empty user folders (DUIZHAO_HOME), so the user's memory is not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> int:
    os.environ["DUIZHAO_HOME"] = tempfile.mkdtemp(prefix="duizhao-shot-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from duizhao.core.memory import shared_memory
    from duizhao.ui.main_window import MainWindow
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

    def edit() -> None:
        edits = window.session.translation
        model = window.model
        edits.edit(0, "Three years on, senior Russian and Ukrainian officials are finally back "
                      "at the negotiating table.")
        edits.set_reviewed(0, True)
        edits.edit(1, "On 16 May, Russia and Ukraine held direct talks in Istanbul.")
        original = model.sentence(3).original
        shared_memory().remember(original[:-3] + original[-1:],
                                 "A translation remembered from an earlier article.")
        window.panes.set_current(3)
        window.editing.edit()
        QTimer.singleShot(1500, grab)

    window.translation_done.connect(lambda: QTimer.singleShot(300, edit))
    window.open_file(sample, sample.with_name(sample.stem + ".glossary.csv"))
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/editor.png")))
