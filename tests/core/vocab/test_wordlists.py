from __future__ import annotations

from pathlib import Path

import pytest

from duizhao.core.errors import VocabularyError
from duizhao.core.vocab.wordlists import ListFormat, parse_word_list, read_word_list


def test_plain_list_either_script_becomes_simplified() -> None:
    result = parse_word_list("# my words\n學習\n\n谈判\n学习\n")
    assert result.format is ListFormat.PLAIN
    assert result.words == ["学习", "谈判"] and not result.problems


def test_pleco_export_takes_the_headword() -> None:
    text = ("//Lesson 1\n谈判[談判]\ttan2pan4\tto negotiate\n"
            "停火\tting2huo3\tceasefire\n電腦\tdian4nao3\tcomputer\n")
    result = parse_word_list(text)
    assert result.format is ListFormat.PLECO
    assert result.words == ["谈判", "停火", "电脑"] and not result.problems


def test_anki_notes_export_finds_the_chinese_field() -> None:
    text = ("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n"
            "a1b2\tBasic\t<b>to negotiate</b>\t談判\n"
            "c3d4\tBasic\t&nbsp;停火&nbsp;\tceasefire\n")
    result = parse_word_list(text)
    assert result.format is ListFormat.ANKI
    assert result.words == ["谈判", "停火"] and not result.problems


def test_bad_lines_are_reported_by_number(tmp_path: Path) -> None:
    result = parse_word_list("学习\nhello world\n谈判\n", ListFormat.PLAIN)
    assert result.words == ["学习", "谈判"]
    assert [(p.line, "hello world" in p.message) for p in result.problems] == [(2, True)]
    binary = tmp_path / "list.txt"
    binary.write_bytes("学习\n".encode() + b"\xff\xfe\x00bad\n")
    problems = read_word_list(binary).problems
    assert problems[0].line == 2 and "UTF-8" in problems[0].message
    with pytest.raises(VocabularyError, match="cannot be read"):
        read_word_list(tmp_path / "missing.txt")
