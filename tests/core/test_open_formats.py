"""Every format Duizhao opens, read from real files the tests make: the text in reading order,
the chapters, the cues; and the broken, protected or hostile files refused with a message."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from duizhao.core.errors import DocumentError
from duizhao.core.text.load import load_text_file
from format_fixtures import (
    CHAPTERS,
    SRT,
    VTT,
    epub_bytes_with,
    make_docx,
    make_epub,
    make_zip,
)


def _titles(loaded) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each chapter's title and the line its offset points at."""
    return [(c.title, loaded.text[c.start:].split("\n", 1)[0]) for c in loaded.chapters]


def test_epub_reads_the_spine_in_order_with_chapters_from_the_toc(tmp_path: Path) -> None:
    loaded = load_text_file(make_epub(tmp_path / "book.epub"))
    expected_lines = [line for title, paragraphs in CHAPTERS for line in (title, *paragraphs)]
    assert loaded.text.split("\n") == expected_lines
    assert _titles(loaded) == [(title, title) for title, _ in CHAPTERS]
    assert "腳本文字" not in loaded.text and "遠端圖片" not in loaded.text


def test_epub2_with_only_an_ncx_table_of_contents(tmp_path: Path) -> None:
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:title>書</dc:title><dc:identifier id="id">x</dc:identifier>'
           '<dc:language>zh</dc:language></metadata><manifest>'
           '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
           '<item id="a" href="a.html" media-type="application/xhtml+xml"/>'
           '<item id="b" href="b.html" media-type="application/xhtml+xml"/></manifest>'
           '<spine toc="ncx"><itemref idref="b"/><itemref idref="a"/></spine></package>')
    ncx = ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
           'version="2005-1"><head/><docTitle><text>書</text></docTitle><navMap>'
           '<navPoint id="p1"><navLabel><text>上篇</text></navLabel><content src="b.html"/>'
           '</navPoint><navPoint id="p2"><navLabel><text>下篇</text></navLabel>'
           '<content src="a.html#second"/></navPoint></navMap></ncx>')
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" '
                 'media-type="application/oebps-package+xml"/></rootfiles></container>')
    page = '<html xmlns="http://www.w3.org/1999/xhtml"><body>{}</body></html>'
    path = tmp_path / "old.epub"
    path.write_bytes(epub_bytes_with({
        "META-INF/container.xml": container.encode(), "OEBPS/content.opf": opf.encode(),
        "OEBPS/toc.ncx": ncx.encode(),
        "OEBPS/b.html": page.format("<p>第一段。</p>").encode(),
        "OEBPS/a.html": page.format("<p>引子。</p><p id='second'>第二段。</p>").encode(),
    }))
    loaded = load_text_file(path)
    assert loaded.text == "第一段。\n引子。\n第二段。"
    assert _titles(loaded) == [("上篇", "第一段。"), ("下篇", "第二段。")]


@pytest.mark.parametrize(("entries", "message"), [
    ({"../escape.xhtml": b"x"}, "outside its folder"),
    ({"META-INF/rights.xml": b"<rights/>"}, "DRM"),
    ({"META-INF/encryption.xml": b"<CipherReference URI='OEBPS/ch1.xhtml'/>"}, "DRM"),
    ({f"OEBPS/{n}.xhtml": bytes(1_000_000) for n in range(40)}, "zip bomb"),
    ({"mimetype2": b"not a book"}, "damaged or not a real EPUB"),
])
def test_hostile_or_protected_epubs_are_refused(tmp_path: Path, entries: dict[str, bytes],
                                                message: str) -> None:
    path = tmp_path / "bad.epub"
    path.write_bytes(epub_bytes_with(entries))
    with pytest.raises(DocumentError, match=message):
        load_text_file(path)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    for suffix in (".epub", ".docx"):
        path = tmp_path / f"fake{suffix}"
        path.write_text("這不是壓縮檔。", encoding="utf-8")
        with pytest.raises(DocumentError, match="damaged or not a zip"):
            load_text_file(path)


