"""Keep PySide6 from reading the source of every module imported after it.

Once imported, PySide6 looks at each module imported later (and at each module imported
before it, the first time an ``import`` statement names it again) to decide whether that
module may select ``__feature__`` switches such as ``snake_case``: it reads the module's whole
source with ``inspect.getsource``, keeps it in ``linecache`` and records 0 ("uses PySide6") or
-1 ("ignore") in a table it publishes, ``pyside_feature_dict`` (PYSIDE-1019). On a start of
the window that is some 150 source files, 30 ms of the main thread. Duizhao selects no
feature, so the answer is written into the table before each module is imported, and PySide6,
finding it there, reads nothing.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

OWN_PACKAGE = "duizhao"
USES_PYSIDE, IGNORE = 0, -1  # PySide6's values: modules of ours may use it; others do not


def install() -> None:
    """Answer for every module already imported and for each module imported from now on."""
    try:
        from PySide6.support import feature
    except ImportError:  # a PySide6 without feature switching (PyPy)
        return
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict) or any(isinstance(f, _Answer) for f in sys.meta_path):
        return
    for name in list(sys.modules):
        table.setdefault(name, _selection(name))
    sys.meta_path.insert(0, _Answer(table))


def _selection(name: str) -> int:
    return USES_PYSIDE if name.partition(".")[0] == OWN_PACKAGE else IGNORE


class _Answer:
    """A meta path finder that finds nothing: it only writes the answer for the module about
    to be imported, then lets the real finders find it."""

    def __init__(self, table: MutableMapping[str, int]) -> None:
        self.table = table

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        self.table.setdefault(fullname, _selection(fullname))
        return None
