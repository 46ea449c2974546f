"""Exports keep what the document's file had beyond its text: a subtitle's cue times beside
each cue's sentence, a book's chapters as headings, from the window (a whole document) and from
``duizhao export`` (streamed) alike."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from duizhao.cli import main
from duizhao.core.document import USER_SOURCE, Document
from duizhao.core.errors import ExportError
from duizhao.core.export import export_document, render
from duizhao.core.pipeline import annotate_file
from duizhao.core.text.load import load_text_file
from format_fixtures import CHAPTERS, SRT, make_epub

CUE_LINES = {  # each cue's text and its times as the export shows them
    "你好，歡迎收看。": "00:00:01,000 → 00:00:03,500",
    "今天我們講天氣。": "00:00:04,000 → 00:00:06,250",
    "明天見！": "00:01:02,000 → 00:01:04,000",
}
TITLES = [title for title, _ in CHAPTERS]


def _subtitles(tmp_path: Path) -> Path:
    path = tmp_path / "talk.srt"
    path.write_text(SRT, encoding="utf-8")
    return path


def _exported(tmp_path: Path, source: Path, extension: str, streamed: bool) -> Path:
    """``source`` exported: through ``duizhao export`` (streamed) or from the whole
    annotated document, as the window does."""
    out = tmp_path / f"{source.name}.{'cli' if streamed else 'doc'}.{extension}"
    if streamed:
        assert main(["export", str(source), "-o", str(out), "--no-translate"]) == 0
    else:
        export_document(annotate_file(source), out)
    return out


def _docx_body(path: Path) -> list[tuple[str, str]]:
    """The Word document's body in order: ("heading", text) or ("row", first text cell)."""
    word = docx.Document(str(path))
    body: list[tuple[str, str]] = []
    for element in word.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(element, word)
            if paragraph.style.name == "Heading 2":
                body.append(("heading", paragraph.text))
        elif tag == "tbl":
            table = docx.table.Table(element, word)
            body += [("row", row.cells[1].text) for row in table.rows[1:]]
    return body


@pytest.mark.parametrize("streamed", [True, False], ids=["cli", "window"])
def test_subtitles_keep_each_cues_time_beside_its_text(tmp_path: Path, streamed: bool) -> None:
    subtitles = _subtitles(tmp_path)
    page = _exported(tmp_path, subtitles, "html", streamed).read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="sentence".*?</tr>', page)
    assert len(rows) == 3
    for row, (text, times) in zip(rows, CUE_LINES.items(), strict=True):
        assert f">{times}</time>" in row and text in row
    assert 'datetime="PT62S"' in rows[2]

    lines = _exported(tmp_path, subtitles, "md", streamed).read_text(encoding="utf-8").split("\n")
    for number, (text, times) in enumerate(CUE_LINES.items(), start=1):
        at = lines.index(f"**{number}.** {text}  ")
        assert lines[at - 1] == f"`{times}`  "

    rows_in_word = [text for kind, text in _docx_body(
        _exported(tmp_path, subtitles, "docx", streamed)) if kind == "row"]
    assert rows_in_word == [f"{times}\n{text}" for text, times in CUE_LINES.items()]


@pytest.mark.parametrize("streamed", [True, False], ids=["cli", "window"])
def test_a_books_chapters_become_headings(tmp_path: Path, streamed: bool) -> None:
    book = make_epub(tmp_path / "book.epub")
    page = _exported(tmp_path, book, "html", streamed).read_text(encoding="utf-8")
    headings = re.findall(r'<h2 class="chapter" id="(chapter-\d)">([^<]*)</h2>', page)
    assert headings == [(f"chapter-{n}", title) for n, title in enumerate(TITLES, start=1)]
    links = re.findall(r'<a href="#(chapter-\d)">([^<]*)</a>', page)
    assert links == headings  # the contents at the top lead to them
    # each heading comes just before its chapter's first paragraph
    for (_, title), (_, paragraphs) in zip(headings, CHAPTERS, strict=True):
        assert page.index(title, page.index(f">{title}</h2>") + 1) < page.index(paragraphs[0])

    body = _docx_body(_exported(tmp_path, book, "docx", streamed))
    expected: list[tuple[str, str]] = []
    for title, paragraphs in CHAPTERS:
        expected += [("heading", title), ("row", title)] + [("row", p) for p in paragraphs]
    assert body == expected

    markdown = _exported(tmp_path, book, "md", streamed).read_text(encoding="utf-8")
    assert re.findall(r"^## (.*)$", markdown, re.MULTILINE) == TITLES