def test_docx_paragraphs_headings_tables_and_footnotes(tmp_path: Path) -> None:
    loaded = load_text_file(make_docx(tmp_path / "report.docx"))
    assert loaded.text.split("\n") == [
        "年度報告", "第一節 概況", "今年的收入增加了。", "城市 人口 面積",
        "臺北 二百五十萬 二百七十", "第二節 展望", "明年會更好。",
        "[1] 資料來源：統計局。", "[2] 數字為估計。"]
    assert [title for title, _ in _titles(loaded)] == ["年度報告", "第一節 概況", "第二節 展望"]
    assert all(title == line for title, line in _titles(loaded))


def test_a_docx_without_word_content_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "empty.docx", {"word/other.xml": b"<x/>"})
    with pytest.raises(DocumentError, match="not a Word document"):
        load_text_file(path)


@pytest.mark.parametrize(("name", "content"), [("talk.srt", SRT), ("talk.vtt", VTT)])
def test_subtitles_give_one_paragraph_per_cue_with_its_times(tmp_path: Path, name: str,
                                                            content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    loaded = load_text_file(path)
    lines = loaded.text.split("\n")
    assert lines[:2] == ["你好，歡迎收看。", "今天我們講天氣。"]
    assert [(c.shown_ms, c.hidden_ms) for c in loaded.cues][:2] == [(1000, 3500), (4000, 6250)]
    assert [loaded.text[c.start:c.end] for c in loaded.cues] == lines


def test_chapters_and_cues_reach_the_annotated_json(tmp_path: Path) -> None:
    from duizhao.cli import main

    book = make_epub(tmp_path / "book.epub")
    assert main(["export", str(book), "-o", str(tmp_path / "book.json"), "--no-translate"]) == 0
    data = json.loads((tmp_path / "book.json").read_text(encoding="utf-8"))
    assert [c["title"] for c in data["chapters"]] == [title for title, _ in CHAPTERS]
    assert all(data["text"][c["start"]:].startswith(c["title"]) for c in data["chapters"])
    subtitles = tmp_path / "talk.srt"
    subtitles.write_text(SRT, encoding="utf-8")
    assert main(["export", str(subtitles), "-o", str(tmp_path / "talk.json"),
                 "--no-translate"]) == 0
    data = json.loads((tmp_path / "talk.json").read_text(encoding="utf-8"))
    assert data["chapters"] == []
    assert data["cues"][2] == {"start": 18, "end": 22, "shown_ms": 62000, "hidden_ms": 64000}


def test_srt_export_keeps_each_cue_and_its_times(tmp_path: Path) -> None:
    from duizhao.cli import main

    subtitles = tmp_path / "talk.srt"
    subtitles.write_text(SRT, encoding="utf-8")
    out = tmp_path / "english.srt"
    assert main(["export", str(subtitles), "-o", str(out), "--no-translate"]) == 0
    blocks = out.read_text(encoding="utf-8").strip().split("\n\n")
    assert [block.split("\n")[:2] for block in blocks] == [
        ["1", "00:00:01,000 --> 00:00:03,500"], ["2", "00:00:04,000 --> 00:00:06,250"],
        ["3", "00:01:02,000 --> 00:01:04,000"]]
    assert blocks[2].split("\n")[2] == "明天見！"  # untranslated: the original stands in
    assert main(["export", str(make_docx(tmp_path / "r.docx")), "-o",
                 str(tmp_path / "r.srt"), "--no-translate"]) == 2


def test_zip_entries_are_checked_before_anything_is_read(tmp_path: Path) -> None:
    from duizhao.core.storage.zip_safety import ZipLimits, check_entries

    path = make_zip(tmp_path / "many.zip", {f"{n}.txt": b"x" * 2_000_000 for n in range(10)})
    with zipfile.ZipFile(path) as archive, pytest.raises(DocumentError, match="zip bomb"):
        check_entries("many.zip", archive.infolist(),
                      ZipLimits(max_unpacked=10**9, max_entries=100), DocumentError)
