"""The screenshot of the translation workspace in docs/guide.md: the sample with a few
sentences edited and reviewed, one remembered translation, and the editor open.

    xvfb-run -a python tools/screenshot_editor.py docs/editor.png
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from window_shot import shoot  # the script beside this one

if TYPE_CHECKING:
    from duizhao.ui.main_window import MainWindow


def edit(window: MainWindow) -> None:
    from duizhao.core.memory import shared_memory

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


if __name__ == "__main__":
    sys.exit(shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/editor.png"), edit,
                   settle_ms=1500))
