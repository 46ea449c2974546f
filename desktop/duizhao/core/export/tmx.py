"""TMX 1.4b translation memory: the aligned sentence pairs a CAT tool (OmegaT, Trados) can reuse.

Human translations go in (a person's, reviewed, or from the translation memory); the model's
only with ``machine_in_tmx``; the word-by-word gloss fallback never (it would poison a memory).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import PurePath

from duizhao import __version__
from duizhao.core.document import Document, printable_name
from duizhao.core.export.common import (
    is_human_translation,
    is_real_translation,
    main_language_tag,
    xml_safe,
)
from duizhao.core.export.options import ExportOptions
from duizhao.core.export.progress import counted

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def render_tmx(document: Document, options: ExportOptions | None = None) -> bytes:
    options = options or ExportOptions()
    source_lang = main_language_tag(document, options)
    now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "Duizhao", "creationtoolversion": __version__,
        "segtype": "sentence", "o-tmf": "duizhao.annotated/2", "adminlang": "en",
        "srclang": source_lang, "datatype": "plaintext", "creationdate": now,
    })
    body = ET.SubElement(root, "body")
    for sentence in counted(document.sentences()):
        wanted = is_real_translation if options.machine_in_tmx else is_human_translation
        if not wanted(sentence):
            continue
        unit = ET.SubElement(body, "tu", tuid=str(sentence.id), srclang=source_lang)
        _prop(unit, "x-translation-source", sentence.translation_source or "")
        _prop(unit, "x-status", sentence.status.value)
        if document.source.path:
            _prop(unit, "x-document", printable_name(PurePath(document.source.path).name))
        variants = {"zh-Hant": sentence.traditional or sentence.original,
                    "zh-Hans": sentence.simplified or sentence.original}
        for lang in sorted(variants, key=lambda tag: tag != source_lang):  # source first
            _variant(unit, lang, variants[lang])
        _variant(unit, "en", sentence.translation or "")
    ET.indent(root)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            + bytes(ET.tostring(root, encoding="utf-8", xml_declaration=False)) + b"\n")


def _prop(unit: ET.Element, kind: str, value: str) -> None:
    prop = ET.SubElement(unit, "prop", type=kind)
    prop.text = xml_safe(value)


def _variant(unit: ET.Element, lang: str, text: str) -> None:
    tuv = ET.SubElement(unit, "tuv", {_XML_LANG: lang})
    seg = ET.SubElement(tuv, "seg")
    seg.text = xml_safe(text)
