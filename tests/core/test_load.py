from __future__ import annotations

from pathlib import Path

import pytest

from duizhao.core.errors import DocumentError
from duizhao.core.text.load import load_string, load_text_file


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16", "utf-8-sig", "utf-16-be"])
def test_sample_in_other_encodings_reads_back_identical(
    tmp_path: Path, sample_text: str, encoding: str
) -> None:
    text = sample_text
    if encoding == "big5":  # Big5 lacks a few characters of the sample; use what it can carry
        text = "".join(ch for ch in sample_text if _encodable(ch, "big5"))
    path = tmp_path / f"sample.{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    loaded = load_text_file(path)
    assert loaded.text == text
    assert loaded.encoding.replace("-", "").startswith(encoding.split("-")[0].replace("-", "")[:3])


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def test_utf8_is_read_as_is(sample_path: Path, sample_text: str) -> None:
    loaded = load_text_file(sample_path)
    assert loaded.text == sample_text
    assert loaded.encoding == "utf-8"


def test_crlf_line_endings_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("第一句。\r\n第二句。\r第三句。".encode())
    assert load_text_file(path).text == "第一句。\n第二句。\n第三句。"
    assert load_string("甲\r\n乙").text == "甲\n乙"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n ", "is empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000), "binary"),
    ],
)
def test_unusable_files_are_refused_with_a_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_text_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_text_file(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="folder"):
        load_text_file(tmp_path)


def test_html_gives_text_content_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>t</title><style>p{}</style></head><body>"
        "<h1>標題</h1><p>第一段<b>粗體</b>。</p><script>alert(1)</script><p>第二段。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert load_text_file(path).text == "標題\n第一段粗體。\n第二段。"


def test_markdown_gives_text_content_only(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# 標題\n\n- 第一條 **重要**\n- 見[鏈接](http://x.invalid)。\n",
                    encoding="utf-8")
    loaded = load_text_file(path)
    assert loaded.text == "標題\n第一條 重要\n見鏈接。"
    assert [(c.title, c.start) for c in loaded.chapters] == [("標題", 0)]


def test_markdown_joins_wrapped_chinese_lines_and_keeps_headings_as_chapters(
        tmp_path: Path) -> None:
    path = tmp_path / "book.md"
    path.write_text("# 第一章\n\n天氣很好，\n我們去公園。\nSee you\nthere.\n\n"
                    "## 第二章 *晚上*\n\n![圖](x.png)回家。\n", encoding="utf-8")
    loaded = load_text_file(path)
    assert loaded.text == "第一章\n天氣很好，我們去公園。See you there.\n第二章 晚上\n回家。"
    assert [(c.title, loaded.text[c.start:c.start + 3]) for c in loaded.chapters] == [
        ("第一章", "第一章"), ("第二章 晚上", "第二章")]


def test_html_headings_are_chapters(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<body><h1>序</h1><p>一。</p><h2><span>第一章</span></h2><div>二。<br>三。"
                    "</div></body>", encoding="utf-8")
    loaded = load_text_file(path)
    assert loaded.text == "序\n一。\n第一章\n二。\n三。"
    assert [(c.title, c.start) for c in loaded.chapters] == [("序", 0), ("第一章", 5)]
