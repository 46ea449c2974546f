from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.files import load_glossary, read_glossary, save_glossary

TRICKY = GlossaryEntry(
    traditional="歐洲安全組織", simplified="欧洲安全组织", english='OSCE <"Vienna"> & co',
    category="organisation", pinyin="Ōuzhōu Ānquán Zǔzhī",
    note="Organization for Security | note: and Co-operation, in Europe",
)


@pytest.fixture
def sample(sample_glossary_path: Path) -> Glossary:
    return load_glossary(sample_glossary_path)


@pytest.mark.parametrize("suffix", [".csv", ".tbx", ".utf8", ".txt", ".tsv"])
def test_every_readable_format_round_trips_the_sample(sample: Glossary, tmp_path: Path,
                                                      suffix: str) -> None:
    path = tmp_path / f"g{suffix}"
    save_glossary(Glossary([*sample, TRICKY]), path)
    assert load_glossary(path).entries == (*sample.entries, TRICKY)


def test_csv_tbx_tsv_csv_chain_keeps_every_entry_and_field(sample: Glossary,
                                                          tmp_path: Path) -> None:
    glossary = Glossary([*sample, TRICKY])
    save_glossary(glossary, tmp_path / "a.csv")
    save_glossary(load_glossary(tmp_path / "a.csv"), tmp_path / "b.tbx")
    save_glossary(load_glossary(tmp_path / "b.tbx"), tmp_path / "c.utf8")
    save_glossary(load_glossary(tmp_path / "c.utf8"), tmp_path / "d.csv")
    assert (tmp_path / "d.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()


def test_tsv_cannot_carry_line_breaks_and_says_so_by_flattening(tmp_path: Path) -> None:
    entry = GlossaryEntry("停火", "停火", "ceasefire", "term", "tínghuǒ", "one\ntwo\tthree")
    save_glossary(Glossary([entry]), tmp_path / "g.utf8")
    (back,) = load_glossary(tmp_path / "g.utf8").entries
    assert back.note == "one two three" and back.english == "ceasefire"


def test_omegat_file_lists_each_script_as_a_source_term(sample: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "g.utf8"
    save_glossary(sample, path)
    sources = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
               if not line.startswith("#")]
    assert "烏梅羅夫" in sources and "乌梅罗夫" in sources
    assert sources.count("普京") == 1  # same in both scripts: one line
    assert all(len(line.split("\t")) == 3 for line in path.read_text("utf-8").splitlines()[1:])


def test_plain_omegat_glossary_from_another_tool(tmp_path: Path) -> None:
    path = tmp_path / "project.txt"
    path.write_text("# exported\n乌梅罗夫\tRustem Umerov\tdefence minister\n"
                    "停火\tceasefire\n頓巴斯\tDonbas\t\n", encoding="utf-8")
    entries = load_glossary(path).entries
    assert entries[0] == GlossaryEntry("烏梅羅夫", "乌梅罗夫", "Rustem Umerov", "term", "",
                                       "defence minister")
    assert (entries[1].traditional, entries[1].english, entries[1].note) == \
        ("停火", "ceasefire", "")
    assert (entries[2].traditional, entries[2].simplified) == ("頓巴斯", "顿巴斯")


def test_tbx_from_a_cat_tool_in_tbx3_with_generic_zh(tmp_path: Path) -> None:
    path = tmp_path / "t.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n'
        "<text><body>\n"
        '<conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>澤連斯基</term>'
        "</termSec></langSec>\n"
        '<langSec xml:lang="en"><termSec><term>Zelensky</term></termSec></langSec>'
        "</conceptEntry>\n</body></text></tbx>\n", encoding="utf-8")
    (entry,) = load_glossary(path).entries
    assert (entry.traditional, entry.simplified, entry.english) == \
        ("澤連斯基", "泽连斯基", "Zelensky")


