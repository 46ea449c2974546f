"""The CJK font shipped as a Python package (noto-cjk-sans-otc), registered with Qt for machines
without one; the window and the PDF exporter both use it."""

from __future__ import annotations

import functools

from PySide6.QtGui import QFontDatabase


@functools.cache
def bundled_cjk_families() -> tuple[str, ...]:
    """Register Noto Sans CJK from the ``noto-cjk-sans-otc`` package (once) and return its
    families; empty when the package is missing or the font cannot be loaded."""
    try:
        import noto_cjk_sans_otc  # OFL-licensed Noto Sans CJK, shipped as a wheel
    except ImportError:
        return ()
    font_id = QFontDatabase.addApplicationFont(str(noto_cjk_sans_otc.FONT_PATH))
    return tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()


def system_has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese)
                or QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font() -> None:
    """Without any Chinese font Qt draws boxes: fall back to the bundled one."""
    if not system_has_cjk_font():
        bundled_cjk_families()
