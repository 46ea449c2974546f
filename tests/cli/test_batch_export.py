"""``duizhao export`` of many documents at once: a real process with a real process pool."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from format_fixtures import SRT, make_epub


def duizhao(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "duizhao", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


def _folder(tmp_path: Path, sample_text: str) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "one.txt").write_text(sample_text[:400], encoding="utf-8")
    (folder / "more" / "one.txt").write_text(sample_text[400:800], encoding="utf-8")
    (folder / "talk.srt").write_text(SRT, encoding="utf-8")
    make_epub(folder / "book.epub")
    (folder / "empty.txt").write_bytes(b"")
    (folder / ".hidden.txt").write_text("隱藏。", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    return folder


def test_a_folder_is_exported_and_a_bad_file_does_not_stop_the_others(
        tmp_path: Path, sample_text: str) -> None:
    folder = _folder(tmp_path, sample_text)
    out = tmp_path / "out"
    result = duizhao("export", folder, "-o", f"{out}/", "--no-translate", "--jobs", "2")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert [line for line in lines if "empty.txt" in line] == [
        f"duizhao: {folder / 'empty.txt'}: is empty"]
    assert lines[-1] == "duizhao: 1 of 5 documents failed"
    assert "Traceback" not in result.stderr
    written = sorted(path.name for path in out.iterdir())
    assert written == ["book.json", "one.txt-2.json", "one.txt.json", "talk.json"]
    book = json.loads((out / "book.json").read_text(encoding="utf-8"))
    assert len(book["chapters"]) == 3
    texts = {json.loads((out / name).read_text(encoding="utf-8"))["text"]
             for name in ("one.txt.json", "one.txt-2.json")}
    assert texts == {sample_text[:400], sample_text[400:800]}


def test_files_to_a_folder_in_another_format(tmp_path: Path, sample_text: str) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.md"
    first.write_text(sample_text[:300], encoding="utf-8")
    second.write_text("# 標題\n\n" + sample_text[300:600], encoding="utf-8")
    out = tmp_path / "md"
    result = duizhao("export", first, second, "-o", out, "--format", "md", "--no-translate")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "b.md"]
    assert "wrote 2 of 2 documents" in result.stderr
    again = duizhao("export", first, second, "-o", out, "--format", "md", "--no-translate")
    assert again.returncode == 1 and "exists; add --force" in again.stderr
    assert "2 of 2 documents failed" in again.stderr


def test_a_folder_cannot_be_exported_into_a_file(tmp_path: Path, sample_text: str) -> None:
    folder = _folder(tmp_path, sample_text)
    target = tmp_path / "out.json"
    target.write_text("{}", encoding="utf-8")
    result = duizhao("export", folder, "-o", target, "--no-translate")
    assert result.returncode == 2
    assert "is not a folder" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "{}"


def test_a_batch_to_html_keeps_chapters_and_cue_times(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "talk.srt").write_text(SRT, encoding="utf-8")
    make_epub(folder / "book.epub")
    out = tmp_path / "out"
    result = duizhao("export", folder, "-o", f"{out}/", "--format", "html", "--no-translate",
                     "--jobs", "2")
    assert result.returncode == 0, result.stderr
    book = (out / "book.html").read_text(encoding="utf-8")
    assert '<h2 class="chapter" id="chapter-3">第三章 回家</h2>' in book
    talk = (out / "talk.html").read_text(encoding="utf-8")
    assert '<time class="cue" datetime="PT62S">00:01:02,000 → 00:01:04,000</time>' in talk
