"""Installing, listing and removing Argos packages from files, including hostile ones."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from duizhao.core.errors import ModelError
from duizhao.core.translate import (
    best_installed_model,
    install_from_file,
    installed_models,
    packages_dir,
    remove_model,
    verify_archive,
)


def _tree(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` with its size (to prove nothing changed)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*")}


def _rezip(source: Path, target: Path, *, rename=None, drop=(), add=()):  # type: ignore[no-untyped-def]
    """Copy the tiny package's zip with entries renamed, dropped or added."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if any(info.filename.endswith(d) for d in drop):
                continue
            name = rename(info.filename) if rename else info.filename
            dst.writestr(name, src.read(info.filename))
        for name, data in add:
            dst.writestr(name, data)
    return target


def test_packages_dir_follows_the_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "elsewhere"))
    assert packages_dir() == tmp_path / "elsewhere"


def test_install_from_file_lists_the_model(tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    model = install_from_file(tiny_argos_package.archive)
    assert model.name == "translate-zh_en"
    assert model.version == tiny_argos_package.package_version
    assert model.path == packages_dir() / tiny_argos_package.folder_name
    assert (model.path / "model" / "model.bin").is_file()
    assert model.size > 100_000
    assert installed_models() == [model]
    assert best_installed_model() == model
    # nothing but the package itself is left in the packages folder
    assert [p.name for p in packages_dir().iterdir()] == [tiny_argos_package.folder_name]


def test_installed_package_is_readable_by_argostranslate(installed_tiny) -> None:  # type: ignore[no-untyped-def]
    from argostranslate import package as argos_package

    found = argos_package.get_installed_packages(path=[packages_dir()])
    assert [(p.from_code, p.to_code, p.package_version) for p in found] == [
        ("zh", "en", installed_tiny.version)]


def test_foreign_broken_folder_does_not_hide_models(installed_tiny) -> None:  # type: ignore[no-untyped-def]
    (packages_dir() / "half-copied").mkdir()
    (packages_dir() / "ja_en").mkdir()
    (packages_dir() / "ja_en" / "metadata.json").write_text(
        json.dumps({"from_code": "ja", "to_code": "en", "package_version": "1.0"}))
    assert installed_models() == [installed_tiny]


def test_remove_by_name(installed_tiny) -> None:  # type: ignore[no-untyped-def]
    removed = remove_model("translate-zh_en")
    assert removed == [installed_tiny]
    assert installed_models() == []
    assert list(packages_dir().iterdir()) == []


def test_remove_unknown_name_says_what_is_installed(installed_tiny) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError, match="translate-zh_en 1.0"):
        remove_model("translate-ja_en")
    assert installed_models() == [installed_tiny]


def test_newer_version_replaces_older(tiny_argos_package, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_from_file(tiny_argos_package.archive)

    def bump(name: str) -> str:
        return name.replace(tiny_argos_package.folder_name, "translate-zh_en-1_1")

    newer = _rezip(tiny_argos_package.archive, tmp_path / "newer.argosmodel", rename=bump,
                   drop=("metadata.json",), add=[("translate-zh_en-1_1/metadata.json", json.dumps(
                       {"package_version": "1.1", "from_code": "zh", "to_code": "en",
                        "type": "translate"}))])
    model = install_from_file(newer)
    assert model.version == "1.1"
    assert [m.version for m in installed_models()] == ["1.1"]


def test_reinstalling_same_version_replaces_it_in_place(installed_tiny, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    (installed_tiny.path / "model" / "model.bin").write_bytes(b"damaged")
    model = install_from_file(tiny_argos_package.archive)
    assert (model.path / "model" / "model.bin").stat().st_size > 1000
    assert [p.name for p in packages_dir().iterdir()] == [tiny_argos_package.folder_name]


# --- bad archives: refused with a clear message, nothing changed ------------------------------

@pytest.fixture
def guarded(installed_tiny, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Check after the test that the installed model and the folders around are untouched."""
    before = _tree(packages_dir())
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    yield tmp_path
    assert _tree(packages_dir()) == before
    assert installed_models() == [installed_tiny]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".argosmodel") == sorted(
        n for n in outside_before if not n.endswith(".argosmodel"))


def _refused(path: Path, match: str) -> None:
    with pytest.raises(ModelError, match=match) as caught:
        install_from_file(path)
    assert "\n" not in str(caught.value)


def test_truncated_archive(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    data = tiny_argos_package.archive.read_bytes()
    bad = guarded / "truncated.argosmodel"
    bad.write_bytes(data[: len(data) // 2])
    _refused(bad, "damaged, truncated or not a zip")


def test_not_a_zip(guarded: Path) -> None:
    bad = guarded / "text.argosmodel"
    bad.write_text("hello")
    _refused(bad, "not a valid .argosmodel")


def test_corrupt_member_fails_cleanly(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(tiny_argos_package.archive.read_bytes())
    with zipfile.ZipFile(tiny_argos_package.archive) as zf:
        info = zf.getinfo(f"{tiny_argos_package.folder_name}/model/model.bin")
    # flip bytes inside model.bin's compressed data: the central directory stays valid
    middle = info.header_offset + 100 + info.compress_size // 2
    data[middle:middle + 64] = bytes(64)
    bad = guarded / "corrupt.argosmodel"
    bad.write_bytes(bytes(data))
    _refused(bad, "Could not install corrupt.argosmodel")


def test_missing_metadata(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    bad = _rezip(tiny_argos_package.archive, guarded / "nometa.argosmodel",
                 drop=("metadata.json",))
    _refused(bad, "no metadata.json")


def test_entries_escaping_the_folder(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    bad = _rezip(tiny_argos_package.archive, guarded / "escape.argosmodel",
                 add=[(f"{tiny_argos_package.folder_name}/../../evil.txt", b"x")])
    _refused(bad, "points outside its folder")
    assert not (packages_dir().parent / "evil.txt").exists()


def test_absolute_entry(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    bad = _rezip(tiny_argos_package.archive, guarded / "absolute.argosmodel",
                 add=[("/tmp/evil.txt", b"x")])
    _refused(bad, "points outside its folder")


def test_zip_bomb(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    bad = _rezip(tiny_argos_package.archive, guarded / "bomb.argosmodel",
                 add=[(f"{tiny_argos_package.folder_name}/model/padding.bin",
                       bytes(50_000_000))])
    assert bad.stat().st_size < 2_000_000  # 50 MB of zeros squeezed into a small file
    _refused(bad, "zip bomb")


def test_unpacked_size_bound(tiny_argos_package, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError, match="more than"):
        install_from_file(tiny_argos_package.archive, max_unpacked=10_000)
    assert installed_models() == []


def test_other_language_pair(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    top = tiny_argos_package.folder_name
    bad = _rezip(tiny_argos_package.archive, guarded / "ja.argosmodel",
                 drop=("metadata.json",), add=[(f"{top}/metadata.json", json.dumps(
                     {"package_version": "1.0", "from_code": "ja", "to_code": "en"}))])
    _refused(bad, "translates ja→en; Duizhao needs a Chinese→English")


def test_files_outside_a_single_folder(guarded: Path, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    bad = _rezip(tiny_argos_package.archive, guarded / "flat.argosmodel",
                 add=[("stray.txt", b"x")])
    _refused(bad, "not in one folder")


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.argosmodel", "does not exist")


def test_verify_reports_metadata(tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    info = verify_archive(tiny_argos_package.archive)
    assert info.top == tiny_argos_package.folder_name
    assert info.metadata["from_code"] == "zh"
    assert info.version == tiny_argos_package.package_version
    assert not packages_dir().exists() or not any(packages_dir().iterdir())
