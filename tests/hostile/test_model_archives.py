"""Hostile model archives: nothing installed is lost, nothing unbounded is unpacked, every
refusal is one line (``duizhao models install`` exits 2)."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from duizhao.cli import main
from duizhao.core.errors import ModelError
from duizhao.core.translate import install_from_file, installed_models, packages_dir, verify_archive


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _copy_with(source: Path, target: Path, *, replace: dict[str, bytes | None]) -> Path:
    """The tiny package's zip with some entries replaced (bytes), or made directories (None)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            tail = info.filename.split("/", 1)[-1]
            if tail in replace:
                data = replace[tail]
                if data is None:
                    dst.writestr(info.filename + "/", b"")
                else:
                    dst.writestr(info.filename, data)
                continue
            dst.writestr(info.filename, src.read(info.filename))
    return target


def _one_line_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("duizhao: ") and err.count("\n") == 1, err
    return err


def test_broken_archive_with_the_same_folder_keeps_the_working_model(
        tiny_argos_package, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    working = install_from_file(tiny_argos_package.archive)
    before = _tree(working.path)
    broken = _copy_with(tiny_argos_package.archive, tmp_path / "broken.argosmodel",
                        replace={"sentencepiece.model": None})

    _one_line_exit_2(capsys, ["models", "install", str(broken)])

    assert installed_models() == [working]
    assert _tree(working.path) == before
    assert [p.name for p in packages_dir().iterdir()] == [tiny_argos_package.folder_name]


def test_archive_whose_tokenizer_is_garbage_keeps_the_working_model(
        tiny_argos_package, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    working = install_from_file(tiny_argos_package.archive)
    before = _tree(working.path)
    broken = _copy_with(tiny_argos_package.archive, tmp_path / "garbage.argosmodel",
                        replace={"sentencepiece.model": b"not a sentencepiece model"})

    err = _one_line_exit_2(capsys, ["models", "install", str(broken)])

    assert "sentencepiece.model" in err
    assert installed_models() == [working]
    assert _tree(working.path) == before


@pytest.mark.parametrize("noise", [0, 4_000_000], ids=["alone", "padded-with-noise"])
def test_many_small_entries_of_zeros_are_a_zip_bomb(tmp_path: Path, noise: int,
                                                     tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    bomb = tmp_path / "bomb.argosmodel"
    top = tiny_argos_package.folder_name
    with zipfile.ZipFile(tiny_argos_package.archive) as src, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        zeros = bytes(1024 * 1024)  # 1 MiB each: under any per-entry threshold
        for n in range(300):
            dst.writestr(f"{top}/padding/{n}.bin", zeros)
        # incompressible bytes lower the ratio of the whole archive below the limit
        dst.writestr(f"{top}/noise.bin", os.urandom(noise))
    assert bomb.stat().st_size < 3_000_000 + noise

    with pytest.raises(ModelError, match="zip bomb"):
        verify_archive(bomb)
    assert not packages_dir().exists() or not any(packages_dir().iterdir())


def _lie_about_size(archive: Path, member_tail: str, size: int) -> None:
    """Patch the sizes a stored entry's local and central headers claim."""
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith(member_tail))
    assert info.compress_type == zipfile.ZIP_STORED
    local = info.header_offset
    struct.pack_into("<II", data, local + 18, size, size)
    central = data.find(b"PK\x01\x02")
    name = info.filename.encode()
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_len]) == name:
            struct.pack_into("<II", data, central + 20, size, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    else:
        raise AssertionError("central directory entry not found")
    archive.write_bytes(bytes(data))


def test_metadata_claiming_a_gigabyte_is_one_line(tiny_argos_package, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    liar = tmp_path / "liar.argosmodel"
    with zipfile.ZipFile(tiny_argos_package.archive) as src, \
            zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            kind = zipfile.ZIP_STORED if info.filename.endswith("metadata.json") else None
            dst.writestr(info.filename, src.read(info.filename), compress_type=kind)
    _lie_about_size(liar, "metadata.json", 1_000_000_000)

    err = _one_line_exit_2(capsys, ["models", "install", str(liar)])

    assert "metadata.json" in err
    assert not packages_dir().exists() or not any(packages_dir().iterdir())
