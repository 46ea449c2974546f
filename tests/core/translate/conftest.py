"""Fixtures for the translation tests: annotated sample documents and an installed tiny
model."""

from __future__ import annotations

from pathlib import Path

import pytest
from translate_helpers import build_document

from duizhao.core.document import Document


@pytest.fixture
def sample_document(sample_text: str, sample_glossary_path: Path) -> Document:
    return build_document(sample_text, sample_glossary_path)
