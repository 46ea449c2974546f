"""Data derived from the bundled resources is built once, then read from the user cache; a
changed resource, a damaged file or a cache that cannot be written only means building again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from duizhao.core.language.segment import _build_frequencies, _load_frequencies
from duizhao.core.storage import derived_cache


def test_built_once_then_read(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a 1\n", encoding="utf-8")
    builds: list[int] = []

    def build() -> tuple[dict[str, int], int]:
        builds.append(1)
        return {"a": 1, "ab": 0}, 1

    first = derived_cache.load_or_build("words", source, build)
    again = derived_cache.load_or_build("words", source, build)
    assert first == again == ({"a": 1, "ab": 0}, 1) and len(builds) == 1
    # the resource changed (a new install): built again, and the old file goes
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    derived_cache.load_or_build("words", source, build)
    assert len(builds) == 2
    assert len(list(derived_cache.folder().glob("words-*.marshal"))) == 1


def test_a_damaged_file_is_built_again(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a 1\n", encoding="utf-8")
    derived_cache.load_or_build("words", source, lambda: [1, 2, 3])
    [path] = derived_cache.folder().glob("words-*.marshal")
    path.write_bytes(path.read_bytes()[:5])
    assert derived_cache.load_or_build("words", source, lambda: [1, 2, 3]) == [1, 2, 3]
    assert derived_cache.load_or_build("words", source, lambda: pytest.fail("not rebuilt")) \
        == [1, 2, 3]


def test_an_unwritable_cache_still_gives_the_data(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "words.txt"
    source.write_text("a 1\n", encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(derived_cache, "folder", lambda: blocker / "derived")
    assert derived_cache.load_or_build("words", source, lambda: {"x": 1}) == {"x": 1}


def test_jieba_prefixes_from_the_cache_are_what_building_gives() -> None:
    from importlib import resources

    from duizhao.core.language.segment import RESOURCE

    built = _build_frequencies(
        resources.files("duizhao.resources").joinpath(RESOURCE).read_bytes())
    assert _load_frequencies() == built  # builds and stores
    assert list(derived_cache.folder().glob("jieba-prefixes-*.marshal"))
    assert _load_frequencies() == built  # reads