def test_tbx_is_readable_by_a_plain_xml_parser(sample: Glossary, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    path = tmp_path / "g.tbx"
    save_glossary(Glossary([*sample, TRICKY]), path)
    root = ET.parse(path).getroot()
    assert root.tag == "martif"
    entries = root.findall("./text/body/termEntry")
    assert len(entries) == len(sample) + 1
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    langs = [ls.get(lang) for ls in entries[1].findall("langSet")]
    assert langs == ["zh-TW", "zh-CN", "en"]


CSV_HEADER = "traditional,simplified,pinyin,english,category,note\n"


@pytest.mark.parametrize(("suffix", "content", "line", "words"), [
    (".csv", CSV_HEADER + "普京,普京,,Putin,person,\n,,,,nothing,\n", 3, "neither"),
    (".csv", CSV_HEADER + "普京,普京,,Putin,person,\n停火,停火,,cease,fire,term,extra\n", 3,
     "fields"),
    (".csv", CSV_HEADER + '普京,普京,,"Putin,person,\n', 2, "CSV"),
    (".tbx", '<?xml version="1.0"?>\n<martif>\n<text><body>\n<termEntry>\n</body></text></martif>',
     5, "not well-formed"),
    (".tbx", '<?xml version="1.0"?>\n<martif><text><body>\n<termEntry id="1">\n'
     '<langSet xml:lang="en"><tig><term>x</term></tig></langSet>\n</termEntry>\n'
     "</body></text></martif>", 3, "no Chinese term"),
    (".tbx", '<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY a "aaaa">]>\n<martif/>', 2, "entities"),
    (".tbx", '<?xml version="1.0"?>\n<html><body/></html>', 1, "not TBX"),
])
def test_a_malformed_file_is_refused_naming_the_file_and_line(
        tmp_path: Path, suffix: str, content: str, line: int, words: str) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError) as raised:
        load_glossary(path)
    message = str(raised.value)
    assert str(path) in message and f"line {line}" in message and words in message
    assert "\n" not in message
    assert path.read_text(encoding="utf-8") == content


def test_malformed_tsv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.utf8"
    path.write_text("停火\tceasefire\t\n普京\tPutin\tnote\textra\n\tno source\n",
                    encoding="utf-8")
    result = read_glossary(path)
    assert [p.line for p in result.problems] == [2, 3]
    assert [e.traditional for e in result.entries] == ["停火"]
    with pytest.raises(GlossaryError, match="line 2"):
        load_glossary(path)


def test_anki_deck_has_a_note_per_entry_with_escaped_fields(sample: Glossary,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    save_glossary(Glossary([*sample, TRICKY]), path)
    with zipfile.ZipFile(path) as deck:
        (tmp_path / "c.anki2").write_bytes(deck.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "c.anki2") as db:
        rows = [r[0].split("\x1f") for r in db.execute("select flds from notes")]
        cards = db.execute("select count(*) from cards").fetchone()[0]
    assert len(rows) == len(sample) + 1
    assert cards == 2 * len(rows)
    umerov = next(r for r in rows if r[1] == "烏梅羅夫")
    assert umerov[:5] == ["烏梅羅夫 · 乌梅罗夫", "烏梅羅夫", "乌梅罗夫", "Wūméiluófū",
                          "Rustem Umerov, Ukraine&#x27;s defence minister, head of the "
                          "Ukrainian delegation"]
    osce = next(r for r in rows if r[6].startswith("Organization for Security |"))
    assert "&lt;&quot;Vienna&quot;&gt; &amp; co" in osce[4]


def test_anki_deck_cannot_be_read_back(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    save_glossary(Glossary([TRICKY]), path)
    with pytest.raises(GlossaryError, match="written but not read"):
        load_glossary(path)


def test_import_fills_the_missing_script_as_the_pipeline_converts(tmp_path: Path) -> None:
    """A glossary giving one script gets the other from the pipeline's converter (OpenCC
    corrected with CC-CEDICT), so its terms match the document's conversion."""
    from duizhao.core.language.convert import ScriptConverter

    csv = tmp_path / "one-script.csv"
    csv.write_text("traditional,simplified,english\n意味著,,to signify\n,埃里温,Yerevan\n",
                   encoding="utf-8")
    omegat = tmp_path / "cat-tool.txt"
    omegat.write_text("意味著\tto signify\n", encoding="utf-8")
    converter = ScriptConverter("t2s")
    for path in (csv, omegat):
        entry = load_glossary(path).entries[0]
        assert (entry.traditional, entry.simplified) == ("意味著", "意味着"), path.name
        assert entry.simplified == converter.to_simplified(entry.traditional)
    yerevan = load_glossary(csv).entries[1]
    assert (yerevan.traditional, yerevan.simplified) == ("埃里溫", "埃里温")
