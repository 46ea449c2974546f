"""``duizhao export`` as a user runs it: a real process, its output file, its messages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from duizhao.cli import main


def duizhao(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "duizhao", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_export_json_of_the_sample(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "out.json"
    result = duizhao("export", sample_path, "-o", out, "--no-translate")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "duizhao.annotated/2"
    assert data["source"]["script"] == "traditional"
    sentences = [s for p in data["paragraphs"] for s in p["sentences"]]
    assert [s["id"] for s in sentences] == list(range(len(sentences)))
    assert all(s["translation"] is None for s in sentences)
    # the sample's glossary beside it is used by default
    terms = [t["text"] for s in sentences for t in s["terms"]]
    assert terms.count("梅金斯基") == 3
    text = sample_path.read_text(encoding="utf-8")
    assert all(text[s["start"]:s["end"]] == s["original"] for s in sentences)


def test_export_markdown(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "out.md"
    result = duizhao("export", sample_path, "-o", out, "--no-translate")
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    assert "歷時3年" in markdown and "历时3年" in markdown and "chónghuí" in markdown.lower()


def test_existing_output_is_not_overwritten_without_force(
    tmp_path: Path, sample_path: Path
) -> None:
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    result = duizhao("export", sample_path, "-o", out, "--no-translate")
    assert result.returncode != 0
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 100, "binary"),
        ("missing.txt", None, "no such file"),
        ("folder", "dir", "folder"),
    ],
)
def test_unusable_input_gives_one_line_and_non_zero_exit(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    result = duizhao("export", path, "-o", tmp_path / "out.json", "--no-translate")
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.json").exists()


def test_personal_glossary_is_used_as_in_the_window(tmp_path: Path, sample_path: Path) -> None:
    from duizhao.core.document import GlossaryEntry
    from duizhao.core.glossary.entries import Glossary
    from duizhao.core.glossary.files import save_glossary
    from duizhao.core.glossary.glossary_set import personal_glossary_path

    personal = personal_glossary_path()
    personal.parent.mkdir(parents=True, exist_ok=True)
    save_glossary(Glossary([GlossaryEntry("安德烈", "安德烈", "Andrey", "person")]), personal)
    out = tmp_path / "out.json"
    result = duizhao("export", sample_path, "-o", out, "--no-translate")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    terms = [t["text"] for p in data["paragraphs"] for s in p["sentences"] for t in s["terms"]]
    assert "安德烈" in terms and terms.count("梅金斯基") == 3


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_each_step_progress(tmp_path: Path, sample_path: Path, qapp,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = tmp_path / "out.pdf"  # PDF lays out the whole document: a line for each step
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    shown = terminal.getvalue()
    for step in ("Annotating", "Translating", "Writing out.pdf"):
        assert f"\r{step} 100%" in shown, shown
    # the progress line ends before the messages
    assert shown.index("Writing out.pdf 100%") < shown.index("\nwrote ")
    # the other formats are written as the text is annotated: one line for all
    for name in ("out.json", "out.md"):
        terminal.seek(0)
        terminal.truncate()
        assert main(["export", str(sample_path), "-o", str(tmp_path / name)]) == 0
        shown = terminal.getvalue()
        assert "\rAnnotating 100%" in shown and "Translating" not in shown, shown


def test_no_progress_lines_into_a_pipe_or_a_log(tmp_path: Path, sample_path: Path) -> None:
    result = duizhao("export", sample_path, "-o", tmp_path / "out.md", "--no-translate")
    assert result.returncode == 0 and "\r" not in result.stderr and "%" not in result.stderr


def test_taiwan_readings_with_the_taiwan_variant_or_when_asked(tmp_path: Path) -> None:
    source = tmp_path / "week.txt"
    source.write_text("這個星期的垃圾很多。\n", encoding="utf-8")

    def exported(*options: str, suffix: str = ".md") -> str:
        out = tmp_path / f"out{len(list(tmp_path.iterdir()))}{suffix}"
        assert main(["export", str(source), "-o", str(out), "--no-translate", *options]) == 0
        return out.read_text(encoding="utf-8")

    assert "xīngqī de lājī" in exported()
    assert "xīngqí de lèsè" in exported("--variant", "tw2s")
    assert "ㄒㄧㄥ ㄑㄧˊ" in exported("--variant", "s2tw", "--pinyin", "zhuyin")
    assert "xīngqí de lèsè" in exported("--taiwan-readings", "on")
    assert "xīngqī de lājī" in exported("--variant", "tw2s", "--taiwan-readings", "off")
    data = json.loads(exported("--variant", "tw2s", suffix=".json"))
    tokens = [t for p in data["paragraphs"] for s in p["sentences"] for t in s["tokens"]]
    assert [t["pinyin"] for t in tokens if t["text"] == "垃圾"] == ["le4 se4"]
    result = duizhao("export", source, "-o", tmp_path / "x.md", "--taiwan-readings", "maybe")
    assert result.returncode == 2 and "--taiwan-readings" in result.stderr
