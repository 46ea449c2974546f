"""The PDF export read back with pypdf: the text a reader copies or searches is the real text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from duizhao.core.errors import ExportError
from duizhao.core.export import ExportOptions, export_document
from duizhao.pdf import writer as export_pdf
from export_fixtures import build_document, build_hostile_document


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("layout", ["side-by-side", "interlinear"])
def test_pdf_text_holds_the_chinese_and_the_english(qapp, layout: str) -> None:
    data = export_pdf.render_pdf(build_document(), ExportOptions(layout=layout))
    reader, text = pdf_text(data)
    squeezed = "".join(text.split())
    # 金 and 3 come out as themselves (not the Kangxi radical ⾦ or an unmapped glyph)
    for chinese in ("梅金斯基", "烏梅羅夫", "乌梅罗夫", "伊斯坦布爾", "歷時3年", "谈判"):
        assert chinese in squeezed, chinese
    assert "After three years, Medinsky and Umerov returned" in " ".join(text.split())
    assert "ceasefire" in text  # no ﬁ ligature in the searchable text
    assert "méi" in text and "Rustem Umerov" in text  # pinyin and the glossary appendix
    fonts = [f.get_object() for page in reader.pages
             for f in page["/Resources"]["/Font"].values()]
    descriptors = [f["/DescendantFonts"][0].get_object()["/FontDescriptor"] for f in fonts
                   if "/DescendantFonts" in f]
    assert descriptors and all(
        any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors)


def test_pdf_page_sizes(qapp) -> None:
    a4 = PdfReader(io.BytesIO(export_pdf.render_pdf(
        build_document(), ExportOptions(columns=("original", "english")))))
    letter = PdfReader(io.BytesIO(export_pdf.render_pdf(
        build_document(), ExportOptions(columns=("original", "english"), page_size="Letter"))))
    assert [round(float(v)) for v in a4.pages[0].mediabox[2:]] == [595, 842]
    assert [round(float(v)) for v in letter.pages[0].mediabox[2:]] == [612, 792]


def test_hostile_text_is_printed_literally(qapp) -> None:
    _, text = pdf_text(export_pdf.render_pdf(build_hostile_document(), ExportOptions()))
    assert '<script>alert("y")</script>' in text


def test_export_document_writes_pdf_once_registered(qapp, tmp_path: Path) -> None:
    out = export_document(build_document(), tmp_path / "talks.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    with pytest.raises(ExportError, match="already exists"):
        export_pdf.export_pdf(build_document(), out)


def test_no_chinese_font_gives_a_clear_message(qapp, monkeypatch) -> None:
    from duizhao.pdf import fonts as pdf_fonts

    monkeypatch.setattr(pdf_fonts, "_families", None)
    monkeypatch.setattr(pdf_fonts, "bundled_cjk_families", lambda: ())  # package missing
    monkeypatch.setattr(pdf_fonts.QFontDatabase, "families", lambda *args: [])
    with pytest.raises(ExportError, match="noto-cjk-sans-otc"):
        export_pdf.render_pdf(build_document(), ExportOptions())


def test_sample_pdf_keeps_every_sentence_on_one_page(qapp) -> None:
    from duizhao.core.glossary.files import load_glossary
    from duizhao.core.pipeline import annotate_file
    from duizhao.core.samples import sample_glossary_path, sample_path

    document = annotate_file(sample_path(), load_glossary(sample_glossary_path()))
    for layout in ("side-by-side", "interlinear"):
        reader, _ = pdf_text(export_pdf.render_pdf(document, ExportOptions(layout=layout)))
        pages = ["".join(page.extract_text().split()) for page in reader.pages]
        assert len(pages) > 3
        for sentence in document.sentences():
            simplified = "".join(sentence.simplified.split())
            # whole on a page, not cut by a page break (the interlinear main line is cut
            # into rows of characters, so look for the Simplified line printed under it)
            assert any(simplified in page for page in pages), (layout, sentence.id)
        assert "".join(pages).count("梅金斯基") >= 3


def test_pdf_export_without_a_qt_application_or_display(tmp_path: Path) -> None:
    """The CLI case: a plain process, no QApplication, no QT_QPA_PLATFORM, no DISPLAY."""
    import json
    import os
    import subprocess
    import sys

    source = tmp_path / "talks.json"
    source.write_text(json.dumps(build_document().to_dict(), ensure_ascii=False),
                      encoding="utf-8")
    out = tmp_path / "talks.pdf"
    code = (
        "import json, sys\n"
        "from duizhao.core.document import Document\n"
        "from duizhao.core.export import export_document\n"
        "import duizhao.pdf.writer\n"
        "doc = Document.from_dict(json.load(open(sys.argv[1], encoding='utf-8')))\n"
        "export_document(doc, sys.argv[2])\n"
    )
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    subprocess.run([sys.executable, "-c", code, str(source), str(out)], env=env, check=True,
                   timeout=120)
    _, text = pdf_text(out.read_bytes())
    assert "烏梅羅夫" in "".join(text.split())


def test_window_falls_back_to_the_bundled_font_without_a_system_one(qapp, monkeypatch) -> None:
    from duizhao import fonts

    registered: list[bool] = []
    monkeypatch.setattr(fonts, "system_has_cjk_font", lambda: False)
    monkeypatch.setattr(fonts, "bundled_cjk_families",
                        lambda: registered.append(True) or ("Noto Sans CJK TC",))
    fonts.ensure_cjk_font()
    assert registered == [True]


def test_bundled_font_loads_and_covers_both_scripts(qapp) -> None:
    from duizhao import fonts

    families = fonts.bundled_cjk_families()
    assert "Noto Sans CJK TC" in families and "Noto Sans CJK SC" in families


def test_a_pdf_export_can_be_stopped_before_qt_lays_out_the_pages(tmp_path: Path) -> None:
    document = build_document()
    seen: list[int] = []

    def stop_when_all_rendered(done: int, total: int) -> None:
        seen.append(done)
        if seen.count(total) > 1:  # the checkpoint after the HTML: stop there
            raise InterruptedError

    with pytest.raises(InterruptedError):
        export_document(document, tmp_path / "talks.pdf", progress=stop_when_all_rendered)
    assert seen[0] == 0 and seen[-1] == document.sentence_count()
    assert list(tmp_path.iterdir()) == []


def test_one_landscape_rule_in_every_format(qapp) -> None:  # type: ignore[no-untyped-def]
    """Three columns side by side are landscape in PDF as in HTML and DOCX; two are not."""
    import zipfile

    from duizhao.core.export import render

    for columns, landscape in ((("original", "pinyin", "english"), True),
                               (("original", "english"), False)):
        options = ExportOptions(columns=columns)
        width, height = (float(v) for v in PdfReader(io.BytesIO(
            export_pdf.render_pdf(build_document(), options))).pages[0].mediabox[2:])
        assert (width > height) is landscape
        html = render(build_document(), "html", options).decode("utf-8")
        assert ("A4 landscape" in html) is landscape
        with zipfile.ZipFile(io.BytesIO(render(build_document(), "docx", options))) as docx:
            assert ('w:orient="landscape"' in docx.read("word/document.xml").decode()) \
                is landscape


def test_pdf_header_and_appendix_are_the_other_formats(qapp) -> None:  # type: ignore[no-untyped-def]
    from duizhao.core.export import render
    from duizhao.core.export.frame import APPENDIX_HEADINGS, ExportFrame
    from duizhao.pdf.layout import preview_html

    document = build_document()
    meta = ExportFrame.of(document, ExportOptions()).meta()
    assert "4 sentences · English: machine translation" in meta
    pdf_page = preview_html(document, ExportOptions())
    markdown = render(document, "markdown").decode("utf-8")
    html = render(document, "html").decode("utf-8")
    from html import escape

    assert escape(meta) in pdf_page and escape(meta) in html
    assert meta.replace("_", "\\_") in markdown
    for heading in APPENDIX_HEADINGS:
        assert f">{heading}</th>" in pdf_page and f"<th>{heading}</th>" in html
        assert f" {heading} |" in markdown


def test_pdf_shows_cue_times_and_bookmarks_each_chapter(qapp, tmp_path: Path) -> None:
    from duizhao.core.pipeline import annotate_file
    from format_fixtures import CHAPTERS, SRT, make_epub

    subtitles = tmp_path / "talk.srt"
    subtitles.write_text(SRT, encoding="utf-8")
    for layout in ("side-by-side", "interlinear"):
        _, text = pdf_text(export_pdf.render_pdf(annotate_file(subtitles),
                                                 ExportOptions(layout=layout)))
        squeezed = "".join(text.split())
        times = [squeezed.index(t) for t in ("00:00:01,000→00:00:03,500",
                                             "00:00:04,000→00:00:06,250",
                                             "00:01:02,000→00:01:04,000")]
        assert times == sorted(times)
        assert "明" in squeezed[times[2]:] and "明" not in squeezed[times[1]:times[2]]
    book = annotate_file(make_epub(tmp_path / "book.epub"))
    for paragraph in book.paragraphs:  # long chapters, so each starts on a later page
        paragraph.sentences *= 25
    reader, _ = pdf_text(export_pdf.render_pdf(book, ExportOptions()))
    assert [item.title for item in reader.outline] == [title for title, _ in CHAPTERS]
    pages = [reader.get_destination_page_number(item) for item in reader.outline]
    assert pages == sorted(set(pages)) and pages[0] == 0
    for page, (title, _) in zip(pages[1:], CHAPTERS[1:], strict=True):
        # the bookmark leads to the page where its chapter begins
        assert title in reader.pages[page].extract_text()
        assert title not in reader.pages[page - 1].extract_text()


@pytest.mark.parametrize(("layout", "repeat"), [("side-by-side", 13), ("side-by-side", 16),
                                                ("interlinear", 14), ("interlinear", 17)])
def test_a_chapter_heading_never_ends_a_page(qapp, tmp_path: Path, layout: str,
                                             repeat: int) -> None:
    from duizhao.core.pipeline import annotate_file
    from format_fixtures import CHAPTERS, make_epub

    book = annotate_file(make_epub(tmp_path / "book.epub"))
    for paragraph in book.paragraphs:  # lengths that bring a heading to a page's foot
        paragraph.sentences *= repeat
    reader, _ = pdf_text(export_pdf.render_pdf(book, ExportOptions(layout=layout)))
    titles = {title for title, _ in CHAPTERS}
    for page in reader.pages:
        lines = [line.strip() for line in page.extract_text().split("\n") if line.strip()]
        assert not lines or lines[-1] not in titles  # it moves to the next page with its text


@pytest.mark.parametrize("repeat", [13, 17, 21])
def test_no_page_is_left_empty(qapp, tmp_path: Path, repeat: int) -> None:
    from duizhao.core.pipeline import annotate_file
    from format_fixtures import make_epub

    book = annotate_file(make_epub(tmp_path / "book.epub"))
    for paragraph in book.paragraphs:  # lengths where a sentence ends at a page's very foot
        paragraph.sentences *= repeat
    reader, _ = pdf_text(export_pdf.render_pdf(book, ExportOptions(layout="interlinear")))
    pages = [page.extract_text().strip() for page in reader.pages]
    assert all(pages), [number for number, text in enumerate(pages) if not text]
    assert all(text.split("\n", 1)[0].strip().isdigit() or text.startswith(("book", "第"))
               for text in pages)  # each page starts with a whole sentence
