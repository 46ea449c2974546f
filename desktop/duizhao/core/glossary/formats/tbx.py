"""TBX (TermBase eXchange) glossaries, as OmegaT and other CAT tools read them.

Written as TBX 2 (``<martif>``, ISO 30042:2008), the dialect OmegaT reads: one ``termEntry``
per entry with a ``zh-TW`` (Traditional), a ``zh-CN`` (Simplified) and an ``en`` language set.
Pinyin is a ``pronunciation`` term note of the Chinese terms, the category a ``subjectField``
and the note a ``note`` of the entry. Read: TBX 2 and TBX 3 (``conceptEntry``/``langSec``/
``termSec``), any Chinese language tag (zh-Hant/zh-TW/zh-HK → Traditional, zh-Hans/zh-CN/zh →
by the text itself).

Parsed with expat directly so problems carry their line, with DTDs and entity declarations
refused (``duizhao.core.text.safe_xml``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.parsers import expat
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.formats.common import (
    ImportProblem,
    ReadResult,
    dedupe,
    entry_from_form,
    make_entry,
    xml_safe,
)
from duizhao.core.text.safe_xml import XML_LANG, RefusedXML, hardened_parser

NAME = "TBX"
EXTENSIONS = (".tbx",)
CAN_READ = True

_TRADITIONAL_TAGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
_SIMPLIFIED_TAGS = ("zh-hans", "zh-cn", "zh-sg", "zh-my")
_ENTRY_TAGS = {"termEntry", "conceptEntry"}
_LANG_TAGS = {"langSet", "langSec"}
_TERM_GROUP_TAGS = {"tig", "ntig", "termSec"}


@dataclass
class _Entry:
    line: int
    chinese: list[tuple[str, str]] = field(default_factory=list)  # (language tag, term)
    english: list[str] = field(default_factory=list)
    pinyin: str = ""
    category: str = ""
    notes: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.current: _Entry | None = None
        self.lang = ""
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.parser = hardened_parser()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text.append
        self.saw_root = ""

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if not self.saw_root:
            self.saw_root = local
        lang = attrs.get(XML_LANG) or attrs.get("lang")
        self.stack.append((local, attrs))
        self.text.clear()
        if local in _ENTRY_TAGS:
            self.current = _Entry(self.parser.CurrentLineNumber)
        elif local in _LANG_TAGS and lang:
            self.lang = lang.lower()

    def end(self, name: str) -> None:
        local, attrs = self.stack.pop()
        content = "".join(self.text).strip()
        self.text.clear()
        entry = self.current
        if local in _ENTRY_TAGS:
            if entry is not None:
                self.entries.append(entry)
            self.current = None
            return
        if local in _LANG_TAGS:
            self.lang = ""
            return
        if entry is None:
            return
        kind = attrs.get("type", "")
        if local == "term" and content:
            if self.lang.startswith("zh"):
                entry.chinese.append((self.lang, content))
            elif self.lang.startswith("en") or not entry.english:
                entry.english.append(content)
        elif local == "termNote" and kind == "pronunciation" and content:
            entry.pinyin = entry.pinyin or content
        elif local == "descrip" and kind in ("subjectField", "conceptType") and content:
            entry.category = entry.category or content
        elif content and (local == "note" or (local == "descrip" and kind == "definition")):
            entry.notes.append(content)


def parse(data: bytes) -> ReadResult:
    result = ReadResult()
    reader = _Reader()
    try:
        # Bytes, not text: expat honours the XML declaration's encoding (UTF-8 or UTF-16).
        reader.parser.Parse(data, True)
    except expat.ExpatError as error:
        result.problems.append(ImportProblem(
            error.lineno, f"is not well-formed XML ({expat.ErrorString(error.code)})"))
        return result
    except RefusedXML as error:
        result.problems.append(ImportProblem(reader.parser.CurrentLineNumber, str(error)))
        return result
    if reader.saw_root not in ("martif", "tbx"):
        result.problems.append(ImportProblem(1, "is XML but not TBX (no <martif> or <tbx> root)"))
        return result
    for raw in reader.entries:
        _add(result, raw)
    return dedupe(result)


def _add(result: ReadResult, raw: _Entry) -> None:
    traditional = next((t for lang, t in raw.chinese if lang.startswith(_TRADITIONAL_TAGS)), "")
    simplified = next((t for lang, t in raw.chinese if lang.startswith(_SIMPLIFIED_TAGS)), "")
    fields = {"pinyin": raw.pinyin, "english": "; ".join(raw.english),
              "category": raw.category, "note": "\n".join(raw.notes)}
    try:
        if traditional or simplified:
            entry = make_entry(traditional, simplified, **fields)
        elif raw.chinese:  # a plain "zh" term: its script is decided by the text itself
            entry = entry_from_form(raw.chinese[0][1], **fields)
        else:
            raise ValueError
    except ValueError:
        result.problems.append(ImportProblem(raw.line, "the term entry has no Chinese term"))
        return
    result.entries.append(entry)
    result.lines.append(raw.line)


def dump(entries: Iterable[GlossaryEntry], title: str = "") -> bytes:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<martif type="TBX" xml:lang="en">',
        "  <martifHeader>",
        f"    <fileDesc><sourceDesc><p>{escape(title or 'Duizhao glossary')}</p></sourceDesc>"
        "</fileDesc>",
        '    <encodingDesc><p type="XCSURI">TBXXCSV02.xcs</p></encodingDesc>',
        "  </martifHeader>",
        "  <text>",
        "    <body>",
    ]
    for number, entry in enumerate(entries, start=1):
        out.append(f'      <termEntry id="e{number}">')
        if entry.category:
            out.append(f'        <descrip type="subjectField">{escape(entry.category)}</descrip>')
        if entry.note:
            out.append(f"        <note>{escape(entry.note)}</note>")
        for lang, term in (("zh-TW", entry.traditional), ("zh-CN", entry.simplified)):
            if term:
                out.append(_lang_set(lang, term, entry.pinyin))
        if entry.english:
            out.append(_lang_set("en", entry.english, ""))
        out.append("      </termEntry>")
    out += ["    </body>", "  </text>", "</martif>", ""]
    return "\n".join(out).encode("utf-8")


def escape(value: str) -> str:
    """Character data for the file: escaped, and without what XML cannot carry (a file with
    a U+0001 in it could not be read back by anything)."""
    return _escape(xml_safe(value))


def _lang_set(lang: str, term: str, pinyin: str) -> str:
    note = f'<termNote type="pronunciation">{escape(pinyin)}</termNote>' if pinyin else ""
    return (f"        <langSet xml:lang={quoteattr(lang)}><tig><term>{escape(term)}</term>"
            f"{note}</tig></langSet>")
