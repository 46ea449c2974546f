"""Known-word lists from other tools: a plain list, a Pleco flashcard export, an Anki notes
export. Like the glossary readers, a reader never raises on a bad line: it collects the
problems (line number + reason) so the caller can refuse the whole file or accept the rest.

- Plain list: one word a line, either script; blank lines and ``#`` comments are skipped.
- Pleco (File › Export Cards, text): ``简体[繁體]<TAB>pinyin<TAB>definition``, category lines
  starting with ``//``; the headword may be one script only.
- Anki (Export › Notes in Plain Text): tab-separated fields after ``#key:value`` header lines;
  the word is the first field that is Chinese characters only (HTML removed), so the column
  does not matter, and the guid, note type and deck columns the header names are skipped.

Every word is stored Simplified (the form tokens and the HSK lists use).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from duizhao.core.errors import VocabularyError
from duizhao.core.glossary.formats.common import ImportProblem, decode_utf8
from duizhao.core.language.convert import ScriptConverter
from duizhao.core.text.han import HAN_CLASS

MAX_BYTES = 50_000_000
_WORD = re.compile(f"[{HAN_CLASS}]+")
_TAG = re.compile(r"<[^>]*>")
_PLECO_HEADWORD = re.compile(r"^([^\[\]]+)(?:\[([^\[\]]+)\])?$")


class ListFormat(str, Enum):
    PLAIN = "plain"
    PLECO = "pleco"
    ANKI = "anki"


@dataclass
class WordListResult:
    format: ListFormat
    words: list[str] = field(default_factory=list)  # Simplified, in file order, no repeats
    problems: list[ImportProblem] = field(default_factory=list)


def read_word_list(path: str | Path, list_format: ListFormat | None = None) -> WordListResult:
    """Read a list; the format is recognised from the content unless given."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise VocabularyError(f"{path}: is too large for a word list")
        data = path.read_bytes()
    except IsADirectoryError:
        raise VocabularyError(f"{path}: is a folder, not a word list") from None
    except OSError as error:
        raise VocabularyError(f"{path}: cannot be read ({error.strerror or error})") from None
    text, problem = decode_utf8(data)
    if text is None:
        assert problem is not None
        return WordListResult(list_format or ListFormat.PLAIN, [], [problem])
    return parse_word_list(text, list_format)


def parse_word_list(text: str, list_format: ListFormat | None = None) -> WordListResult:
    lines = text.splitlines()
    chosen = list_format or detect_format(lines)
    parse_line = {ListFormat.PLAIN: _plain_word, ListFormat.PLECO: _pleco_word,
                  ListFormat.ANKI: _anki_word}[chosen]
    result = WordListResult(chosen)
    skipped = _anki_skipped_columns(lines) if chosen is ListFormat.ANKI else set()
    found: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or \
                (chosen is ListFormat.PLECO and line.startswith("//")):
            continue
        word, reason = parse_line(line, skipped)
        if word is None:
            result.problems.append(ImportProblem(number, reason))
        else:
            found.append(word)
    converter = ScriptConverter("t2s")
    result.words = list(dict.fromkeys(converter.to_simplified(w) for w in found))
    return result


def detect_format(lines: list[str]) -> ListFormat:
    content = [line for line in lines if line.strip()]
    if any(line.startswith(("#separator:", "#html:", "#notetype", "#deck", "#guid", "#tags"))
           for line in content):
        return ListFormat.ANKI
    if any(line.startswith("//") for line in content) or any(
            _PLECO_HEADWORD.match(line.split("\t", 1)[0].strip()) and "[" in line.split("\t")[0]
            for line in content):
        return ListFormat.PLECO
    if any("\t" in line for line in content):
        return ListFormat.ANKI
    return ListFormat.PLAIN


def _plain_word(line: str, _skipped: set[int]) -> tuple[str | None, str]:
    word = line.strip()
    if _WORD.fullmatch(word):
        return word, ""
    return None, f"{_shorten(word)!r} is not one word in Chinese characters"


def _pleco_word(line: str, _skipped: set[int]) -> tuple[str | None, str]:
    headword = line.split("\t", 1)[0].strip()
    match = _PLECO_HEADWORD.match(headword)
    if match:
        for form in match.groups():
            if form and _WORD.fullmatch(form.strip()):
                return form.strip(), ""
    return None, f"the headword {_shorten(headword)!r} is not a word in Chinese characters"


def _anki_word(line: str, skipped: set[int]) -> tuple[str | None, str]:
    for column, value in enumerate(line.split("\t"), 1):
        if column in skipped:
            continue
        plain = html.unescape(_TAG.sub("", value)).strip().strip('"').strip()
        if _WORD.fullmatch(plain):
            return plain, ""
    return None, "no field is a word in Chinese characters"


def _anki_skipped_columns(lines: list[str]) -> set[int]:
    """Columns Anki's header says hold the guid, note type, deck or tags."""
    skipped: set[int] = set()
    for line in lines:
        if not line.startswith("#"):
            break
        key, _, value = line[1:].partition(":")
        if key in ("guid column", "notetype column", "deck column", "tags column") and \
                value.strip().isdigit():
            skipped.add(int(value))
    return skipped


def _shorten(text: str) -> str:
    return text if len(text) <= 30 else text[:29] + "…"
