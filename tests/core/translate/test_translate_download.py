"""Downloading a model from a package index served on 127.0.0.1 (``ARGOS_PACKAGE_INDEX``)."""

from __future__ import annotations

import threading

import pytest

from duizhao.core.errors import ModelError
from duizhao.core.translate import (
    OperationCancelled,
    download_model,
    fetch_index,
    index_url,
    installed_models,
    newest_available,
    packages_dir,
)
from duizhao.core.translate.download import downloads_dir


def _leftovers() -> list[str]:
    folder = downloads_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_index_url_follows_the_environment(index) -> None:  # type: ignore[no-untyped-def]
    assert index_url() == index.url + "index.json"


def test_index_lists_only_chinese_to_english(index, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    models = fetch_index()
    assert [(m.name, m.version) for m in models] == [
        ("translate-zh_en", tiny_argos_package.package_version)]


def test_download_installs_with_progress_size_first(index, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    model = download_model(newest_available(), progress=lambda d, t: calls.append((d, t)))
    size = tiny_argos_package.archive.stat().st_size
    assert calls[0] == (0, size)  # the size is known before any data
    assert calls[-1] == (size, size)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert installed_models() == [model]
    assert _leftovers() == []  # the downloaded file is removed once installed


def test_network_failure_mid_download_then_resume(index, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    size = tiny_argos_package.archive.stat().st_size
    index.cut_after = size // 3
    with pytest.raises(ModelError, match="failed after .* MB.*again to resume") as caught:
        download_model(newest_available())
    assert "\n" not in str(caught.value)
    assert installed_models() == []
    assert not packages_dir().exists() or list(packages_dir().iterdir()) == []
    assert _leftovers() == [f"translate-zh_en-{tiny_argos_package.package_version}"
                            ".argosmodel.part"]
    calls: list[tuple[int, int]] = []
    model = download_model(newest_available(), progress=lambda d, t: calls.append((d, t)))
    assert index.requests[-1][1] == f"bytes={size // 3}-"  # asked only for the rest
    assert calls[0] == (size // 3, size)
    assert installed_models() == [model]
    assert (model.path / "model" / "model.bin").is_file()
    assert _leftovers() == []


def test_server_without_range_support_restarts_cleanly(index, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    index.cut_after = 1000
    with pytest.raises(ModelError):
        download_model(newest_available())
    index.ignore_range = True
    model = download_model(newest_available())
    assert installed_models() == [model]


def test_cancel_leaves_nothing_behind(index) -> None:  # type: ignore[no-untyped-def]
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 0:
            cancel.set()

    with pytest.raises(OperationCancelled):
        download_model(newest_available(), progress=progress, cancel=cancel)
    assert _leftovers() == []
    assert installed_models() == []
    assert not packages_dir().exists() or list(packages_dir().iterdir()) == []


def test_corrupt_download_is_not_installed(index, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    path = f"/packages/{tiny_argos_package.archive.name}"
    index.files[path] = index.files[path][:5000]
    with pytest.raises(ModelError, match="not a valid .argosmodel"):
        download_model(newest_available())
    assert installed_models() == []
    assert _leftovers() == []


def test_unreachable_index_is_a_clear_message(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"http://127.0.0.1:{port}/")
    with pytest.raises(ModelError, match="Cannot reach the Argos package index"):
        newest_available()


def test_index_without_chinese_model(index) -> None:  # type: ignore[no-untyped-def]
    index.files["/index.json"] = b"[]"
    with pytest.raises(ModelError, match="no Chinese→English model"):
        newest_available()


def test_unwritable_download_folder_is_a_clear_message(index) -> None:  # type: ignore[no-untyped-def]
    folder = downloads_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    with pytest.raises(ModelError, match="Cannot write the download to"):
        download_model(newest_available())
    assert installed_models() == []
