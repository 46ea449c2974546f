from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from duizhao.cli import main
from duizhao.core.glossary.files import load_glossary


def test_convert_chain_csv_tbx_tsv_csv(sample_glossary_path: Path, tmp_path: Path,
                                       capsys) -> None:  # type: ignore[no-untyped-def]
    steps = [sample_glossary_path, tmp_path / "g.tbx", tmp_path / "g.tsv", tmp_path / "g.csv"]
    for source, target in zip(steps, steps[1:], strict=False):
        assert main(["glossary", "convert", str(source), str(target)]) == 0
    assert "21 entries written" in capsys.readouterr().out
    assert load_glossary(tmp_path / "g.csv").entries == \
        load_glossary(sample_glossary_path).entries
    assert main(["glossary", "convert", str(sample_glossary_path), str(tmp_path / "g.apkg")]) == 0
    assert (tmp_path / "g.apkg").stat().st_size > 0


def test_malformed_input_converts_nothing_unless_accepted(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("traditional,simplified,english\n普京,普京,Putin\n,,nobody\n",
                   encoding="utf-8")
    out = tmp_path / "out.tbx"
    assert main(["glossary", "convert", str(bad), str(out)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "nothing was converted" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["glossary", "convert", "--accept-partial", str(bad), str(out)]) == 0
    assert "skipped" in capsys.readouterr().err
    assert [e.english for e in load_glossary(out)] == ["Putin"]


def test_bad_extensions_and_missing_files_are_one_line_errors(tmp_path: Path) -> None:
    for args in (["x.csv", "y.xlsx"], [str(tmp_path / "none.csv"), "y.tbx"],
                 [str(tmp_path / "a.apkg"), "y.csv"]):
        if args[0].endswith(".apkg"):
            Path(args[0]).write_bytes(b"PK")
        process = subprocess.run([sys.executable, "-m", "duizhao", "glossary", "convert", *args],
                                 capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert process.returncode == 2
        assert process.stderr.count("\n") == 1 and process.stderr.startswith("duizhao: ")


def test_a_missing_output_folder_is_refused_not_created(  # type: ignore[no-untyped-def]
        sample_glossary_path: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "typo" / "deeper" / "g.tbx"
    assert main(["glossary", "convert", str(sample_glossary_path), str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such folder" in err
    assert not (tmp_path / "typo").exists()
