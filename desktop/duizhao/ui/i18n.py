"""UI languages: English, Simplified and Traditional Chinese, via Qt Linguist files.

Our ``translations/duizhao_<lang>.ts`` are the sources; compiled ``.qm`` files are not kept
in git. They are looked for beside the ``.ts`` (a build step may have made them) and otherwise
compiled once with ``pyside6-lrelease`` into the user cache. Qt's own strings (dialog buttons
and the like) come from the ``qtbase_<lang>.qm`` shipped with PySide6.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from duizhao.core.storage.paths import cache_dir

LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The UI language the system locale asks for, among the ones we have."""
    locale = QLocale.system()
    return language_for_locale(locale.name(), locale.script())


def language_for_locale(name: str, script: QLocale.Script | None = None) -> str:
    if not name.lower().startswith("zh"):
        return "en"
    if script == QLocale.Script.TraditionalHanScript:
        return "zh_TW"
    region = name.split("_", 1)[1].upper() if "_" in name else ""
    return "zh_TW" if region in ("TW", "HK", "MO") or "HANT" in name.upper() else "zh_CN"


def current_language() -> str:
    return _current


def _ts_path(lang: str) -> Path:
    return Path(str(resources.files("duizhao.translations").joinpath(f"duizhao_{lang}.ts")))


def _lrelease() -> list[str] | None:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                                else "lrelease")
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def qm_path(lang: str) -> Path | None:
    """A compiled catalogue for ``lang``: shipped beside the .ts, else built into the cache."""
    ts = _ts_path(lang)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    cached = cache_dir() / "translations" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    import subprocess  # only the first start in a language compiles its catalogue

    cached.parent.mkdir(parents=True, exist_ok=True)
    # lrelease writes in place; build beside and rename so a half-written file never loads.
    partial = cached.with_suffix(".qm.part")
    try:
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=60)
        partial.replace(cached)
    except (OSError, subprocess.SubprocessError):
        return None
    return cached


def apply_language(lang: str) -> str:
    """Install translators for ``lang`` ("" = system). Returns the language in effect.

    Widgets receive a ``LanguageChange`` event and re-read their texts.
    """
    global _current
    app = QCoreApplication.instance()
    effective = lang or system_language()
    if effective not in LANGUAGE_NAMES:
        effective = "en"
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = effective
    if effective == "en" or app is None:
        return effective
    ours = QTranslator(app)
    path = qm_path(effective)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{effective}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return effective
