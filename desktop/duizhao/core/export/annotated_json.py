"""The full annotated document as ``duizhao.annotated/1`` JSON (see core/document.py)."""

from __future__ import annotations

import json

from duizhao.core.document import Document
from duizhao.core.export.options import ExportOptions


def render_json(document: Document, options: ExportOptions | None = None) -> str:
    # Options shape the human-readable formats; the JSON always carries everything.
    del options
    return json.dumps(document.to_dict(), ensure_ascii=False, indent=2) + "\n"
