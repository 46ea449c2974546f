"""Markdown, TMX, DOCX and JSON exports, each parsed back the way its reader would."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from duizhao.core.document import Document
from duizhao.core.errors import ExportError
from duizhao.core.export import ExportOptions, export_document, render, resolve_format
from duizhao.core.export.common import CATEGORY_COLOURS
from duizhao.core.language.pinyin_style import PinyinStyle, character_readings, syllable
from export_fixtures import HOSTILE_NOTE, MODEL, build_document, build_hostile_document

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# --- Markdown ------------------------------------------------------------------------------

def test_markdown_has_a_block_per_sentence() -> None:
    document = build_document()
    markdown = render(document, "markdown").decode("utf-8")
    blocks = [b for b in markdown.split("\n\n") if b.startswith("**")]
    assert len(blocks) == document.sentence_count()
    first = blocks[0].splitlines()
    assert first[0] == "**1.** 歷時3年,梅金斯基和烏梅羅夫重回談判桌前。  "
    assert "历时3年" in first[1] and "méijīnsījī" in first[2]
    assert "English: After three years" in blocks[0]
    assert "Gloss (word by word, not a translation)" in blocks[1]
    assert "烏梅羅夫 = Rustem Umerov" in blocks[0]
    assert "| 烏梅羅夫 | 乌梅罗夫 | Wūméiluófū | Rustem Umerov | person |" in markdown


def test_markdown_escapes_markup() -> None:
    markdown = render(build_hostile_document(), "markdown").decode("utf-8")
    assert "<script>" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;" not in markdown  # '>' is backslash-escaped, '<' as an entity
    assert "&lt;script\\>alert" in markdown


# --- TMX -----------------------------------------------------------------------------------

def test_tmx_has_human_translations_and_machine_ones_when_asked() -> None:
    document = build_document()
    human = ET.fromstring(render(document, "tmx")).findall("body/tu")
    assert [u.find("prop[@type='x-status']").text for u in human] == ["edited"]
    root = ET.fromstring(render(document, "tmx", ExportOptions(machine_in_tmx=True)))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "zh-Hant" and header.get("segtype") == "sentence"
    units = root.findall("body/tu")
    # the argos and the user translation; never the gloss, never an untranslated sentence
    assert len(units) == 2
    sources = [u.find("prop[@type='x-translation-source']").text for u in units]
    assert sources == [MODEL, "user"]
    first = {tuv.get(XML_LANG): tuv.find("seg").text for tuv in units[0].findall("tuv")}
    assert first == {
        "zh-Hant": "歷時3年,梅金斯基和烏梅羅夫重回談判桌前。",
        "zh-Hans": "历时3年,梅金斯基和乌梅罗夫重回谈判桌前。",
        "en": "After three years, Medinsky and Umerov returned to the negotiating table.",
    }
    assert "gloss" not in render(document, "tmx").decode("utf-8").replace("glossary", "")


def test_tmx_of_hostile_text_is_well_formed_and_literal() -> None:
    data = render(build_hostile_document(), "tmx", ExportOptions(machine_in_tmx=True))
    root = ET.fromstring(data)
    segs = [s.text for s in root.iter("seg")]
    assert 'He said <script>alert("y")</script> & left.' in segs  # control chars dropped
    assert "停火了。" in segs
    assert b"<script>" not in data


# --- DOCX ----------------------------------------------------------------------------------

def _shading(run) -> str | None:  # type: ignore[no-untyped-def]
    shading = run._r.find(".//" + qn("w:shd"))
    return None if shading is None else shading.get(qn("w:fill"))


def _reopen(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_docx_reopens_with_the_table_and_both_scripts() -> None:
    document = build_document()
    word = _reopen(render(document, "docx"))
    table, glossary = word.tables
    assert len(table.rows) == document.sentence_count() + 1
    assert [c.text for c in table.rows[0].cells] == [
        "#", "Original", "Simplified", "Pinyin", "English"]
    row = [c.text for c in table.rows[1].cells]
    assert row[1] == "歷時3年,梅金斯基和烏梅羅夫重回談判桌前。"
    assert row[2] == "历时3年,梅金斯基和乌梅罗夫重回谈判桌前。"
    assert row[4].startswith("After three years")
    highlighted = [(r.text, _shading(r)) for c in table.rows[1].cells
                   for p in c.paragraphs for r in p.runs if _shading(r)]
    person = CATEGORY_COLOURS["person"].lstrip("#").upper()
    assert highlighted == [("梅金斯基", person), ("烏梅羅夫", person),
                           ("梅金斯基", person), ("乌梅罗夫", person)]
    assert [c.text for c in glossary.rows[2].cells][:4] == [
        "烏梅羅夫", "乌梅罗夫", "Wūméiluófū", "Rustem Umerov"]
    assert len(glossary.rows) == len(document.glossary_entries()) + 1


def test_docx_of_hostile_text_is_valid_xml_and_literal() -> None:
    data = render(build_hostile_document(), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                ET.fromstring(archive.read(name))  # every part well formed
    word = _reopen(data)
    cells = [c.text for r in word.tables[0].rows for c in r.cells]
    assert 'He said <script>alert("y")</script> & left.' in cells
    assert HOSTILE_NOTE in [c.text for r in word.tables[1].rows for c in r.cells]


def test_docx_page_size_and_orientation() -> None:
    word = _reopen(render(build_document(), "docx", ExportOptions(page_size="Letter")))
    section = word.sections[0]
    assert round(section.page_width.inches, 1) == 11.0  # landscape Letter for four columns
    narrow = _reopen(render(build_document(), "docx", ExportOptions(columns=("original",))))
    assert round(narrow.sections[0].page_width.mm) == 210


# --- JSON ----------------------------------------------------------------------------------

def test_json_round_trips_the_document() -> None:
    document = build_document()
    data = json.loads(render(document, "json"))
    assert Document.from_dict(data).to_dict() == document.to_dict()


# --- the registry: formats, overwriting, errors ---------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("a.html", "html"), ("a.HTM", "html"), ("a.md", "markdown"), ("a.docx", "docx"),
    ("a.tmx", "tmx"), ("a.json", "json"), ("a.pdf", "pdf"),
])
def test_format_follows_the_extension(name: str, expected: str) -> None:
    assert resolve_format(name) == expected


def test_explicit_format_wins_and_unknown_ones_are_refused() -> None:
    assert resolve_format("notes.txt", "md") == "markdown"
    with pytest.raises(ExportError, match="Cannot tell the export format"):
        resolve_format("notes.txt")
    with pytest.raises(ExportError, match="Unknown export format"):
        resolve_format("notes.txt", "rtf")


def test_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "talks.md"
    out.write_text("my notes", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        export_document(build_document(), out)
    assert out.read_text(encoding="utf-8") == "my notes"
    export_document(build_document(), out, force=True)
    assert out.read_text(encoding="utf-8").startswith("# talks.txt")
    assert [p.name for p in tmp_path.iterdir()] == ["talks.md"]  # no temporary left behind


def test_unwritable_targets_give_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_document(build_document(), tmp_path / "missing" / "out.html")
    with pytest.raises(ExportError, match="is a folder"):
        export_document(build_document(), tmp_path, format="html")


def test_options_are_checked() -> None:
    with pytest.raises(ExportError, match="Unknown column"):
        ExportOptions(columns=("original", "french"))
    with pytest.raises(ExportError, match="page size"):
        ExportOptions(page_size="A5")
    options = ExportOptions(columns=("english", "original"), layout="interlinear")
    assert options.columns == ("original", "english")
    assert ExportOptions.from_dict(options.to_dict()) == options
    assert ExportOptions.from_dict({"layout": "sideways"}) == ExportOptions()


# --- pinyin per character ------------------------------------------------------------------

def test_token_pinyin_is_split_per_character() -> None:
    assert character_readings("梅金斯基", "Mei2 jin1 si1 ji1") == ["Mei2", "jin1", "si1", "ji1"]
    assert character_readings("3年", "3 nian2") == [None, "nian2"]
    assert character_readings("畫兒", "hua4 r5") == ["hua4", "r5"]
    # the token's own (context) reading wins over pypinyin's zhǎngdà
    assert character_readings("長大", "chang2 da4") == ["chang2", "da4"]
    # a reading that does not fit the characters: pypinyin reads them
    assert character_readings("長大", "xyz") == ["zhang3", "da4"]
    assert [syllable(s, PinyinStyle.NUMBERS) for s in ("Mei2", "lü4", "de5")] == [
        "Mei2", "lü4", "de5"]
    assert [syllable(s, PinyinStyle.MARKS) for s in ("Mei2", "lü4", "de5", "r5")] == [
        "Méi", "lǜ", "de", "r"]
    assert syllable("nü3", PinyinStyle.PLAIN) == "nü"
    assert syllable("r5", PinyinStyle.ZHUYIN) == "ㄦ"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_docx_opens_in_libreoffice(tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = export_document(build_hostile_document(), tmp_path / "talks.docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "talks.pdf").pages)
    assert "烏梅羅夫" in text and "乌梅罗夫" in text
    assert '<script>alert("y")</script>' in text
