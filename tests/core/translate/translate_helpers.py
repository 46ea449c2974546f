"""Helpers shared by the translation tests (a module with a unique name, unlike conftest)."""

from __future__ import annotations

from pathlib import Path

from duizhao.core.document import Document
from duizhao.core.glossary.files import load_glossary
from duizhao.core.pipeline import Annotator


def build_document(text: str, glossary_path: Path | None) -> Document:
    """The pipeline's annotated document, with the glossary's hits."""
    glossary = load_glossary(glossary_path) if glossary_path else None
    return Annotator(glossary).annotate_text(text)
