"""Starting the window reads no module's source: PySide6 is told Duizhao selects no feature."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

IMPORT_THE_WINDOW = """
import linecache, sys
import duizhao.ui.main_window, duizhao.core.storage.doc_cache  # the window, its worker's module
from PySide6.support import feature
read = sorted(name for name in linecache.cache if "duizhao" in name)
table = feature.pyside_feature_dict
print(read, table["duizhao.ui.main_window"], table["json"])
"""


def test_importing_the_window_reads_no_source_of_ours() -> None:
    result = subprocess.run([sys.executable, "-c", IMPORT_THE_WINDOW], capture_output=True,
                            text=True, check=True)
    # PySide6's own scan would have read every module's source into linecache
    assert result.stdout.split() == ["[]", "0", "-1"], result.stdout + result.stderr


def test_a_module_imported_later_is_answered_before_pyside_looks() -> None:
    from PySide6.support import feature

    from duizhao.ui import feature_scan

    feature_scan.install()  # twice is harmless: one finder
    assert sum(type(f).__name__ == "_Answer" for f in sys.meta_path) == 1
    table = feature.pyside_feature_dict
    for name in ("duizhao.not_yet_written", "not_yet_written"):
        table.pop(name, None)
        assert importlib.util.find_spec(name) is None  # looked for: answered, not found
    assert table["duizhao.not_yet_written"] == feature_scan.USES_PYSIDE
    assert table["not_yet_written"] == feature_scan.IGNORE
