"""``duizhao export`` fills the translation from the installed model, or a gloss with the hint."""

from __future__ import annotations

import json
from pathlib import Path

from duizhao.cli import main


def _sentences(path: Path) -> list[dict]:  # type: ignore[type-arg]
    data = json.loads(path.read_text(encoding="utf-8"))
    return [s for p in data["paragraphs"] for s in p["sentences"]]


def test_export_json_with_the_model(installed_tiny, sample_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    capsys) -> None:
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    sentences = _sentences(out)
    assert sentences and all(s["translation"] for s in sentences)
    assert {s["translation_source"] for s in sentences} == {f"argos:{installed_tiny.label}"}
    assert any(s.get("term_warnings") for s in sentences)  # the random model loses names
    assert "models download" not in capsys.readouterr().err


def test_export_json_without_a_model_glosses_and_says_how_to_install(
        sample_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    sentences = _sentences(out)
    assert {s["translation_source"] for s in sentences} == {"gloss"}
    assert "duizhao models download" in capsys.readouterr().err


def test_export_no_translate(installed_tiny, sample_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out), "--no-translate"]) == 0
    assert all(s["translation"] is None for s in _sentences(out))
