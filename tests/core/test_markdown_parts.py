"""A big Markdown file is parsed a part at a time: the parts must give exactly the text and
chapters of the whole file's parse, whatever blocks the cuts fall between."""

from __future__ import annotations

import random

import pytest

from duizhao.core.text.formats.builder import JoinedText
from duizhao.core.text.formats.markdown import extract, extract_parts
from duizhao.core.text.load import load_text_file, open_text_stream

# Blocks, including those that run across blank lines (fences, raw HTML, list items, quotes),
# open ones never closed, and tricky closers (indented, with a tab, too short).
BLOCKS = [
    "# 第一章 開端", "第二章\n===", "梅金斯基說，談判將在伊斯坦堡舉行。",
    "烏梅羅夫率團。\n他說：「我們準備好了。」", "```\n代碼\n\n仍是代碼\n```",
    "~~~~ python\n甲\n\n~~~\n乙\n~~~~", "  ```\n縮排的柵欄\n\n  ```",
    "```\n有定位字元\n```\t", "``\n不是柵欄 ``", "<pre>\n預排\n\n文字\n</pre>",
    "<!--\n註解\n\n仍是註解\n-->", "<!-- 一行註解 -->", "<?php\n\n?>", "<!DOCTYPE html>",
    "<![CDATA[\n\n]]>", "<div>\n塊\n</div>", "- 項目一\n- 項目二",
    "- 項目\n\n  續段\n\n  ```\n  列表裏的代碼\n\n  仍在列表", "1. 一\n\n2. 二",
    "> 引文\n> ```\n> 引用代碼",
    "> 引文\n繼續", "    縮排代碼\n\n    仍是", "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |",
    "***", "\t以定位字元開頭", "[鏈接](http://example.invalid) 與 *強調*",
    "行末兩空格  \n換行",
    "## 第三章 結尾 ##", "Latin words\nwrapped here",
]
NEVER_CLOSED = ["```", "```py\n未關閉的代碼", "<script>\n\n", "<!--"]


def _document(rng: random.Random, blocks: int) -> str:
    gaps = ["\n\n", "\n", "\n\n\n", "\n \n", "\n\t\n"]
    return "".join(rng.choice(NEVER_CLOSED if rng.random() < 0.02 else BLOCKS)
                   + rng.choice(gaps) for _ in range(blocks))


def _joined(markdown: str, part_chars: int) -> JoinedText:
    whole = JoinedText()
    for part in extract_parts(markdown, part_chars):
        whole.add(part)
    return whole


@pytest.mark.parametrize("seed", range(400))
def test_parts_give_the_whole_files_text_and_chapters(seed: int) -> None:
    rng = random.Random(seed)
    markdown = _document(rng, rng.randint(1, 40))
    expected = extract(markdown)
    joined = _joined(markdown, rng.choice([1, 5, 20, 80, 400]))
    assert joined.text == expected.text
    assert tuple(joined.chapters) == expected.chapters


def test_a_book_is_read_in_many_parts() -> None:
    chapter = "# 第{}章\n\n" + "梅金斯基說，談判將在伊斯坦堡舉行。\n\n" * 200
    markdown = "".join(chapter.format(n) for n in range(1, 60))
    parts = list(extract_parts(markdown))
    assert len(parts) >= 4
    assert len(parts[0].text) < 70000
    joined = _joined(markdown, 65536)
    assert joined.text == extract(markdown).text
    assert [c.title for c in joined.chapters] == [f"第{n}章" for n in range(1, 60)]


def test_a_fence_left_open_is_read_to_the_end_in_one_part() -> None:
    markdown = "開頭。\n\n" * 100 + "```\n" + "代碼\n\n" * 5000 + "第二段。\n\n尾。\n"
    parts = list(extract_parts(markdown, 100))
    assert len(parts) > 2  # the opening paragraphs, then everything the fence takes
    assert all("代碼" not in part.text for part in parts[:-1])
    assert _joined(markdown, 100).text == extract(markdown).text


def test_a_link_reference_anywhere_means_one_part() -> None:
    markdown = "見[文章][甲]。\n\n" + "正文。\n\n" * 5000 + "[甲]: http://example.invalid\n"
    assert len(list(extract_parts(markdown, 100))) == 1
    assert extract(markdown).text.startswith("見文章。")


def test_a_markdown_file_streams_and_loads_to_the_same_text(tmp_path) -> None:
    book = tmp_path / "book.md"
    book.write_text("".join(f"# 第{n}章\n\n" + "烏梅羅夫率團。\n\n" * 3000 for n in range(5)),
                    encoding="utf-8")
    stream = open_text_stream(book)
    whole = JoinedText()
    count = 0
    for part in stream.parts:
        whole.add(part)
        count += 1
    loaded = load_text_file(book)
    assert count > 1
    assert whole.text == loaded.text
    assert tuple(whole.chapters) == loaded.chapters
