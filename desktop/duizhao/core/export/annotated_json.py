"""The full annotated document as ``duizhao.annotated/2`` JSON (see core/document.py and
docs/formats.md), and reading it back, older files included."""

from __future__ import annotations

import copy
import json
from typing import Any

from duizhao.core.document import SCHEMA, Document, Paragraph
from duizhao.core.export.options import ExportOptions
from duizhao.core.export.progress import counted
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin import from_legacy

# Version 1 stored readings in the display style of the day; they are converted on reading.
LEGACY_SCHEMAS = ("duizhao.annotated/1",)


def render_json(document: Document, options: ExportOptions | None = None) -> str:
    # Options shape the human-readable formats; the JSON always carries everything.
    del options
    data = Document(document.source, document.text, [], document.chapters,
                    document.cues).to_dict()  # then each paragraph, counted
    data["paragraphs"] = [paragraph_json(paragraph) for paragraph in
                          counted(document.paragraphs, lambda p: len(p.sentences))]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def paragraph_json(paragraph: Paragraph) -> dict[str, Any]:
    """A paragraph's JSON, each sentence with its pinyin line in tone marks (for people reading
    the file: Duizhao reads the tokens' readings)."""
    data = paragraph.to_dict()
    for sentence, written in zip(paragraph.sentences, data["sentences"], strict=True):
        written["pinyin"] = pinyin_style.sentence(sentence.tokens, pinyin_style.PinyinStyle.MARKS)
    return data


def read_json(data: dict[str, Any]) -> Document:
    """A document from its JSON, of this schema or an older one. Raises ValueError."""
    if data.get("schema") in LEGACY_SCHEMAS:
        data = copy.deepcopy(data)
        for paragraph in data.get("paragraphs") or []:
            for sentence in paragraph.get("sentences") or []:
                for token in sentence.get("tokens") or []:
                    simplified = token.get("simplified", token.get("text", ""))
                    token["pinyin"] = from_legacy(simplified, token.get("pinyin", ""))
        data["schema"] = SCHEMA
    return Document.from_dict(data)
