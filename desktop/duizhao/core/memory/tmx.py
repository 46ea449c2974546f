"""TMX 1.4 (and the 1.1 OmegaT still writes) in and out of the translation memory.

Read: each ``<tu>`` with a Chinese ``<tuv>`` (``zh``, ``zh-CN``, ``zh-TW``, ``zh-Hans``,
``zh-Hant``…) and an English one (``en``, ``en-US``, ``en-GB``…) becomes a unit; units in other
languages are counted and left out. The text of a ``<seg>`` keeps ``<hi>`` text and drops the
formatting codes (``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``, ``<ut>``). The file is streamed with
a hardened expat parser (no DTDs, no entities: ``duizhao.core.text.safe_xml``) and every problem
carries its line, so the caller can refuse the file or keep the readable units.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from duizhao import __version__
from duizhao.core.export.common import xml_safe
from duizhao.core.glossary.formats.common import ImportProblem
from duizhao.core.memory.store import Unit, now
from duizhao.core.text.safe_xml import RefusedXML, hardened_parser

CHUNK = 1 << 20  # bytes fed to the parser between progress reports
_CODES = {"bpt", "ept", "ph", "it", "ut"}  # native formatting codes: not text


@dataclass
class TmxRead:
    units: list[Unit] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    other_languages: int = 0  # units with no Chinese→English pair


@dataclass
class _Variant:
    lang: str
    line: int
    text: list[str] = field(default_factory=list)
    has_seg: bool = False


class _Reader:
    def __init__(self, result: TmxRead) -> None:
        self.result = result
        # TMX uses no namespace but xml:, which expat then reports as the "xml:lang" it is
        self.parser = hardened_parser(namespaces=False)
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.characters
        self.root = ""
        self.unit_line = 0
        self.variants: list[_Variant] | None = None
        self.variant: _Variant | None = None
        self.in_seg = False
        self.codes = 0  # depth inside formatting codes

    def start(self, local: str, attrs: dict[str, str]) -> None:
        if not self.root:
            self.root = local
            if local != "tmx":
                raise RefusedXML("is XML but not TMX (no <tmx> root)")
        if local == "tu":
            self.unit_line = self.parser.CurrentLineNumber
            self.variants = []
        elif local == "tuv" and self.variants is not None:
            lang = attrs.get("xml:lang") or attrs.get("lang") or ""
            self.variant = _Variant(lang.strip(), self.parser.CurrentLineNumber)
            self.variants.append(self.variant)
        elif local == "seg" and self.variant is not None:
            self.in_seg = True
            self.variant.has_seg = True
        elif self.in_seg and local in _CODES:
            self.codes += 1

    def characters(self, data: str) -> None:
        if self.in_seg and not self.codes and self.variant is not None:
            self.variant.text.append(data)

    def end(self, local: str) -> None:
        if local == "seg":
            self.in_seg = False
        elif self.in_seg and local in _CODES:
            self.codes -= 1
        elif local == "tuv":
            self.variant = None
        elif local == "tu" and self.variants is not None:
            self.unit(self.variants)
            self.variants = None

    def unit(self, variants: list[_Variant]) -> None:
        chinese = next((v for v in variants if _is(v.lang, "zh")), None)
        english = next((v for v in variants if _is(v.lang, "en")), None)
        if chinese is None or english is None:
            self.result.other_languages += 1
            return
        for variant in (chinese, english):
            if not variant.has_seg:
                self.problem(variant.line, f"the {variant.lang} variant has no <seg>")
                return
        source, target = "".join(chinese.text).strip(), "".join(english.text).strip()
        if not source or not target:
            self.problem(self.unit_line, "the unit has an empty segment")
            return
        self.result.units.append(Unit(source, target, chinese.lang, english.lang))

    def problem(self, line: int, message: str) -> None:
        self.result.problems.append(ImportProblem(line, message))


def _is(lang: str, family: str) -> bool:
    lang = lang.lower().replace("_", "-")
    return lang == family or lang.startswith(family + "-")


def read_tmx(path: Path, progress: Callable[[int, int], None] | None = None) -> TmxRead:
    """Every readable unit and every problem (line + reason). A file that is not well-formed
    XML, or declares a DTD or entities, stops at that line: the units before it are returned
    with the problem, for ``--accept-partial``."""
    result = TmxRead()
    reader = _Reader(result)
    collecting = gc.isenabled()
    # a big import makes a million objects and no cycles: without this, the collector
    # walks the growing list of units again and again (a third of the time)
    gc.disable()
    try:
        total = path.stat().st_size
        with open(path, "rb") as handle:
            done = 0
            while chunk := handle.read(CHUNK):
                reader.parser.Parse(chunk, False)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            reader.parser.Parse(b"", True)
    except expat.ExpatError as error:
        result.problems.append(ImportProblem(
            error.lineno, f"is not well-formed XML ({expat.ErrorString(error.code)})"))
    except RefusedXML as error:
        result.problems.append(ImportProblem(reader.parser.CurrentLineNumber, str(error)))
    finally:
        if collecting:
            gc.enable()
    return result


def write_tmx(handle: IO[str], units: Iterable[Unit], *, srclang: str = "zh") -> int:
    """TMX 1.4b, one ``<tu>`` per unit, streamed; returns the number of units written."""
    handle.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n'
                 f'  <header creationtool="Duizhao" creationtoolversion={quoteattr(__version__)}'
                 f' segtype="sentence" o-tmf="duizhao" adminlang="en"'
                 f' srclang={quoteattr(srclang)} datatype="plaintext"'
                 f' creationdate="{now().replace("-", "").replace(":", "")}"/>\n  <body>\n')
    count = 0
    for unit in units:
        props = [("x-origin", unit.origin)]
        if unit.translation_source:
            props.append(("x-translation-source", unit.translation_source))
        changed = unit.changed.replace("-", "").replace(":", "")
        handle.write(f'    <tu{f" changedate={quoteattr(changed)}" if changed else ""}>\n')
        for kind, value in props:
            handle.write(f'      <prop type="{kind}">{escape(xml_safe(value))}</prop>\n')
        for lang, text in ((unit.source_lang, unit.source), (unit.target_lang, unit.target)):
            handle.write(f'      <tuv xml:lang={quoteattr(lang)}><seg>{escape(xml_safe(text))}'
                         '</seg></tuv>\n')
        handle.write("    </tu>\n")
        count += 1
    handle.write("  </body>\n</tmx>\n")
    return count
