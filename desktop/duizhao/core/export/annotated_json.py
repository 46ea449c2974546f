"""The full annotated document as ``duizhao.annotated/2`` JSON (see core/document.py)."""

from __future__ import annotations

import json

from duizhao.core.document import Document
from duizhao.core.export.options import ExportOptions
from duizhao.core.export.progress import counted


def render_json(document: Document, options: ExportOptions | None = None) -> str:
    # Options shape the human-readable formats; the JSON always carries everything.
    del options
    data = Document(document.source, document.text).to_dict()  # then each paragraph, counted
    data["paragraphs"] = [paragraph.to_dict() for paragraph in
                          counted(document.paragraphs, lambda p: len(p.sentences))]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
