"""Whether a translation model is installed (for the banner), without loading one."""

from __future__ import annotations


def has_translation_model() -> bool:
    from duizhao.core.translate.packages import best_installed_model

    try:
        return best_installed_model() is not None
    except Exception:  # an unreadable packages folder is "no model" for the banner
        return False
