from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from duizhao.cli import main
from duizhao.core.vocab.known import KnownWords, MarkContext, WordStatus


def _stats(sample_path: Path, capsys) -> dict:  # type: ignore[no-untyped-def, type-arg]
    assert main(["vocab", "stats", str(sample_path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_stats_json_and_known_levels(sample_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _stats(sample_path, capsys)
    assert before["known"] == 0 and before["tokens"] > 1500
    assert before["unknown"][0] == {"word": "的", "count": before["unknown"][0]["count"],
                                    "hsk": 1, "pinyin": "de"}
    assert main(["vocab", "known-levels", "2"]) == 0
    assert "newly marked known" in capsys.readouterr().out
    after = _stats(sample_path, capsys)
    assert after["known"] == before["levels"]["1"] + before["levels"]["2"]
    assert after["coverage"] == round(after["known"] / after["tokens"], 4)
    assert all(w["hsk"] not in (1, 2) for w in after["unknown"])
    assert main(["vocab", "stats", str(sample_path)]) == 0
    text = capsys.readouterr().out
    assert f"{after['known']} known" in text and "HSK 7-9" in text


def test_import_refuses_a_malformed_list_unless_accepted(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "words.txt"
    bad.write_text("学习\n谈判\nnot a word\n", encoding="utf-8")
    assert main(["vocab", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "nothing was imported" in err
    assert KnownWords().statuses() == {}
    assert main(["vocab", "import", str(bad), "--accept-partial"]) == 0
    assert KnownWords().known_words() == {"学习", "谈判"}


def test_export_learning_words(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mined.csv"
    assert main(["vocab", "export", str(out)]) == 2
    assert "no word is marked" in capsys.readouterr().err and not out.exists()
    KnownWords().mark("谈判", WordStatus.LEARNING, MarkContext(sentence_simplified="谈判。"))
    assert main(["vocab", "export", str(out)]) == 0
    assert "谈判" in out.read_text(encoding="utf-8")
    assert main(["vocab", "export", str(out)]) == 2  # exists
    assert main(["vocab", "export", str(out), "--force"]) == 0


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    for args in (["import", str(tmp_path / "none.txt")], ["export", "x.docx"],
                 ["stats", str(tmp_path / "none.txt")]):
        process = subprocess.run([sys.executable, "-m", "duizhao", "vocab", *args],
                                 capture_output=True, text=True, cwd=tmp_path, timeout=120)
        assert process.returncode == 2, process.stderr
        assert process.stderr.count("\n") == 1 and process.stderr.startswith("duizhao: ")


def test_export_json_levels_follow_the_standard(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("他一丝不苟。", encoding="utf-8")
    levels = {}
    for standard in ("2025", "2.0"):
        out = tmp_path / f"{standard}.json"
        assert main(["export", str(source), "-o", str(out), "--no-translate",
                     "--standard", standard]) == 0
        tokens = json.loads(out.read_text(encoding="utf-8"))["paragraphs"][0]["sentences"][0][
            "tokens"]
        levels[standard] = {t["text"]: t["hsk"] for t in tokens}
    assert levels["2025"]["一丝不苟"] == 7 and levels["2.0"]["一丝不苟"] == 6
    assert levels["2025"]["。"] is None
