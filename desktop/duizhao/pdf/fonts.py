"""Fonts for the PDF: a CJK family for Traditional and one for Simplified text, the shipped
Noto Sans CJK first so every machine makes the same PDF."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication

from duizhao.core.errors import ExportError
from duizhao.fonts import bundled_cjk_families

FONT_HELP = ("No Chinese font was found for the PDF. Install the Python package "
             "'noto-cjk-sans-otc' (pip install noto-cjk-sans-otc) or a system CJK font "
             "such as Noto Sans CJK, then export again.")

_app: QCoreApplication | None = None
_families: dict[str, str] | None = None


def _ensure_gui() -> None:
    """Text layout needs a QGuiApplication; the CLI has none, so make an offscreen one."""
    global _app
    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return
    if instance is not None:
        raise ExportError("PDF export needs a graphical Qt application; "
                          "export from the window or the command line instead.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["duizhao-export"])


def cjk_families() -> dict[str, str]:
    """Font family for Traditional ("zh-Hant") and Simplified ("zh-Hans") text.

    The font shipped in the ``noto-cjk-sans-otc`` package comes first, so every machine makes
    the same PDF; otherwise any installed font that covers Chinese. Raises ExportError with
    what to install when there is none.
    """
    global _families
    _ensure_gui()
    if _families is not None:
        return _families
    families = list(bundled_cjk_families())
    if not families:
        families = [*QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese),
                    *QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)]
    if not families:
        raise ExportError(FONT_HELP)

    def pick(*wanted: str) -> str:
        for name in wanted:
            if name in families:
                return name
        return families[0]

    _families = {
        "zh-Hant": pick("Noto Sans CJK TC", "Noto Sans CJK HK", "Source Han Sans TC",
                        "Noto Sans CJK SC"),
        "zh-Hans": pick("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK TC"),
    }
    return _families

