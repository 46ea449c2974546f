"""A hostile or damaged ``duizhao.ini``: nothing in it runs, the window starts with defaults."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from duizhao.core.storage.paths import config_dir

# Writes the ini as QSettings does for a Python object: a pickled call inside @Variant(...).
MAKE_PAYLOAD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QSettings

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {sys.argv[2]}",))

    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    settings.setValue(sys.argv[3], Payload())
    settings.setValue("view/pinyin_style", "numbers")
    settings.sync()
""")


def _ini() -> Path:
    return config_dir() / "duizhao.ini"


def _pickled_payload(tmp_path: Path, key: str = "view/font_size") -> Path:
    marker = tmp_path / "code-ran"
    script = tmp_path / "make_payload.py"
    script.write_text(MAKE_PAYLOAD, encoding="utf-8")
    _ini().parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(script), str(_ini()), str(marker), key], check=True,
                   timeout=120)
    assert "PySide::PyObjectWrapper" in _ini().read_text(encoding="latin-1")
    assert not marker.exists()
    return marker


def test_a_pickled_object_in_the_ini_is_never_run(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from duizhao.ui.settings import Settings

    marker = _pickled_payload(tmp_path)
    settings = Settings()
    assert settings.font_size() == 15 and settings.pinyin_style() == "numbers"
    assert any("font_size" in problem for problem in settings.problems)
    settings.set_font_size(18)
    assert not marker.exists()


def test_the_export_dialog_does_not_run_it_either(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from duizhao.core.pipeline import Annotator
    from duizhao.ui.dialogs.export_dialog import ExportDialog

    marker = _pickled_payload(tmp_path, "export/options")
    document = Annotator().annotate_text("你好。")
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    assert not marker.exists()


def test_the_window_starts_with_defaults_and_says_so(qtbot, message_boxes: list[str],  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    from duizhao.cli import window_args
    from duizhao.ui.app import launch

    _ini().parent.mkdir(parents=True, exist_ok=True)
    _ini().write_bytes(b"[view]\nfont_size=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18PySide::"
                       b"PyObjectWrapper\\0\\0\\0\\0\\x14\\x80\\x4\\x95)\nvariant=bogus\n")
    document = tmp_path / "short.txt"
    document.write_text("你好。\n", encoding="utf-8")
    _app, window = launch(window_args([str(document)]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert "font_size" in message_boxes[0] and "view/variant" in message_boxes[0]
    assert window.settings.font_size() == 15
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=60_000)
    window.close()


@pytest.mark.parametrize("content", [
    b"[view]\nfont_size=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18PySide::PyObjectWrapper\\0\\0\\0\\0"
    b"\\x14\\x80\\x4\\x95\\t\\0\\0\\0)\n",  # truncated: UnpicklingError in QSettings
    b"\xff\xfe\x00garbage[[[\n",
    b"[view\nfont_size = 15\n",
])
def test_a_damaged_ini_gives_defaults_and_says_so(content: bytes) -> None:
    from duizhao.ui.settings import Settings

    _ini().parent.mkdir(parents=True, exist_ok=True)
    _ini().write_bytes(content)
    settings = Settings()
    assert settings.font_size() == 15 and settings.visible_panes()
    assert len(settings.problems) == 1 and "default" in settings.problems[0]


def test_a_config_path_that_is_a_file_gives_defaults_and_says_so() -> None:
    from duizhao.ui.settings import Settings

    config_dir().parent.mkdir(parents=True, exist_ok=True)
    config_dir().write_text("not a folder", encoding="utf-8")
    settings = Settings()
    assert settings.font_size() == 15
    settings.set_font_size(20)  # kept for this run, not saved, said once
    assert settings.font_size() == 20
    assert len(settings.problems) == 1 and "not a folder" in settings.problems[0]
    assert config_dir().read_text(encoding="utf-8") == "not a folder"


def test_an_invalid_variant_falls_back_with_a_note() -> None:
    from duizhao.ui.settings import Settings

    _ini().parent.mkdir(parents=True, exist_ok=True)
    _ini().write_text("[view]\nvariant=bogus\nfont_size=twelve\n", encoding="utf-8")
    settings = Settings()
    assert settings.variant() == "" and settings.font_size() == 15
    assert [p for p in settings.problems if "view/variant" in p and "default" in p]
    assert [p for p in settings.problems if "view/font_size" in p]


def test_settings_of_an_earlier_version_are_kept() -> None:
    from duizhao.ui.settings import Settings

    _ini().parent.mkdir(parents=True, exist_ok=True)
    _ini().write_text('[documents]\nrecent=/home/me/中文 file.txt, "/a,b/c@d.txt", /x\n'
                      "has_run=true\n[view]\nfont_size=17\npanes=original, pinyin\n"
                      "pinyin_style=zhuyin\n[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0)\n",
                      encoding="utf-8")
    settings = Settings()
    assert settings.recent_files() == ["/home/me/中文 file.txt", "/a,b/c@d.txt", "/x"]
    assert (settings.font_size(), settings.visible_panes(), settings.pinyin_style()) == \
        (17, ["original", "pinyin"], "zhuyin")
    assert not settings.first_run() and settings.problems == []
