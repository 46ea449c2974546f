"""A translation cache that cannot be used: Duizhao translates without it, warned once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hostile_helpers import run_cli

from duizhao.core.pipeline import Annotator
from duizhao.core.translate import TranslationService
from duizhao.core.translate.cache import default_cache_path
from duizhao.core.translate.packages import install_from_file

TEXT = "俄羅斯外交部長今天說，談判仍在進行。\n烏克蘭總統說，和平需要時間。\n"


def _document():  # type: ignore[no-untyped-def]
    return Annotator().annotate_text(TEXT)


def test_cache_path_that_is_a_folder_translates_and_warns_once(tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    install_from_file(tiny_argos_package.archive)
    default_cache_path().mkdir(parents=True)
    service = TranslationService()

    first = service.translate_document(_document())
    second = service.translate_document(_document())

    assert first.translated == first.total > 0
    assert first.hint is not None and "translation cache" in first.hint
    assert "\n" not in first.hint
    assert second.hint is None  # warned once
    assert default_cache_path().is_dir()  # nothing of the user's was removed


def test_read_only_cache_folder_exports_with_one_warning(tiny_argos_package,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_from_file(tiny_argos_package.archive)
    source = tmp_path / "text.txt"
    source.write_text(TEXT, encoding="utf-8")
    # a cache left by an earlier run, then its folder made read-only
    TranslationService().translate_document(_document())
    cache = default_cache_path()
    assert cache.is_file()
    with sqlite3.connect(cache) as conn:
        rows = conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
    out = tmp_path / "out.html"
    source.write_text(TEXT + "新的一句話。\n", encoding="utf-8")

    result = run_cli(["export", str(source), "-o", str(out)], read_only=[cache.parent])

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if "translation cache" in line]
    assert len(warnings) == 1, result.stderr
    assert out.is_file()
    with sqlite3.connect(cache) as conn:  # the cache itself is untouched
        assert conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0] == rows