def test_a_markdown_document_keeps_its_headings(tmp_path: Path) -> None:
    source = tmp_path / "notes.md"
    source.write_text("# 第一部分\n\n天氣很好。\n\n## 第二部分\n\n下雨了。\n", encoding="utf-8")
    page = _exported(tmp_path, source, "html", streamed=False).read_text(encoding="utf-8")
    assert re.findall(r'<h2 class="chapter" id="chapter-\d">([^<]*)</h2>', page) == [
        "第一部分", "第二部分"]


def test_interlinear_html_shows_times_and_chapters_too(tmp_path: Path) -> None:
    page = render(annotate_file(_subtitles(tmp_path)), "html",
                  options=_interlinear()).decode("utf-8")
    blocks = re.findall(r'<div class="sentence".*?</div>', page)
    assert [f">{times}</time>" in block for block, times in zip(
        blocks, CUE_LINES.values(), strict=True)] == [True] * 3
    book = render(annotate_file(make_epub(tmp_path / "book.epub")), "html",
                  options=_interlinear()).decode("utf-8")
    assert re.findall(r'<h2 class="chapter" id="chapter-\d">([^<]*)</h2>', book) == TITLES


def _interlinear():  # type: ignore[no-untyped-def]
    from duizhao.core.export import ExportOptions, Layout

    return ExportOptions(layout=Layout.INTERLINEAR)


def _with_english(document: Document) -> Document:
    """The reader's own English on every sentence (as typed in the English pane)."""
    english = {"你好，歡迎收看。": "Hello, welcome.", "今天我們講天氣。":
               "Today we talk about the weather.", "明天見！": "See you tomorrow!"}
    for sentence in document.sentences():
        sentence.set_english(english.get(sentence.original, sentence.original), USER_SOURCE)
    return document


@pytest.mark.parametrize("extension", ["srt", "vtt"])
def test_english_subtitles_play_with_the_source_times(tmp_path: Path, extension: str) -> None:
    subtitles = _subtitles(tmp_path)
    document = _with_english(annotate_file(subtitles))
    out = export_document(document, tmp_path / f"english.{extension}")
    reread = load_text_file(out)  # Duizhao's own subtitle reader accepts it
    source = load_text_file(subtitles)
    assert [(c.shown_ms, c.hidden_ms) for c in reread.cues] == [
        (c.shown_ms, c.hidden_ms) for c in source.cues]
    assert "Today we talk about the weather." in reread.text.split("\n")
    assert "See you tomorrow!" in reread.text.split("\n")
    if extension == "vtt":
        assert out.read_text(encoding="utf-8").startswith("WEBVTT\n\n1\n00:00:01.000 --> ")


def test_webvtt_needs_a_subtitle_document(tmp_path: Path) -> None:
    book = annotate_file(make_epub(tmp_path / "book.epub"))
    with pytest.raises(ExportError, match="WebVTT export needs a subtitle document"):
        export_document(book, tmp_path / "book.vtt")
    assert not (tmp_path / "book.vtt").exists()


def test_tmx_of_a_subtitle_document_still_pairs_the_sentences(tmp_path: Path) -> None:
    document = _with_english(annotate_file(_subtitles(tmp_path)))
    memory = render(document, "tmx").decode("utf-8")
    assert len(re.findall(r"<tu[ >]", memory)) == len(list(document.sentences())) == 3
    assert "00:00" not in memory and "<seg>See you tomorrow!</seg>" in memory


def test_headings_follow_the_main_script_chosen(tmp_path: Path) -> None:
    from duizhao.core.export import ExportOptions

    book = annotate_file(make_epub(tmp_path / "book.epub"))
    simplified = ExportOptions(script="simplified")
    page = render(book, "html", simplified).decode("utf-8")
    assert re.findall(r'<h2 class="chapter" id="chapter-\d">([^<]*)</h2>', page) == [
        "第一章 出发", "第二章 午后", "第三章 回家"]
    markdown = render(book, "markdown", simplified).decode("utf-8")
    assert "## 第二章 午后" in markdown
    assert "## 第二章 午後" in render(book, "markdown").decode("utf-8")  # as in the book
