"""TMX 1.4b translation memory: the aligned sentence pairs a CAT tool (OmegaT, Trados) can reuse.

Human translations go in (a person's, reviewed, or from the translation memory); the model's
only with ``machine_in_tmx``; the word-by-word gloss fallback never (it would poison a memory).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import PurePath
from typing import IO

from duizhao import __version__
from duizhao.core.document import Document, Paragraph, Sentence, Source, printable_name
from duizhao.core.export.common import (
    is_human_translation,
    is_real_translation,
    main_language_tag,
    xml_safe,
)
from duizhao.core.export.options import ExportOptions
from duizhao.core.export.progress import counted

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def write_tmx(source: Source, paragraphs: Iterable[Paragraph], options: ExportOptions,
              out: IO[str]) -> None:
    """Write the memory unit by unit: nothing in the header depends on the body."""
    source_lang = main_language_tag(source, options)
    now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    header = ET.Element("header", {
        "creationtool": "Duizhao", "creationtoolversion": __version__,
        "segtype": "sentence", "o-tmf": "duizhao.annotated/2", "adminlang": "en",
        "srclang": source_lang, "datatype": "plaintext", "creationdate": now,
    })
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
              f'<tmx version="1.4">\n  {ET.tostring(header, encoding="unicode")}\n  <body>\n')
    name = printable_name(PurePath(source.path).name) if source.path else None
    wanted = is_real_translation if options.machine_in_tmx else is_human_translation
    for paragraph in paragraphs:
        for sentence in counted(paragraph.sentences):
            if wanted(sentence):
                unit = _unit(sentence, source_lang, name)
                ET.indent(unit, level=2)
                out.write(f"    {ET.tostring(unit, encoding='unicode')}\n")
    out.write("  </body>\n</tmx>\n")


def render_tmx(document: Document, options: ExportOptions | None = None) -> bytes:
    buffer = io.StringIO()
    write_tmx(document.source, document.paragraphs, options or ExportOptions(), buffer)
    return buffer.getvalue().encode("utf-8")


def _unit(sentence: Sentence, source_lang: str, document_name: str | None) -> ET.Element:
    unit = ET.Element("tu", tuid=str(sentence.id), srclang=source_lang)
    _prop(unit, "x-translation-source", sentence.translation_source or "")
    _prop(unit, "x-status", sentence.status.value)
    if document_name:
        _prop(unit, "x-document", document_name)
    variants = {"zh-Hant": sentence.traditional or sentence.original,
                "zh-Hans": sentence.simplified or sentence.original}
    for lang in sorted(variants, key=lambda tag: tag != source_lang):  # source first
        _variant(unit, lang, variants[lang])
    _variant(unit, "en", sentence.translation or "")
    return unit


def _prop(unit: ET.Element, kind: str, value: str) -> None:
    prop = ET.SubElement(unit, "prop", type=kind)
    prop.text = xml_safe(value)


def _variant(unit: ET.Element, lang: str, text: str) -> None:
    tuv = ET.SubElement(unit, "tuv", {_XML_LANG: lang})
    seg = ET.SubElement(tuv, "seg")
    seg.text = xml_safe(text)
