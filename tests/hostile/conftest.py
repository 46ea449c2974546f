"""The hostile-input suite: what a careful attacker or a clumsy user feeds Duizhao.

Every test here is marked ``hostile`` so the suite can be run on its own
(``pytest -m hostile``); it also runs with the rest of the tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.hostile)


@pytest.fixture
def window(qtbot, message_boxes: list[str]) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from duizhao.ui import i18n
    from duizhao.ui.main_window import MainWindow
    from duizhao.ui.settings import Settings

    i18n.apply_language("en")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
