"""``duizhao tm``: TMX from CAT tools in, hostile files refused with their line, the memory
out again, and the units used when a document is translated."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from duizhao.cli import main
from duizhao.core.memory import TranslationMemory, default_memory_path

# What OmegaT writes (project_save.tmx): TMX 1.1 with a DOCTYPE, formatting codes in segments.
OMEGAT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
    creationtoolversion="6.0.0" segtype="sentence" srclang="zh-CN"/>
  <body>
    <tu>
      <tuv lang="ZH-CN"><seg>今天天气很好。</seg></tuv>
      <tuv lang="EN-US"><seg>The weather is fine today.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="zh-TW"><seg>我們去<bpt i="1">b</bpt>公園<ept i="1">/b</ept>散步。</seg></tuv>
      <tuv xml:lang="en-GB"><seg>We went for a walk in the <hi>park</hi>.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="zh-Hans"><seg>晚上回家。</seg></tuv>
      <tuv xml:lang="en"><seg>Home in the evening.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="zh-Hant"><seg>他們都很高興。</seg></tuv>
      <tuv xml:lang="en-US"><seg>They were all happy.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="zh"><seg>你好</seg></tuv>
      <tuv xml:lang="fr"><seg>Bonjour</seg></tuv>
    </tu>
  </body>
</tmx>
"""

HOSTILE = {
    "xxe": ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>'
            '\n<tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&x;</seg></tuv>'
            '<tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>', 2),
    "bomb": ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n <!ENTITY a "aaaaaaaaaa">\n'
             ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
             ' <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
             '<tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&c;</seg></tuv>'
             '<tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>', 2),
    "dtd": ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ELEMENT tmx ANY>\n]>\n<tmx/>', 2),
    "undeclared entity": ('<?xml version="1.0"?>\n<tmx version="1.4"><body>\n<tu>'
                          '<tuv xml:lang="zh"><seg>&nbsp;</seg></tuv></tu></body></tmx>', 3),
    "not tmx": ('<?xml version="1.0"?>\n<martif/>', 2),
}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def units() -> int:
    return TranslationMemory().stats().units if default_memory_path().exists() else 0


def test_an_omegat_tmx_imports_every_chinese_english_unit(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["tm", "import", str(write(tmp_path, "project_save.tmx", OMEGAT))]) == 0
    out = capsys.readouterr().out
    assert "4 units imported" in out and "1 units in other languages" in out
    memory = TranslationMemory()
    found = memory.exact(["今天天氣很好。", "我们去公园散步。", "晚上回家。", "他们都很高兴。"])
    assert found == {"今天天氣很好。": "The weather is fine today.",
                     "我们去公园散步。": "We went for a walk in the park.",
                     "晚上回家。": "Home in the evening.",
                     "他们都很高兴。": "They were all happy."}
    assert main(["tm", "stats"]) == 0
    stats = capsys.readouterr().out
    assert "units: 4" in stats and "project_save.tmx (4 units" in stats
    assert "zh-TW → en-GB: 1" in stats


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_tmx_is_refused_with_its_line(tmp_path: Path, name: str, capsys) -> None:  # type: ignore[no-untyped-def]
    text, line = HOSTILE[name]
    path = write(tmp_path, "hostile.tmx", text)
    assert main(["tm", "import", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"duizhao: {path}, line {line}: ") and "\n" not in err
    assert "nothing was imported" in err
    assert "root:" not in err  # /etc/passwd was never read
    assert units() == 0


def test_a_damaged_file_imports_nothing_unless_partial_is_accepted(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                   capsys) -> None:
    damaged = OMEGAT.replace('<tuv xml:lang="zh-Hans"><seg>晚上回家。</seg></tuv>',
                             '<tuv xml:lang="zh-Hans"></tuv>')
    damaged = damaged.replace("</body>", "<tu><tuv xml:lang='zh'><seg>斷了")
    path = write(tmp_path, "damaged.tmx", damaged)
    assert main(["tm", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 16: the zh-Hans variant has no <seg>" in err
    assert "(and 1 more)" in err and units() == 0
    assert main(["tm", "import", "--accept-partial", str(path)]) == 0
    captured = capsys.readouterr()
    assert "3 units imported" in captured.out
    assert captured.err.count("duizhao: skipped") == 2 and "not well-formed" in captured.err
    assert units() == 3


def test_export_writes_the_memory_as_tmx_that_reads_back(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    TranslationMemory().remember("我們去公園散步。", "We <walked> & talked.")
    out = tmp_path / "mine.tmx"
    assert main(["tm", "export", str(out)]) == 0
    assert "1 units written" in capsys.readouterr().out
    text = out.read_text("utf-8")
    assert '<tmx version="1.4">' in text and "We &lt;walked&gt; &amp; talked." in text
    assert main(["tm", "export", str(out)]) == 2  # no overwriting without --force
    again = TranslationMemory(tmp_path / "other.sqlite3")
    from duizhao.core.memory import import_tmx

    assert import_tmx(again, out).imported == 1
    assert again.exact(["我们去公园散步。"]) == {"我们去公园散步。": "We <walked> & talked."}


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "duizhao", "tm", "import",
                             str(tmp_path / "none.tmx")], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"duizhao: {tmp_path / 'none.tmx'}: no such file"


def test_a_folder_is_named_as_one(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["tm", "import", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == f"duizhao: {tmp_path}: is a folder; give a .tmx file"


def test_export_uses_the_memory_for_the_document(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A second document with a sentence translated before gets it from the memory."""
    main(["tm", "import", str(write(tmp_path, "project_save.tmx", OMEGAT))])
    document = write(tmp_path, "second.txt", "我們去公園散步。這句話沒有人翻譯過。")
    out = tmp_path / "second.json"
    assert main(["export", str(document), "-o", str(out)]) == 0
    sentences = json.loads(out.read_text("utf-8"))["paragraphs"][0]["sentences"]
    assert sentences[0]["translation"] == "We went for a walk in the park."
    assert sentences[0]["translation_source"] == "tm" and sentences[0]["status"] == "tm"
    assert sentences[1]["translation_source"] == "gloss"
