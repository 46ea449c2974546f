"""The HTML export as a reader's browser sees it: parsed, not string-matched."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from duizhao.core.export import ExportOptions, export_document, render
from duizhao.core.text.han import han_count
from export_fixtures import (
    HOSTILE_NOTE,
    HOSTILE_SENTENCE,
    build_document,
    build_hostile_document,
)


def soup_of(document, **options) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    html = render(document, "html", ExportOptions(**options)).decode("utf-8")
    return BeautifulSoup(html, "html.parser")


def test_side_by_side_has_a_row_per_sentence_with_every_column() -> None:
    document = build_document()
    soup = soup_of(document)
    rows = soup.select("tr.sentence")
    assert len(rows) == document.sentence_count()
    heads = [th.get_text() for th in soup.select("table.parallel thead th")]
    assert heads == ["#", "Original", "Simplified", "Pinyin", "English"]
    first = rows[0]
    assert first.select_one("td.original").get_text() == "歷時3年,梅金斯基和烏梅羅夫重回談判桌前。"
    simplified = first.select_one("td.simplified").get_text()
    assert simplified == "历时3年,梅金斯基和乌梅罗夫重回谈判桌前。"
    assert "méijīnsījī" in first.select_one("td.pinyin").get_text()
    assert "negotiating table" in first.select_one("td.english").get_text()
    # paragraphs stay grouped
    assert [len(tb.select("tr")) for tb in soup.select("tbody.paragraph")] == [2, 2]


def test_names_are_highlighted_with_their_english_in_both_scripts() -> None:
    soup = soup_of(build_document())
    first = soup.select("tr.sentence")[0]
    original = {t.get_text(): t for t in first.select("td.original .term")}
    simplified = {t.get_text(): t for t in first.select("td.simplified .term")}
    assert set(original) == {"梅金斯基", "烏梅羅夫"}
    assert set(simplified) == {"梅金斯基", "乌梅罗夫"}
    assert "Rustem Umerov" in original["烏梅羅夫"]["title"]
    assert "defence minister" in simplified["乌梅罗夫"]["title"]  # the note is in the tooltip
    assert "term-person" in original["梅金斯基"]["class"]
    place = soup.select("tr.sentence")[1].select_one("td.original .term")
    assert place.get_text() == "伊斯坦布爾" and "term-place" in place["class"]


def test_interlinear_has_one_ruby_per_han_character_with_its_syllable() -> None:
    document = build_document()
    soup = soup_of(document, layout="interlinear")
    sentences = soup.select("div.sentence")
    assert len(sentences) == document.sentence_count()
    for div, sentence in zip(sentences, document.sentences(), strict=True):
        rubies = div.select("p.zh ruby")
        assert len(rubies) == han_count(sentence.original)
        for ruby in rubies:
            assert ruby.rt is not None and ruby.rt.get_text().strip()
            assert len(str(ruby.contents[0])) == 1  # one character each
    first = sentences[0].select("p.zh ruby")
    pairs = [(r.contents[0], r.rt.get_text()) for r in first]
    assert pairs[:2] == [("歷", "lì"), ("時", "shí")]
    assert ("梅", "méi") in pairs and ("烏", "wū") in pairs
    # a term wraps the rubies of its characters and carries the English
    term = sentences[0].select_one("p.zh .term")
    assert len(term.select("ruby")) == 4 and "Medinsky" in term["title"]
    # the English and the Simplified line come under the sentence
    assert "negotiating table" in sentences[0].select_one("p.english").get_text()
    assert sentences[0].select_one("p.simplified").get_text().startswith("历时3年")


def test_pinyin_styles() -> None:
    document = build_document()
    numbers = soup_of(document, layout="interlinear", pinyin_style="numbers")
    first = [r.rt.get_text() for r in numbers.select("div.sentence")[0].select("ruby")]
    assert first[:2] == ["li4", "shi2"]
    plain = soup_of(document, pinyin_style="plain")
    assert plain.select_one("tr.sentence td.pinyin").get_text().startswith("li shi")
    zhuyin = soup_of(document, layout="interlinear", pinyin_style="zhuyin")
    first = [r.rt.get_text() for r in zhuyin.select("div.sentence")[0].select("ruby")]
    assert first[:2] == ["ㄌㄧˋ", "ㄕˊ"]
    column = soup_of(document, pinyin_style="zhuyin").select_one("tr.sentence td.pinyin")
    assert column.get_text().startswith("ㄌㄧˋ ㄕˊ 3 ㄋㄧㄢˊ")


def test_columns_and_script_options() -> None:
    document = build_document()
    soup = soup_of(document, columns=("english", "traditional"))
    heads = [th.get_text() for th in soup.select("table.parallel thead th")]
    assert heads == ["#", "Traditional", "English"]
    assert not soup.select("tr.sentence td.pinyin")
    simplified = soup_of(document, layout="interlinear", script="simplified")
    assert simplified.html["lang"] == "zh-Hans"
    line = simplified.select_one("div.sentence p.zh")
    assert "乌梅罗夫" in line.get_text()


def test_gloss_and_missing_translations_are_told_apart() -> None:
    soup = soup_of(build_document())
    rows = soup.select("tr.sentence")
    assert "gloss" not in rows[0].select_one("td.english")["class"]
    assert "gloss" in rows[1].select_one("td.english")["class"]
    assert "not a translation" in rows[1].select_one("td.english")["title"]
    assert "missing" in rows[3].select_one("td.english")["class"]


def test_glossary_appendix_lists_every_term_used_once() -> None:
    document = build_document()
    soup = soup_of(document)
    rows = soup.select("section.glossary tbody tr")
    assert [r.find("td").get_text() for r in rows] == ["梅金斯基", "烏梅羅夫", "伊斯坦布爾", "停火"]
    umerov = rows[1].get_text(" ")
    assert "乌梅罗夫" in umerov and "Rustem Umerov" in umerov and "Wūméiluófū" in umerov
    without = soup_of(document, glossary_appendix=False)
    assert not without.select("section.glossary")


def test_self_contained_no_scripts_no_requests_and_print_css() -> None:
    html = render(build_document(), "html").decode("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(["script", "link", "img", "iframe", "object"])
    assert not re.search(r"\b(src|href)\s*=|url\(|@import|https?://", html)
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert "default-src 'none'" in csp["content"]
    style = soup.style.get_text()
    assert "@media print" in style and "break-inside: avoid" in style
    assert "@page { size: A4 landscape;" in style
    letter = soup_of(build_document(), page_size="Letter", layout="interlinear")
    assert "@page { size: Letter;" in letter.style.get_text()


def test_user_text_shows_literally() -> None:
    document = build_hostile_document()
    for layout in ("side-by-side", "interlinear"):
        html = render(document, "html", ExportOptions(layout=layout)).decode("utf-8")
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all(["script", "img", "b"]), layout
        assert "<script>" not in html and "<img" not in html
        text = soup.get_text()
        assert 'He said <script>alert("y")</script> & left' in text
        assert HOSTILE_NOTE in text  # glossary note in the appendix
        assert "onerror=alert(2)" in soup.select_one("main .term")["title"]
        assert "&<evil>" not in text and "<evil>&.txt" in soup.title.get_text()
    side = BeautifulSoup(render(document, "html").decode("utf-8"), "html.parser")
    assert side.select_one("tr.sentence td.original").get_text() == HOSTILE_SENTENCE


def test_export_document_writes_the_file(tmp_path: Path) -> None:
    out = export_document(build_document(), tmp_path / "talks.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
