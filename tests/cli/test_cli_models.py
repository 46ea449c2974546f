"""``duizhao models list|download|install|remove`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

from duizhao.cli import main
from duizhao.core.translate import installed_models, packages_dir


def test_list_without_models_says_how_to_get_one(capsys, index) -> None:  # type: ignore[no-untyped-def]
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "No Chinese→English model is installed" in out
    assert "duizhao models download" in out
    assert index.requests == []  # listing stays offline unless asked to look for updates


def test_install_list_remove(capsys, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    assert main(["models", "install", str(tiny_argos_package.archive)]) == 0
    assert "installed translate-zh_en 1.0" in capsys.readouterr().out
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "translate-zh_en" in out and "1.0" in out and "kB" in out and "zh→en" in out
    assert main(["models", "remove", "translate-zh_en"]) == 0
    assert "removed translate-zh_en 1.0" in capsys.readouterr().out
    assert installed_models() == []


def test_list_shows_an_available_update(capsys, tiny_argos_package, index) -> None:  # type: ignore[no-untyped-def]
    import json

    main(["models", "install", str(tiny_argos_package.archive)])
    entries = json.loads(index.files["/index.json"])
    entries[-1]["package_version"] = "1.2"
    index.files["/index.json"] = json.dumps(entries).encode()
    capsys.readouterr()
    assert main(["models", "list"]) == 0
    assert "update available" not in capsys.readouterr().out and index.requests == []
    assert main(["models", "list", "--updates"]) == 0
    assert "update available: 1.2" in capsys.readouterr().out


def test_download_shows_size_first_then_installs(capsys, tiny_argos_package, index) -> None:  # type: ignore[no-untyped-def]
    assert main(["models", "download"]) == 0
    captured = capsys.readouterr()
    size_kb = f"{tiny_argos_package.archive.stat().st_size / 1000:.0f} kB"
    assert captured.err.startswith(f"Downloading translate-zh_en 1.0 ({size_kb})\n")
    assert "100.0%" in captured.err
    assert "installed translate-zh_en 1.0" in captured.out
    assert len(installed_models()) == 1
    assert main(["models", "download"]) == 0
    assert "already installed" in capsys.readouterr().out


def test_bad_file_is_one_line_and_exit_2(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert main(["models", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("duizhao: bad.argosmodel is not a valid .argosmodel file")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not packages_dir().exists() or list(packages_dir().iterdir()) == []


def test_download_with_network_failure_is_one_line(capsys, index, tiny_argos_package) -> None:  # type: ignore[no-untyped-def]
    index.cut_after = 2000
    assert main(["models", "download"]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("duizhao: Download of translate-zh_en 1.0 failed")
    assert "again to resume" in err
    assert installed_models() == []
